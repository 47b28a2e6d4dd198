"""The page cache: anonymous readers get stored pages, every change to an
article shows at once on every page that carries it, and nobody's personal
page is ever served to somebody else."""

import io
import time
from wsgiref.util import setup_testing_defaults

import feedparser
import pytest
from django.test import Client

from masthead.core import pagecache
from masthead.news.tests.factories import (
    ArticlePageFactory,
    AuthorFactory,
    TopicFactory,
    paragraphs,
)

pytestmark = pytest.mark.django_db

CACHE = pagecache.HEADER


@pytest.fixture
def story(home_page, page_cache):
    energy = TopicFactory(name="Energy", slug="energy")
    reed = AuthorFactory(name="Ada Reed", slug="ada-reed")
    other = ArticlePageFactory(
        parent=home_page, title="Earlier outage", slug="earlier", topics=[energy]
    )
    article = ArticlePageFactory(
        parent=home_page,
        title="Substation repaired",
        slug="substation",
        topics=[energy],
        authors=[reed],
        body=paragraphs("Engineers restored power overnight."),
    )
    return {"article": article, "other": other, "topic": energy, "author": reed}


PAGES = [
    "/substation/",
    "/",
    "/topics/energy/",
    "/authors/ada-reed/",
    "/feed/",
    "/feed/atom/",
    "/topics/energy/feed/",
    "/authors/ada-reed/feed/",
    "/sitemap-articles.xml",
]


def get(client, path, **headers):
    response = client.get(path, **headers)
    assert response.status_code == 200, path
    return response


def warm(client, paths):
    """Request each page twice: the second answer must come from the cache."""
    for path in paths:
        assert get(client, path)[CACHE] == "miss", path
        assert get(client, path)[CACHE] == "hit", path


def publish_new_title(article, title):
    revision = article.get_latest_revision_as_object()
    revision.title = title
    revision.save_revision().publish()


def test_pages_are_cached_and_an_update_is_fresh_everywhere_at_once(client, story):
    warm(client, PAGES)
    started = time.monotonic()
    publish_new_title(story["article"], "Substation repaired at last")
    for path in PAGES:
        response = get(client, path)
        assert response[CACHE] == "miss", path
        if "sitemap" not in path:
            assert "Substation repaired at last" in response.content.decode(), path
    assert time.monotonic() - started < 1.0
    # The related story's page lists the article under it.
    assert "Substation repaired at last" in get(client, "/earlier/").content.decode()


def test_purges_are_by_key_not_a_flush(client, story, home_page):
    unrelated = ArticlePageFactory(parent=home_page, title="Budget", slug="budget")
    warm(client, ["/budget/", "/earlier/"])
    publish_new_title(story["article"], "New headline")
    assert get(client, "/budget/")[CACHE] == "hit"
    # The earlier story shows the article among its related stories.
    assert get(client, "/earlier/")[CACHE] == "miss"
    assert unrelated.live


def test_unpublishing_takes_the_article_off_every_page(client, story):
    warm(client, PAGES)
    story["article"].unpublish()
    assert client.get("/substation/").status_code == 404
    for path in ["/", "/topics/energy/", "/authors/ada-reed/", "/feed/"]:
        assert "Substation repaired" not in get(client, path).content.decode(), path
    parsed = feedparser.parse(get(client, "/topics/energy/feed/").content)
    assert [entry.title for entry in parsed.entries] == ["Earlier outage"]


def test_a_topic_taken_off_an_article_no_longer_lists_it(client, story):
    warm(client, ["/topics/energy/"])
    revision = story["article"].get_latest_revision_as_object()
    revision.topics.set([])
    revision.save_revision().publish()
    page = get(client, "/topics/energy/").content.decode()
    assert "Substation repaired" not in page
    assert "Earlier outage" in page


def test_renaming_an_author_purges_the_site(client, story):
    warm(client, ["/substation/", "/"])
    story["author"].name = "Ada Reed-Lind"
    story["author"].save()
    assert "Ada Reed-Lind" in get(client, "/substation/").content.decode()


def test_members_and_editors_never_get_or_leave_a_cached_page(
    story, member, editor_client
):
    warm(Client(), ["/substation/"])
    reader = Client()
    reader.force_login(member.user)
    response = get(reader, "/substation/")
    assert CACHE not in response
    editor_page = get(editor_client, "/substation/")
    assert CACHE not in editor_page
    # What anonymous readers get was never rendered for a signed-in person.
    anonymous = get(Client(), "/substation/")
    assert anonymous[CACHE] == "hit"
    assert member.email not in anonymous.content.decode()
    assert "editor@example.org" not in anonymous.content.decode()


def test_a_signed_in_reader_first_leaves_nothing_for_others(client, story, member):
    reader = Client()
    reader.force_login(member.user)
    get(reader, "/substation/")
    get(reader, "/")
    assert get(Client(), "/substation/")[CACHE] == "miss"
    assert get(Client(), "/")[CACHE] == "miss"


def test_what_is_never_cached(client, story):
    # Unknown query parameters (cache busting), search, pages setting cookies.
    for _ in range(2):
        assert CACHE not in get(client, "/substation/?utm_source=x")
        assert CACHE not in get(client, "/search/?q=power")
    join = get(client, "/members/join/")
    assert CACHE not in join
    # Pagination by cursor is cached: it is the same for every reader.
    assert pagecache.entry_key("http", "testserver", "/", "after=abc")
    assert pagecache.entry_key("http", "testserver", "/", "x=1") is None


