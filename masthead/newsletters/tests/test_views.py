import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from masthead.members.services import confirm_member, create_member
from masthead.newsletters import rendering, services
from masthead.newsletters.models import Newsletter, Send, Subscription
from masthead.newsletters.tests.factories import NewsletterFactory, SubscriptionFactory

pytestmark = pytest.mark.django_db


def test_a_reader_subscribes_with_only_an_address_and_confirms_by_button(
    client, home_page, django_capture_on_commit_callbacks
):
    newsletter = NewsletterFactory()
    page = client.get("/newsletters/")
    assert newsletter.name in page.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/newsletters/",
            {"email": "reader@example.org", "newsletters": [newsletter.pk]},
        )
    assert response.status_code == 200
    assert "Check your email" in response.content.decode()
    link = re.search(r"https?://\S+/newsletters/confirm/\S+/", mail.outbox[0].body)[0]
    path = link.split("localhost", 1)[1] if "localhost" in link else link

    # A mail scanner fetching the link does not subscribe anybody.
    assert client.get(path).status_code == 200
    assert Subscription.objects.get().status == Subscription.Status.PENDING
    confirmed = client.post(path)
    assert "You are subscribed" in confirmed.content.decode()
    assert Subscription.objects.get().status == Subscription.Status.ACTIVE


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"email": "not-an-address", "newsletters": ["1"]}, "valid email"),
        ({"email": "a@example.org"}, "Choose at least one newsletter"),
        ({"email": "a@example.org", "newsletters": ["99999"]}, "valid choice"),
        ({"email": "a" * 300 + "@example.org", "newsletters": ["1"]}, "at most 254"),
    ],
)
def test_bad_sign_ups_get_a_form_message_and_store_nothing(
    client, home_page, data, message
):
    NewsletterFactory(pk=1)
    response = client.post("/newsletters/", data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Subscription.objects.exists()


def test_too_many_sign_ups_answer_429(client, home_page, settings):
    settings.MASTHEAD_NEWSLETTER_RATE_PER_IP = "1/3600"
    newsletter = NewsletterFactory()
    data = {"email": "a@example.org", "newsletters": [newsletter.pk]}
    assert client.post("/newsletters/", data).status_code == 200
    response = client.post("/newsletters/", data | {"email": "b@example.org"})
    assert response.status_code == 429
    assert "Too many sign-ups" in response.content.decode()


def test_one_click_unsubscribe_per_rfc_8058_needs_no_login_or_csrf(home_page):
    subscription = SubscriptionFactory()
    url = reverse(
        "newsletters:unsubscribe", args=[services.unsubscribe_token(subscription.pk)]
    )
    client = Client(enforce_csrf_checks=True)

    page = client.get(url)  # a reader following the link sees a button
    assert page.status_code == 200
    subscription.refresh_from_db()
    assert subscription.status == Subscription.Status.ACTIVE

    response = client.post(
        url,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    subscription.refresh_from_db()
    assert subscription.status == Subscription.Status.UNSUBSCRIBED
    assert client.post(url).status_code == 200  # again: still fine


@pytest.mark.parametrize("token", ["nope", "1:bad", "%00", "x" * 500])
def test_bad_links_get_a_clear_400(client, home_page, token):
    SubscriptionFactory()
    for name in ("newsletters:unsubscribe", "newsletters:confirm"):
        response = client.post(reverse(name, args=[token]))
        assert response.status_code == 400
        assert "This link does not work" in response.content.decode()
    assert Subscription.objects.get().status == Subscription.Status.ACTIVE


def test_members_choose_newsletters_on_their_account_page(client, home_page):
    daily, breaking = NewsletterFactory(name="Daily"), NewsletterFactory(name="Alerts")
    member = create_member(email="m@example.org")
    confirm_member(member=member)
    client.force_login(member.user)

    account = client.get("/members/account/").content.decode()
    assert 'id="newsletters"' in account
    assert "Alerts" in account

    response = client.post("/newsletters/preferences/", {"newsletters": [breaking.pk]})
    assert response.status_code == 302
    assert list(
        Subscription.objects.filter(status="active").values_list(
            "newsletter", flat=True
        )
    ) == [breaking.pk]
    client.post("/newsletters/preferences/", {"newsletters": ["nonsense"]})
    assert Subscription.objects.filter(status="active").count() == 1
    assert daily.pk not in Subscription.objects.filter(status="active").values_list(
        "newsletter", flat=True
    )


def test_preferences_need_a_member(client, home_page):
    response = client.post("/newsletters/preferences/", {"newsletters": []})
    assert response.status_code == 302
    assert "/members/join/" in response["Location"]


def test_the_archive_lists_sent_issues_and_shows_their_web_version(
    client, live_article
):
    newsletter = NewsletterFactory()
    email = rendering.RenderedEmail(
        subject="Tuesday: the bridge reopens",
        html=f'<p>Bridge</p><a href="{rendering.UNSUBSCRIBE_MARKER}">u</a>',
        text="t",
    )
    sent = services.start_send(
        newsletter=newsletter, kind="article", email=email, article=live_article
    )
    services.finish_if_done(send_id=sent.pk)
    draft = services.start_send(
        newsletter=newsletter,
        kind="article",
        email=rendering.RenderedEmail(subject="Cancelled one", html="x", text="x"),
    )
    services.cancel_send(send=draft)

    archive = client.get(f"/newsletters/{newsletter.slug}/").content.decode()
    assert "Tuesday: the bridge reopens" in archive
    assert "Cancelled one" not in archive
    page = client.get(f"/newsletters/{newsletter.slug}/{sent.pk}/")
    assert page.status_code == 200
    assert rendering.UNSUBSCRIBE_MARKER not in page.content.decode()
    assert client.get(f"/newsletters/{newsletter.slug}/{draft.pk}/").status_code == 404
    assert Send.objects.count() == 2

    live_article.unpublish()  # the story is withdrawn: so is its email's copy
    assert client.get(f"/newsletters/{newsletter.slug}/{sent.pk}/").status_code == 404


def test_the_demo_has_newsletters_and_an_archived_issue(client):
    from django.core.management import call_command

    from masthead.newsletters.demo import load_demo_newsletters

    call_command("load_demo", "--admin-password", "a-long-demo-password")
    load_demo_newsletters()  # again: nothing doubles
    assert Newsletter.objects.count() == 3
    assert Send.objects.filter(status="sent").count() == 1
    index = client.get("/newsletters/").content.decode()
    assert "Morning Briefing" in index
    assert "Breaking News" in index
    archive = client.get("/newsletters/breaking/").content.decode()
    send = Send.objects.get()
    assert f"/newsletters/breaking/{send.pk}/" in archive
    assert client.get(f"/newsletters/breaking/{send.pk}/").status_code == 200
    assert Newsletter.objects.get(slug="ranok").language == "uk"
    home = client.get("/").content.decode()
    assert 'href="/newsletters/"' in home
