"""A reader joins in a real browser, follows the emailed link, and the meter moves."""

import re
import time
from pathlib import Path

import pytest

from masthead.campaigns.tests.factories import CampaignFactory
from masthead.members.services import recount
from masthead.news.services import ensure_site_tree

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

OUTPUT = Path(__file__).resolve().parents[3] / "test-output"


def wait_for_message(smtp_server, timeout: float = 10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if smtp_server.messages:
            return smtp_server.messages[0]
        time.sleep(0.05)
    raise AssertionError("no email arrived at the SMTP server")


def test_a_reader_joins_by_magic_link_and_sees_the_meter_move(
    browser, live_server, smtp_server
):
    ensure_site_tree()
    for metric in ("members", "paying", "donors"):
        recount(metric)
    CampaignFactory(goal=100)
    OUTPUT.mkdir(exist_ok=True)

    page = browser.new_context().new_page()
    page.goto(live_server.url + "/")
    assert page.locator("#meter-heading").inner_text() == "0 out of 100"

    page.get_by_role("link", name="Join us").click()
    page.get_by_label("Email address").fill("new.reader@example.org")
    page.get_by_role("button", name="Email me a sign-in link").click()
    page.wait_for_selector("text=Check your email")

    message = wait_for_message(smtp_server)
    assert message["To"] == "new.reader@example.org"
    text = message.get_body(preferencelist=("plain",)).get_content()
    link = re.search(r"https?://\S+/members/login/\?sesame=\S+", text).group(0)
    assert message.get_body(preferencelist=("html",)) is not None

    page.goto(link)
    page.get_by_role("button", name="Sign in to your account").click()
    page.wait_for_selector("text=Your account")
    assert "new.reader@example.org" in page.locator("main").inner_text()

    page.goto(live_server.url + "/")
    assert page.locator("#meter-heading").inner_text() == "1 out of 100"
    assert page.locator("progress.meter__bar").get_attribute("value") == "1"
    page.screenshot(path=str(OUTPUT / "meter-after-joining.png"), full_page=True)
