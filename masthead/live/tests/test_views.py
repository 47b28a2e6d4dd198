"""The live page as readers get it, and its entries endpoint."""

import io
import json
import re
from wsgiref.util import setup_testing_defaults

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from masthead.core import pagecache
from masthead.live.models import CoverageStatus
from masthead.live.queries import PAGE_SIZE
from masthead.live.tests.factories import (
    LiveBlogPageFactory,
    LiveEntryFactory,
    text_body,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def live_page(home_page):
    return LiveBlogPageFactory(parent=home_page, title="Flood in Pristan", slug="flood")


@pytest.fixture
def coverage(live_page):
    """Four entries: the oldest pinned, two key events."""
    return {
        "pinned": LiveEntryFactory(
            page=live_page, headline="What we know", is_pinned=True
        ),
        "council": LiveEntryFactory(
            page=live_page, headline="Emergency declared", is_key_event=True
        ),
        "quiet": LiveEntryFactory(page=live_page, headline="A quiet hour"),
        "bridge": LiveEntryFactory(
            page=live_page, headline="Bridge closed", is_key_event=True
        ),
    }


def document(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def headlines(tree, selector):
    return [
        node.get_text().strip()
        for node in tree.select(f"{selector} .live-entry__headline")
    ]


def json_ld(tree) -> dict:
    scripts = tree.select('script[type="application/ld+json"]')
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


def test_page_shows_pinned_first_then_entries_newest_first(client, coverage):
    tree = document(client.get("/flood/"))
    assert headlines(tree, "[data-live-pinned]") == ["What we know"]
    assert headlines(tree, "[data-live-entries]") == [
        "Bridge closed",
        "A quiet hour",
        "Emergency declared",
    ]
    markup = str(tree)
    assert markup.index("data-live-pinned") < markup.index("data-live-entries")
    key_events = tree.select("[data-live-key-events] li a")
    assert [a.get_text().split(" ", 1)[1] for a in key_events] == [
        "Bridge closed",
        "Emergency declared",
    ]
    assert key_events[0].get("href") == f"#entry-{coverage['bridge'].pk}"
    assert tree.select(f"#entry-{coverage['bridge'].pk}")
    assert tree.select(".live-label")[0].get_text().strip() == "Live"


def test_no_javascript_refresh_only_while_live(client, live_page, coverage):
    page = client.get("/flood/").content.decode()
    assert '<noscript><meta http-equiv="refresh" content="60"></noscript>' in page
    assert 'src="/static/live/live.js"' in page
    assert "<script>" not in page  # no inline script: a strict CSP is coming

    live_page.coverage_status = CoverageStatus.ENDED
    live_page.save_revision().publish()
    tree = document(client.get("/flood/"))
    assert not tree.select('meta[http-equiv="refresh"]')
    assert not tree.select("[data-live-endpoint]")  # no polling either
    assert "Coverage ended" in tree.select(".live-label")[0].get_text()


def test_json_ld_is_a_live_blog_posting(client, live_page, coverage):
    data = json_ld(document(client.get("/flood/")))
    assert data["@type"] == "LiveBlogPosting"
    assert data["headline"] == "Flood in Pristan"
    assert data["url"] == "http://testserver/flood/"
    assert data["coverageStartTime"] == live_page.first_published_at.isoformat()
    assert "coverageEndTime" not in data
    assert data["publisher"]["@type"] == "NewsMediaOrganization"
    assert [a["@type"] for a in data["author"]] == ["Person"]
    updates = data["liveBlogUpdate"]
    assert [u["headline"] for u in updates] == [
        "Bridge closed",
        "A quiet hour",
        "Emergency declared",
        "What we know",
    ]
    bridge = coverage["bridge"]
    assert updates[0] == {
        "@type": "BlogPosting",
        "headline": "Bridge closed",
        "articleBody": bridge.body_text(),
        "datePublished": bridge.posted_at.isoformat(),
        "dateModified": bridge.updated_at.isoformat(),
        "url": f"http://testserver/flood/#entry-{bridge.pk}",
    }

    live_page.coverage_status = CoverageStatus.ENDED
    live_page.save_revision().publish()
    live_page.refresh_from_db()
    data = json_ld(document(client.get("/flood/")))
    assert data["coverageEndTime"] == live_page.coverage_ended_at.isoformat()


def test_json_ld_escapes_entry_text(client, live_page):
    LiveEntryFactory(page=live_page, headline="</script><script>alert(1)</script>")
    response = client.get("/flood/")
    assert b"<script>alert(1)" not in response.content
    data = json_ld(document(response))
    assert data["liveBlogUpdate"][0]["headline"].startswith("</script>")


def test_older_entries_link_works_without_javascript(client, live_page):
    entries = [LiveEntryFactory(page=live_page) for _ in range(PAGE_SIZE + 3)]
    tree = document(client.get("/flood/"))
    shown = tree.select("[data-live-entries] > [data-entry-id]")
    assert len(shown) == PAGE_SIZE
    older = tree.select("a.show-more")[0].get("href")
    assert older == f"?after={entries[3].pk}"

    tree = document(client.get("/flood/" + older))
    ids = [int(n.get("data-entry-id")) for n in tree.select("[data-entry-id]")]
    assert ids == [entries[2].pk, entries[1].pk, entries[0].pk]
    assert not tree.select("a.show-more")
    assert not tree.select('meta[http-equiv="refresh"]')


def test_key_events_link_to_older_pages_when_not_on_the_newest(client, live_page):
    entries = [
        LiveEntryFactory(page=live_page, is_key_event=number in {0, PAGE_SIZE + 2})
        for number in range(PAGE_SIZE + 3)
    ]
    tree = document(client.get("/flood/"))
    links = [a.get("href") for a in tree.select("[data-live-key-events] li a")]
    assert links == [
        f"#entry-{entries[-1].pk}",
        f"?after={entries[1].pk}#entry-{entries[0].pk}",
    ]
    older = document(client.get("/flood/" + links[1].split("#")[0]))
    first = older.select("[data-live-entries] > [data-entry-id]")[0]
    assert first.get("id") == f"entry-{entries[0].pk}"
    endpoint_links = client.get(endpoint(live_page)).json()["key_events_html"]
    assert f'href="?after={entries[1].pk}#entry-{entries[0].pk}"' in endpoint_links


def test_members_only_page_shows_the_teaser(client, member, home_page):
    page = LiveBlogPageFactory(parent=home_page, slug="closed", visibility="members")
    LiveEntryFactory(page=page, headline="Secret entry")
    tree = document(client.get("/closed/"))
    assert not tree.select("[data-entry-id]")
    assert tree.select(".paywall")
    assert "Secret entry" not in str(tree)
    assert "liveBlogUpdate" not in json_ld(tree)

    client.force_login(member.user)
    tree = document(client.get("/closed/"))
    assert headlines(tree, "[data-live-entries]") == ["Secret entry"]


def test_live_page_is_in_the_front_page_feed(client, live_page):
    tree = document(client.get("/"))
    links = [a.get("href") for a in tree.select("[data-story-list] h2 a")]
    assert "/flood/" in links


def test_promoted_entry_links_to_the_story_once_it_is_live(
    client, live_page, home_page
):
    from masthead.news.tests.factories import ArticlePageFactory

    story = ArticlePageFactory(parent=home_page, slug="full-story", live=False)
    LiveEntryFactory(page=live_page, promoted_to=story)
    tree = document(client.get("/flood/"))
    assert not tree.select(".live-entry__story")
    story.save_revision().publish()
    tree = document(client.get("/flood/"))
    assert tree.select(".live-entry__story")[0].get("href") == "/full-story/"


# The endpoint


def endpoint(page) -> str:
    return f"/live/{page.pk}/entries.json"


def test_endpoint_sends_latest_entries_as_fragments(client, live_page, coverage):
    response = client.get(endpoint(live_page))
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=2"
    data = response.json()
    assert response["ETag"] == f'"{data["version"]}"'
    assert data["page"] == live_page.pk
    assert data["status"] == "live"
    assert data["pinned"] == coverage["pinned"].pk
    assert f'id="entry-{coverage["pinned"].pk}"' in data["pinned_html"]
    assert [e["id"] for e in data["entries"]] == [
        coverage["bridge"].pk,
        coverage["quiet"].pk,
        coverage["council"].pk,
    ]
    first = data["entries"][0]
    assert set(first) == {"id", "posted_at", "version", "html"}
    fragment = BeautifulSoup(first["html"], "html.parser").article
    assert fragment.get("id") == f"entry-{coverage['bridge'].pk}"
    assert fragment.select(".live-entry__headline")[0].text == "Bridge closed"
    assert [e["label"] for e in data["key_events"]] == [
        "Bridge closed",
        "Emergency declared",
    ]
    assert "Key events" in data["key_events_html"]
    assert data["window_start"] is None

    again = client.get(endpoint(live_page), HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


def test_endpoint_is_in_the_pages_language(client, live_page, coverage):
    data = client.get(endpoint(live_page), HTTP_ACCEPT_LANGUAGE="uk").json()
    assert "Key events" in data["key_events_html"]


def test_second_anonymous_request_is_a_cache_hit_without_queries(
    client, live_page, coverage, page_cache, django_assert_num_queries
):
    first = client.get(endpoint(live_page))
    assert first[pagecache.HEADER] == "miss"
    with django_assert_num_queries(0):
        second = client.get(endpoint(live_page))
    assert second[pagecache.HEADER] == "hit"
    assert second.content == first.content


def test_hit_is_answered_before_django(client, live_page, coverage, page_cache):
    """The WSGI front answers a stored endpoint without entering Django."""
    from masthead.wsgi import application

    client.get(endpoint(live_page))  # stores it
    environ = {}
    setup_testing_defaults(environ)
    environ.update(
        REQUEST_METHOD="GET",
        PATH_INFO=endpoint(live_page),
        HTTP_HOST="testserver",
        SERVER_NAME="testserver",
        **{"wsgi.input": io.BytesIO()},
    )
    answers = []
    with CaptureQueriesContext(connection) as queries:
        body = b"".join(
            application(environ, lambda status, headers: answers.append(headers))
        )
    assert dict(answers[0])[pagecache.HEADER] == "hit"
    assert len(queries) == 0
    assert json.loads(body)["page"] == live_page.pk


def test_new_edited_and_deleted_entries_purge_the_cache(
    client, live_page, coverage, page_cache
):
    client.get(endpoint(live_page))
    client.get("/flood/")
    assert client.get(endpoint(live_page))[pagecache.HEADER] == "hit"
    assert client.get("/flood/")[pagecache.HEADER] == "hit"

    new = LiveEntryFactory(page=live_page, headline="Water falling")
    response = client.get(endpoint(live_page))
    assert response[pagecache.HEADER] == "miss"
    assert response.json()["entries"][0]["id"] == new.pk
    assert b"Water falling" in client.get("/flood/").content

    new.headline = "Water falling fast"
    new.body = text_body("Edited.")
    new.save()
    entry = client.get(endpoint(live_page)).json()["entries"][0]
    assert "Water falling fast" in entry["html"]

    new.delete()
    ids = [e["id"] for e in client.get(endpoint(live_page)).json()["entries"]]
    assert new.pk not in ids
    assert b"Water falling" not in client.get("/flood/").content


def test_a_new_entry_does_not_purge_the_front_page(client, live_page, page_cache):
    client.get("/")
    LiveEntryFactory(page=live_page)
    assert client.get("/")[pagecache.HEADER] == "hit"


def test_endpoint_window_marks_where_older_entries_begin(client, live_page):
    entries = [LiveEntryFactory(page=live_page) for _ in range(PAGE_SIZE + 2)]
    data = client.get(endpoint(live_page)).json()
    assert len(data["entries"]) == PAGE_SIZE
    assert data["window_start"] == entries[2].posted_ms


def test_members_only_endpoint_does_not_leak(client, member, home_page, page_cache):
    page = LiveBlogPageFactory(parent=home_page, visibility="members")
    LiveEntryFactory(page=page, headline="Secret entry")
    for _ in range(2):
        response = client.get(endpoint(page))
        assert response.status_code == 403
        assert response.json() == {"error": "This live page is for members."}
        assert b"Secret" not in response.content

    client.force_login(member.user)
    response = client.get(endpoint(page))
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-cache"
    assert "Secret entry" in response.json()["entries"][0]["html"]


@pytest.mark.parametrize("path", ["/live/999999/entries.json"])
def test_unknown_or_unpublished_page_is_a_json_404(client, path, live_page):
    assert client.get(path).status_code == 404
    live_page.unpublish()
    response = client.get(endpoint(live_page))
    assert response.status_code == 404
    assert "error" in response.json()


def test_embed_is_a_link_not_a_frame(client, live_page):
    LiveEntryFactory(
        page=live_page,
        body='[{"type": "embed", "value": "https://example.social/@rescue/1"}]',
    )
    fragment = client.get(endpoint(live_page)).json()["entries"][0]["html"]
    assert "<iframe" not in fragment
    assert re.search(r'href="https://example.social/@rescue/1"', fragment)


def test_endpoint_of_a_login_restricted_page_is_refused(client, live_page, coverage):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(
        page=live_page, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(endpoint(live_page))
    assert response.status_code == 403
    assert b"Bridge closed" not in response.content
