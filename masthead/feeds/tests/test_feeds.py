from datetime import timedelta

import feedparser
import pytest
from django.utils import timezone

from masthead.news.models import ArticlePage

pytestmark = pytest.mark.django_db


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, (url, feed.get("bozo_exception"))
    return response, feed


@pytest.mark.parametrize(
    ("url", "version"), [("/feed/", "rss20"), ("/feed/atom/", "atom10")]
)
def test_site_feeds_parse_and_list_newest_first(client, newsroom, url, version):
    _, feed = parse(client, url)
    assert feed.version == version
    assert feed.feed.title == "The Pristan Courier"
    titles = [entry.title for entry in feed.entries]
    assert titles[:3] == ["Story number 8", "Story number 7", "Story number 6"]
    assert len(titles) == 8
    entry = feed.entries[0]
    assert entry.link == "http://testserver/story-8/"
    assert entry.author == "Bo Lind"
    assert [tag.term for tag in entry.tags] == ["Harbour"]
    enclosure = entry.enclosures[0]
    assert enclosure.type == "image/jpeg"
    assert enclosure.href.startswith("http://testserver/media/images/")
    assert int(enclosure.length) > 0


def test_public_articles_carry_full_text(client, newsroom):
    _, feed = parse(client, "/feed/")
    story = next(e for e in feed.entries if e.title == "Story number 3")
    assert "A claim the newsroom checked." in story.summary
    assert "A short quotation for the test." in story.summary


def test_members_only_articles_carry_the_standfirst_only(client, newsroom):
    ArticlePage.objects.filter(slug="story-3").update(visibility="members")
    _, feed = parse(client, "/feed/")
    story = next(e for e in feed.entries if e.title == "Story number 3")
    assert "What happened in story 3." in story.summary
    assert "A claim the newsroom checked." not in story.summary


def test_a_correction_moves_the_updated_date(client, newsroom):
    corrected = timezone.now() + timedelta(minutes=5)
    ArticlePage.objects.filter(slug="story-1").update(updated_at=corrected)
    _, feed = parse(client, "/feed/atom/")
    story = next(e for e in feed.entries if e.title == "Story number 1")
    assert story.updated_parsed[:5] == corrected.utctimetuple()[:5]
    assert story.published_parsed < story.updated_parsed


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "/topics/energy/feed/",
            ["Story number 7", "Story number 5", "Story number 3", "Story number 2"],
        ),
        (
            "/topics/energy/feed/atom/",
            ["Story number 7", "Story number 5", "Story number 3", "Story number 2"],
        ),
        (
            "/authors/cy-moss/feed/",
            ["Story number 7", "Story number 6", "Story number 3"],
        ),
        (
            "/authors/cy-moss/feed/atom/",
            ["Story number 7", "Story number 6", "Story number 3"],
        ),
    ],
)
def test_topic_and_author_feeds(client, newsroom, url, expected):
    _, feed = parse(client, url)
    assert [entry.title for entry in feed.entries] == expected


def test_ukrainian_feed(client, newsroom):
    _, feed = parse(client, "/uk/feed/")
    assert feed.feed.language == "uk"
    assert [entry.title for entry in feed.entries] == [
        "Історія номер 8",
        "Історія номер 7",
    ]
    assert feed.entries[0].link == "http://testserver/uk/story-8/"


def test_unknown_topic_feed_is_404(client, newsroom):
    assert client.get("/topics/nothing/feed/").status_code == 404


def test_pages_announce_their_feeds(client, newsroom):
    html = client.get("/topics/energy/").content.decode()
    assert 'type="application/rss+xml"' in html
    assert "/topics/energy/feed/" in html
