"""A live page in a real browser: Debian's Chromium driven by Playwright."""

from pathlib import Path

import pytest

from masthead.live import pages
from masthead.live.tests.factories import (
    LiveBlogPageFactory,
    LiveEntryFactory,
    text_body,
)
from masthead.news.services import ensure_site_tree

OUTPUT = Path(__file__).resolve().parents[3] / "test-output"

pytestmark = [
    pytest.mark.browser,
    # Transactional, so the live server's thread sees the data.
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def live_url(live_server, page_cache, monkeypatch):
    """A live page with three entries, polled every half second, with the
    page cache on as in production."""
    monkeypatch.setattr(pages, "POLL_SECONDS", 0.5)
    home = ensure_site_tree()
    page = LiveBlogPageFactory(parent=home, title="Flood", slug="flood")
    for number in range(3):
        LiveEntryFactory(
            page=page,
            headline=f"Earlier entry {number}",
            body=text_body(*["The water keeps rising along the embankment."] * 6),
        )
    return live_server.url + "/flood/", page


def test_a_new_entry_appears_without_reload(browser, live_url):
    url, page = live_url
    context = browser.new_context()
    tab = context.new_page()
    tab.goto(url)
    tab.evaluate("window.__sameDocument = true")
    tab.wait_for_timeout(700)  # the first poll has been answered

    entry = LiveEntryFactory(page=page, headline="Bridge closed to cars")

    tab.wait_for_selector(f"[data-live-entries] > #entry-{entry.pk}", timeout=10_000)
    first = tab.locator("[data-live-entries] > [data-entry-id]").first
    assert first.get_attribute("id") == f"entry-{entry.pk}"
    assert tab.evaluate("window.__sameDocument") is True
    assert tab.locator("[data-live-status]").text_content() == "New entries: 1"
    assert tab.locator("[data-live-notice]").is_hidden()
    OUTPUT.mkdir(exist_ok=True)
    tab.screenshot(path=str(OUTPUT / "live.png"), full_page=True)

    entry.headline = "Bridge reopened"
    entry.save()
    tab.wait_for_function(
        "id => document.querySelector(`#entry-${id} h3`).textContent"
        " === 'Bridge reopened'",
        arg=entry.pk,
        timeout=10_000,
    )
    entry.delete()
    tab.wait_for_selector(f"#entry-{entry.pk}", state="detached", timeout=10_000)
    assert tab.evaluate("window.__sameDocument") is True
    context.close()


def test_a_scrolled_reader_gets_a_notice_instead_of_a_jump(browser, live_url):
    url, page = live_url
    context = browser.new_context(viewport={"width": 800, "height": 500})
    tab = context.new_page()
    tab.goto(url)
    tab.wait_for_timeout(700)
    last = tab.locator("[data-live-entries] > [data-entry-id]").last
    last.scroll_into_view_if_needed()
    scrolled = tab.evaluate("window.scrollY")
    assert scrolled > 0
    where = last.bounding_box()["y"]

    entry = LiveEntryFactory(page=page, headline="Evacuation ordered")

    notice = tab.locator("[data-live-notice]")
    notice.wait_for(state="visible", timeout=10_000)
    OUTPUT.mkdir(exist_ok=True)
    tab.screenshot(path=str(OUTPUT / "live-notice.png"))
    assert tab.locator("[data-live-count]").text_content() == "1"
    assert tab.locator(f"#entry-{entry.pk}").count() == 0  # held back
    assert tab.evaluate("window.scrollY") == scrolled
    assert last.bounding_box()["y"] == where  # what the reader reads did not move

    notice.get_by_role("button").click()
    tab.wait_for_selector(f"[data-live-entries] > #entry-{entry.pk}")
    assert notice.is_hidden()
    assert tab.evaluate("document.activeElement.id") == f"entry-{entry.pk}"
    context.close()


def test_without_javascript_the_page_refreshes_itself(browser, live_url):
    url, _page = live_url
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(url)
    refresh = tab.locator('noscript meta[http-equiv="refresh"]')
    assert refresh.count() == 1
    assert refresh.get_attribute("content") == "60"
    context.close()


def test_pinning_moves_an_entry_to_the_top_and_back(browser, live_url):
    url, page = live_url
    context = browser.new_context()
    tab = context.new_page()
    tab.goto(url)
    tab.evaluate("window.__sameDocument = true")
    entry = page.entries.order_by("posted_at").first()

    entry.is_pinned = True
    entry.save()
    tab.wait_for_selector(f"[data-live-pinned] > #entry-{entry.pk}", timeout=10_000)
    assert tab.locator(f"[data-live-entries] > #entry-{entry.pk}").count() == 0
    assert tab.locator("[data-live-pinned]").is_visible()

    entry.is_pinned = False
    entry.save()
    tab.wait_for_selector(f"[data-live-entries] > #entry-{entry.pk}", timeout=10_000)
    ids = tab.locator("[data-live-entries] > [data-entry-id]").evaluate_all(
        "nodes => nodes.map(node => node.id)"
    )
    assert ids[-1] == f"entry-{entry.pk}"  # the oldest, back in its place
    assert tab.locator("[data-live-pinned]").is_hidden()
    assert tab.evaluate("window.__sameDocument") is True
    context.close()
