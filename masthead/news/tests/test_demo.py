import pytest
from django.core.management import call_command
from django.utils import timezone

from masthead.campaigns.models import Campaign
from masthead.core.models import NewsImage
from masthead.members.models import Tier
from masthead.news import demo_content
from masthead.news.demo import hero_caption, load_demo
from masthead.news.models import (
    ArticlePage,
    Author,
    Correction,
    CorrectionAmendment,
    Topic,
)
from masthead.news.tests import sample_content

pytestmark = pytest.mark.django_db


def test_demo_content_is_complete_and_consistent():
    authors = {row["slug"] for row in demo_content.AUTHORS}
    topics = {row["slug"] for row in demo_content.TOPICS}
    articles = demo_content.ARTICLES
    assert len(authors) == 6
    assert len(topics) == 12
    assert len(articles) == 60
    assert len({row["slug"] for row in articles}) == 60
    assert len({row["hours_ago"] for row in articles}) == 60
    for row in articles:
        assert set(row["authors"]) <= authors
        assert set(row["topics"]) <= topics
        assert row["hero"]["alt"].strip()
    assert sum(1 for row in articles if row["uk"]) >= 5
    # Spread over several weeks.
    assert max(row["hours_ago"] for row in articles) > 24 * 21


def test_loading_the_small_newsroom_twice_changes_nothing():
    first = load_demo(content=sample_content)
    counts = (
        ArticlePage.objects.count(),
        Author.objects.count(),
        Topic.objects.count(),
    )
    second = load_demo(content=sample_content)
    assert first["articles_created"] == 8
    assert second["articles_created"] == 0
    assert counts == (
        ArticlePage.objects.count(),
        Author.objects.count(),
        Topic.objects.count(),
    )
    assert counts == (
        10,
        6,
        6,
    )  # 8 English + 2 Ukrainian articles; authors and topics x2


def test_load_demo_command_creates_the_newsroom_and_an_admin(client, staff):
    call_command("load_demo", "--admin-password", "a-long-demo-password")
    english = ArticlePage.objects.live().filter(locale__language_code="en")
    ukrainian = ArticlePage.objects.live().filter(locale__language_code="uk")
    # The 60 stories, the editor's column, the live page and the article one
    # of its entries became; in Ukrainian, six stories and the live page.
    assert english.count() == 63
    assert ukrainian.count() == 7
    assert english.exclude(visibility="public").count() == 3
    assert english.filter(liveblogpage__isnull=False).count() == 1
    assert Tier.objects.filter(is_paid=True).count() == 2
    assert Campaign.objects.get().messages.count() == 2
    assert Author.objects.filter(locale__language_code="uk").count() == 6
    assert all(
        article.hero_image.has_alt_text
        for article in english.exclude(hero_image=None).select_related("hero_image")
    )
    # Only the article promoted from a live entry has no picture.
    assert english.filter(hero_image=None).count() == 1
    # Trust: types of work, standards, corrections, provenance, an embargo.
    assert set(english.values_list("work_type", flat=True)) >= {
        "news",
        "analysis",
        "explainer",
        "opinion",
        "fact_check",
    }
    assert client.get("/standards/").status_code == 200
    assert client.get("/uk/standards/").status_code == 200
    assert Correction.objects.count() == 3
    assert CorrectionAmendment.objects.count() == 1
    assert "Clarification" in client.get("/corrections/").content.decode()
    assert NewsImage.objects.filter(ai_generated=True).count() == 1
    assert not NewsImage.objects.filter(title__startswith="Photo: ", licence="")
    embargoed = ArticlePage.objects.get(slug="city-budget-next-year-what-changes")
    assert not embargoed.live
    assert embargoed.go_live_at == embargoed.embargo_until > timezone.now()
    # Roles: a reporter's story waits for the editor.
    in_review = ArticlePage.objects.get(slug="night-buses-return-to-lower-town")
    assert in_review.workflow_in_progress
    assert in_review.current_workflow_state.requested_by.username == "reporter"

    for username in ("admin", "editor", "reporter"):
        client.logout()
        response = client.post(
            "/admin/login/",
            {"username": username, "password": "a-long-demo-password"},
        )
        assert response.status_code == 302
        # Signed in; the admin asks for a second factor first.
        setup = client.get("/admin/")
        assert setup["Location"].startswith("/admin/two-step/setup/")
    assert client.get("/").status_code == 200

    # Twice changes nothing.
    call_command("load_demo", "--admin-password", "a-long-demo-password")
    assert english.count() == 63
    assert Correction.objects.count() == 3
    assert ArticlePage.objects.filter(slug=in_review.slug).count() == 1


@pytest.mark.parametrize(
    ("caption", "illustrative", "expected"),
    [
        ("For illustrative purposes only. A bridge.", True, "A bridge."),
        ("Ілюстративне фото. Міст.", True, "Міст."),
        (
            "For illustrative purposes only. A bridge.",
            False,
            "For illustrative purposes only. A bridge.",
        ),
    ],
)
def test_hero_caption_leaves_the_notice_to_the_page(caption, illustrative, expected):
    assert hero_caption(caption, illustrative=illustrative) == expected


def test_home_pages_are_rebuilt_when_missing():
    from wagtail.models import Page, Site

    from masthead.news.models import HomePage
    from masthead.news.services import ensure_site_tree

    first = ensure_site_tree()
    assert ensure_site_tree() == first  # idempotent
    Site.objects.all().delete()
    Page.objects.filter(depth__gte=2).delete()
    home = ensure_site_tree()
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert set(HomePage.objects.values_list("locale__language_code", flat=True)) == {
        "en",
        "uk",
    }
