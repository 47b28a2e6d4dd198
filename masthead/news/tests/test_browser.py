"""The reader site in a real browser: Debian's Chromium driven by Playwright."""

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from masthead.news.demo import load_demo
from masthead.news.services import ensure_site_tree
from masthead.news.tests import sample_content

pytestmark = [
    pytest.mark.browser,
    # Transactional, so the live server's thread sees the data; each test's
    # end empties the tables, so each test rebuilds the site tree it needs.
    pytest.mark.django_db(transaction=True),
]

OUTPUT = Path(__file__).resolve().parents[3] / "test-output"


@pytest.fixture
def site(live_server, settings):
    settings.MASTHEAD_FEED_PAGE_SIZE = 3
    ensure_site_tree()
    load_demo(content=sample_content)
    OUTPUT.mkdir(exist_ok=True)
    return live_server.url


def watch_hosts(page) -> set[str]:
    hosts: set[str] = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
    return hosts


def test_reader_opens_the_feed_shows_more_and_reads_an_article(browser, site):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    hosts = watch_hosts(page)
    page.goto(site + "/")
    cards = page.locator("[data-story-list] > li")
    assert cards.count() == 3
    page.evaluate("window.__sameDocument = true")

    page.get_by_role("link", name="Show more").click()
    # A locator's wait: the page's CSP forbids the eval() of wait_for_function.
    expect(cards).to_have_count(6)
    assert page.evaluate("window.__sameDocument") is True  # appended, not reloaded
    assert page.url == site + "/"
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == cards.nth(3).locator("h2 a").text_content()

    page.get_by_role("link", name="Show more").click()
    expect(cards).to_have_count(8)
    assert page.get_by_role("link", name="Show more").count() == 0
    assert "end of the list" in page.locator("main").text_content()
    page.screenshot(path=str(OUTPUT / "feed.png"), full_page=True)

    page.get_by_role("link", name="Story number 3").click()
    page.wait_for_load_state()
    assert page.locator("h1").text_content() == "Story number 3"
    caption = page.locator(".article figure figcaption").text_content()
    assert "For illustrative purposes only." in caption
    assert "Caption of story 3." in caption
    assert "(Test Agency)" in caption
    assert page.locator(".article figure img").evaluate("img => img.naturalWidth") > 0
    assert "1 min read" in page.locator(".article__header .meta").text_content()
    box = page.locator(".author-box")
    assert box.locator("h2").text_content() == "Cy Moss"
    assert box.locator("img.avatar").evaluate("img => img.naturalWidth") > 0
    page.screenshot(path=str(OUTPUT / "article.png"), full_page=True)

    box.get_by_role("link", name="Read more").click()
    page.wait_for_load_state()
    assert page.locator("h1").text_content() == "Cy Moss"
    assert hosts == {urlsplit(site).netloc}
    context.close()


def test_show_more_without_javascript_opens_the_next_page(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "/")
    page.get_by_role("link", name="Show more").click()
    page.wait_for_load_state()
    assert "?after=" in page.url
    headlines = page.locator("[data-story-list] h2 a").all_text_contents()
    assert headlines == ["Story number 5", "Story number 4", "Story number 3"]
    context.close()


def test_keyboard_users_see_where_focus_is(browser, site):
    context = browser.new_context()
    page = context.new_page()
    page.goto(site + "/")
    page.keyboard.press("Tab")
    skip = page.locator("a.skip-link")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    outline = skip.evaluate("el => getComputedStyle(el).outlineStyle")
    assert outline == "solid"
    assert skip.bounding_box()["x"] >= 0  # visible once focused
    context.close()
