import pytest
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from masthead.news.models import ArticlePage
from masthead.news.tests.factories import AuthorFactory, TopicFactory

pytestmark = pytest.mark.django_db


def test_editors_reach_the_article_and_snippet_forms(editor_client, home_page):
    assert (
        editor_client.get(
            f"/admin/pages/add/news/articlepage/{home_page.pk}/"
        ).status_code
        == 200
    )
    assert editor_client.get("/admin/snippets/news/author/").status_code == 200
    assert editor_client.get("/admin/snippets/news/topic/").status_code == 200
    assert editor_client.get("/admin/settings/core/newsroomsettings/").status_code in (
        200,
        302,
    )


def test_an_editor_publishes_an_article_from_the_admin(
    editor_client, home_page, client
):
    author, topic = AuthorFactory(name="Mira Kos"), TopicFactory(name="Harbour")
    data = nested_form_data(
        {
            "title": "Ferry returns to the island",
            "slug": "ferry-returns",
            "standfirst": "The ferry runs again after six weeks.",
            "hero_caption": "",
            "article_authors": inline_formset([{"author": author.pk}], min=1),
            "related_stories": inline_formset([]),
            "body": streamfield(
                [
                    ("paragraph", rich_text("<p>" + "word " * 500 + "</p>")),
                    (
                        "quote",
                        {"text": "We waited long enough.", "attribution": "A resident"},
                    ),
                ]
            ),
            "topics": [topic.pk],
            "verification_status": "",
            "verification_note": "",
            "sourcing_notes": "",
            "action-publish": "publish",
        }
    )
    response = editor_client.post(
        f"/admin/pages/add/news/articlepage/{home_page.pk}/", data
    )
    assert response.status_code == 302, (
        response.context["form"].errors if response.context else ""
    )

    article = ArticlePage.objects.get(slug="ferry-returns")
    assert article.live
    assert article.reading_minutes == 3
    assert [b.author for b in article.article_authors.all()] == [author]
    page = client.get("/").content.decode()
    assert "Ferry returns to the island" in page
    assert "Mira Kos" in client.get("/ferry-returns/").content.decode()


def test_an_article_without_an_author_is_refused(editor_client, home_page):
    data = nested_form_data(
        {
            "title": "No byline",
            "slug": "no-byline",
            "standfirst": "Nobody wrote this.",
            "article_authors": inline_formset([], min=1),
            "related_stories": inline_formset([]),
            "body": streamfield([("paragraph", rich_text("<p>Text.</p>"))]),
            "action-publish": "publish",
        }
    )
    response = editor_client.post(
        f"/admin/pages/add/news/articlepage/{home_page.pk}/", data
    )
    assert response.status_code == 200
    assert not ArticlePage.objects.filter(slug="no-byline").exists()
