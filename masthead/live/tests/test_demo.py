import pytest

from masthead.live.demo import SLUG, load_demo_live_page
from masthead.live.models import LiveBlogPage, LiveEntry
from masthead.news.demo import demo_loaded
from masthead.news.models import ArticlePage

pytestmark = pytest.mark.django_db


# First: the newsroom below stays loaded for the rest of the module.
def test_demo_waits_for_a_newsroom(home_page):
    assert load_demo_live_page() is None
    assert not LiveBlogPage.objects.exists()


def test_demo_live_page_is_made_once(newsroom, client):
    demo_loaded.send(sender=None)
    counts = (
        LiveBlogPage.objects.count(),
        LiveEntry.objects.count(),
        ArticlePage.objects.count(),
    )
    demo_loaded.send(sender=None)
    assert counts == (
        LiveBlogPage.objects.count(),
        LiveEntry.objects.count(),
        ArticlePage.objects.count(),
    )

    page = LiveBlogPage.objects.get(slug=SLUG, locale__language_code="en")
    entries = LiveEntry.objects.filter(page=page)
    assert entries.count() == 8
    assert entries.filter(is_pinned=True).count() == 1
    assert entries.filter(is_key_event=True).count() == 2
    kinds = {block.block_type for entry in entries for block in entry.body}
    assert kinds == {"text", "quote", "image", "embed"}
    promoted = entries.exclude(promoted_to=None).get()
    assert promoted.promoted_to.live
    assert promoted.promoted_to.title == promoted.headline

    response = client.get(page.url)
    assert response.status_code == 200
    assert b"Read the full story" in response.content
    assert b"Key events" in response.content

    ukrainian = LiveBlogPage.objects.get(
        translation_key=page.translation_key, locale__language_code="uk"
    )
    assert LiveEntry.objects.filter(page=ukrainian).count() == 3
    response = client.get(ukrainian.url)
    assert response.status_code == 200
    assert "Де шукати допомоги".encode() in response.content
