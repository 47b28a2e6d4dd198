"""Members-only stories: who reads the body, and what search engines are told."""

import json

import pytest
from bs4 import BeautifulSoup

from masthead.members.models import Membership
from masthead.members.services import refresh_member_state
from masthead.members.tests.factories import TierFactory
from masthead.news.tests.factories import ArticlePageFactory, paragraphs

pytestmark = pytest.mark.django_db

SECRET = "The reporting only members read."


@pytest.fixture
def gated(home_page):
    def make(visibility):
        return ArticlePageFactory(
            parent=home_page,
            slug=f"gated-{visibility}",
            visibility=visibility,
            body=paragraphs(SECRET),
        )

    return make


def read(client, article):
    html = client.get(article.url).content.decode()
    return html, BeautifulSoup(html, "html.parser")


def test_anonymous_readers_get_the_standfirst_and_an_invitation(client, gated):
    article = gated("members")
    html, soup = read(client, article)
    assert SECRET not in html
    assert article.standfirst in html
    assert soup.select_one(".paywall a")["href"] == "/members/join/"
    assert soup.select_one("#paywall-heading").get_text() == "This story is for members"
    assert "Join to read the whole story" in soup.select_one(".paywall").get_text()
    data = json.loads(soup.select_one('script[type="application/ld+json"]').string)
    assert data["isAccessibleForFree"] is False
    assert data["hasPart"]["cssSelector"] == ".article__body"
    assert data["hasPart"]["isAccessibleForFree"] is False


def test_public_stories_are_free_in_json_ld(client, home_page):
    article = ArticlePageFactory(parent=home_page)
    _, soup = read(client, article)
    data = json.loads(soup.select_one('script[type="application/ld+json"]').string)
    assert data["isAccessibleForFree"] is True
    assert "hasPart" not in data


def test_members_read_members_stories_but_not_paid_ones(client, member, gated):
    client.force_login(member.user)
    assert SECRET in read(client, gated("members"))[0]
    assert SECRET not in read(client, gated("paid"))[0]


def test_unconfirmed_members_do_not_read_members_stories(client, gated):
    from masthead.members.services import create_member

    client.force_login(create_member(email="unconfirmed@example.org").user)
    assert SECRET not in read(client, gated("members"))[0]


def test_paying_members_read_everything(client, member, gated):
    Membership.objects.create(
        member=member,
        tier=TierFactory(),
        stripe_subscription_id="sub_p",
        status="active",
    )
    refresh_member_state(member=member)
    client.force_login(member.user)
    assert SECRET in read(client, gated("paid"))[0]


def test_editors_read_everything(editor_client, gated):
    assert SECRET in read(editor_client, gated("paid"))[0]


def test_feed_marks_members_only_stories(client, gated):
    gated("members")
    assert "badge" in client.get("/").content.decode()