def test_an_evicted_purge_stamp_is_a_miss_not_a_stale_page(client, story, page_cache):
    warm(client, ["/substation/"])
    tag = "article:" + str(story["article"].translation_key)
    page_cache.delete(pagecache.STAMP_PREFIX + tag)
    pagecache.local.forget()  # as in a process that has no copy of its own
    assert get(client, "/substation/")[CACHE] == "miss"


def test_a_purge_by_another_process_shows_here_within_a_tenth_of_a_second(
    client, story, page_cache
):
    warm(client, ["/substation/"])
    tag = "article:" + str(story["article"].translation_key)
    # What purge() in another process writes to the shared cache:
    now = time.time()
    page_cache.set_many(
        {pagecache.STAMP_PREFIX + tag: now, pagecache.GENERATION: now}, timeout=None
    )
    time.sleep(pagecache.LocalCopy.CHECK_SECONDS + 0.01)
    assert get(client, "/substation/")[CACHE] == "miss"


def test_a_page_rendered_while_a_change_commits_is_not_kept(rf, page_cache, settings):
    """The render began before the purge: its result must not count as fresh."""

    def view(request):
        pagecache.tag(request, "article:x")
        pagecache.purge(["article:x"])  # the change commits mid-render
        return pagecache.HttpResponse(b"old content")

    middleware = pagecache.PageCacheMiddleware(view)
    middleware(rf.get("/racy/"))
    key = pagecache.request_key(rf.get("/racy/"))
    assert page_cache.get(key) is not None
    assert pagecache.fresh_entry(key) is None


def test_the_wsgi_front_answers_hits_without_django(client, story):
    from masthead.wsgi import application

    warm(client, ["/substation/"])
    environ = {}
    setup_testing_defaults(environ)
    environ.update(
        REQUEST_METHOD="GET",
        PATH_INFO="/substation/",
        HTTP_HOST="testserver",
        SERVER_NAME="testserver",
        **{"wsgi.input": io.BytesIO()},
    )
    answers = []
    body = b"".join(
        application(environ, lambda status, headers: answers.append((status, headers)))
    )
    status, headers = answers[0]
    assert status == "200 OK"
    assert dict(headers)[CACHE] == "hit"
    assert b"Substation repaired" in body
    assert "nosniff" in dict(headers).get("X-Content-Type-Options", "")
    # A session cookie goes past the front to Django.
    environ["HTTP_COOKIE"] = "sessionid=whatever"
    answers.clear()
    b"".join(application(environ, lambda s, h: answers.append((s, h))))
    assert CACHE not in dict(answers[0][1])


def test_a_running_campaign_keeps_pages_cacheable(client, story):
    from masthead.campaigns.tests.factories import CampaignFactory
    from masthead.members.services import confirm_member, create_member

    CampaignFactory()
    warm(client, ["/substation/", "/"])
    page = get(client, "/substation/").content.decode()
    assert "data-meter" in page
    # New members move the meter (meter.js reads /campaigns/meter.json)
    # without purging any page.
    confirm_member(member=create_member(email="new@example.org"))
    assert get(client, "/substation/")[CACHE] == "hit"
    meter = client.get("/campaigns/meter.json")
    assert CACHE not in meter
    assert "count" in meter.json()


def test_a_session_cookie_however_written_is_never_cached(client, story, member):
    signed_in = Client()
    signed_in.force_login(member.user)
    session = signed_in.cookies["sessionid"].value
    for cookie in [f"sessionid ={session}", f"SESSIONID={session}", "a=1; sessionid=x"]:
        assert not pagecache.is_anonymous(cookie, None)
    # Django reads "sessionid =…" as the session: the page is the member's.
    response = get(client, "/substation/?after=x", HTTP_COOKIE=f"sessionid ={session}")
    assert CACHE not in response
    get(Client(), "/substation/", HTTP_COOKIE=f" sessionid = {session}")
    assert get(Client(), "/substation/")[CACHE] == "miss"


def test_a_lost_stamp_never_makes_older_pages_fresh_again(client, story, page_cache):
    warm(client, ["/substation/", "/topics/energy/"])
    tag = "article:" + str(story["article"].translation_key)
    pagecache.purge([tag])
    page_cache.delete(pagecache.STAMP_PREFIX + tag)  # evicted
    pagecache.local.forget()
    assert get(client, "/substation/")[CACHE] == "miss"  # writes a new stamp
    assert get(client, "/topics/energy/")[CACHE] == "miss"  # still stale


def test_only_plain_query_strings_and_real_ports_are_cached(client, story, settings):
    for query in ["after=a&after=b", "after=", "after=a&", "&after=a", "x=1"]:
        assert pagecache.entry_key("http", "h", "/", query) is None, query
    assert pagecache.entry_key("http", "h", "/", "after=a")
    for _ in range(2):
        response = get(client, "/substation/", HTTP_HOST="testserver:1234")
        assert CACHE not in response


def test_deleting_or_restricting_an_article_purges_it(client, story):
    from wagtail.models import PageViewRestriction

    warm(client, ["/substation/", "/", "/earlier/"])
    PageViewRestriction.objects.create(
        page=story["article"], restriction_type="password", password="s3cret"
    )
    response = client.get("/substation/")
    assert "Engineers restored power" not in response.content.decode()
    story["other"].delete()
    assert "Earlier outage" not in get(client, "/").content.decode()
    assert client.get("/earlier/").status_code == 404
