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
            "work_type": "news",
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
            "visibility": "public",
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
            "work_type": "news",
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


def test_preview_shows_unsaved_bylines_and_related_stories(editor_client, newsroom):
    article = ArticlePage.objects.get(slug="story-4", locale__language_code="en")
    chosen = ArticlePage.objects.get(slug="story-1", locale__language_code="en")
    new_author = AuthorFactory(name="Preview Person")
    data = nested_form_data(
        {
            "work_type": "news",
            "title": "Story number 4, revised",
            "slug": "story-4",
            "standfirst": "Revised standfirst.",
            "article_authors": inline_formset([{"author": new_author.pk}], min=1),
            "related_stories": inline_formset([{"article": chosen.pk}]),
            "body": streamfield([("paragraph", rich_text("<p>Draft text.</p>"))]),
            "topics": [],
            "visibility": "public",
        }
    )
    preview_url = f"/admin/pages/{article.pk}/edit/preview/"
    response = editor_client.post(preview_url, data)
    assert response.json()["is_valid"] is True
    html = editor_client.get(preview_url).content.decode()
    assert "Story number 4, revised" in html
    assert "Preview Person" in html
    assert "Story number 1" in html  # the related story chosen in the draft
    # Nothing was saved: readers still see the published version.
    assert (
        "Story number 4, revised" not in editor_client.get("/story-4/").content.decode()
    )
