import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone

from conftest import CapturingHandler
from masthead.campaigns.tests.factories import CampaignFactory
from masthead.core import ratelimit
from masthead.members.services import (
    confirm_member,
    create_member,
    erase_member,
    export_member_data,
)
from masthead.newsletters import rendering, services
from masthead.newsletters.models import Delivery, Send, Subscription, Suppression
from masthead.newsletters.tests.factories import (
    NewsletterFactory,
    SubscriptionFactory,
    subscribe_many,
)

pytestmark = pytest.mark.django_db
State = Delivery.State


SMALL = rendering.RenderedEmail(subject="s", html="<p>h</p>", text="t")


def start_small_send(newsletter) -> Send:
    """A send of a tiny email to the newsletter's active subscribers."""
    return services.start_send(newsletter=newsletter, kind="article", email=SMALL)


def confirm_link(message) -> str:
    return next(
        line for line in message.body.splitlines() if "/newsletters/confirm/" in line
    )


def test_subscribe_sends_one_confirmation_and_nothing_is_active_before_it(
    django_capture_on_commit_callbacks,
):
    daily, breaking = NewsletterFactory(), NewsletterFactory()
    with django_capture_on_commit_callbacks(execute=True):
        services.subscribe(
            email=" Reader@Example.org ",
            newsletters=[daily, breaking],
            ip="203.0.113.5",
            language="en",
        )

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["reader@example.org"]
    assert daily.name in mail.outbox[0].body
    assert breaking.name in mail.outbox[0].body
    assert set(Subscription.objects.values_list("status", flat=True)) == {"pending"}
    token = confirm_link(mail.outbox[0]).rstrip("/").rsplit("/", 1)[1]
    subscriptions = services.subscriptions_for_confirm_token(token)
    services.confirm(subscriptions=subscriptions)
    services.confirm(subscriptions=subscriptions)  # a second click changes nothing
    assert set(Subscription.objects.values_list("status", flat=True)) == {"active"}


def test_subscribing_an_active_address_again_sends_nothing(
    django_capture_on_commit_callbacks,
):
    subscription = SubscriptionFactory()
    with django_capture_on_commit_callbacks(execute=True):
        pending = services.subscribe(
            email=subscription.email,
            newsletters=[subscription.newsletter],
            ip="203.0.113.5",
            language="en",
        )
    assert pending == []
    assert mail.outbox == []
    subscription.refresh_from_db()
    assert subscription.status == Subscription.Status.ACTIVE


def test_subscription_bombing_one_address_is_limited(settings):
    settings.MASTHEAD_NEWSLETTER_RATE_PER_EMAIL = "2/900"
    newsletter = NewsletterFactory()
    for ip in ("203.0.113.1", "203.0.113.2"):
        services.subscribe(
            email="victim@example.org", newsletters=[newsletter], ip=ip, language="en"
        )
    with pytest.raises(ratelimit.RateLimited):
        services.subscribe(
            email="victim@example.org",
            newsletters=[newsletter],
            ip="203.0.113.3",
            language="en",
        )


@pytest.mark.parametrize(
    "token", ["", "abc", "1:forged", "12345:" + "A" * 43, "../../etc"]
)
def test_forged_tokens_find_nothing(token):
    SubscriptionFactory()
    assert services.subscription_for_unsubscribe_token(token) is None
    assert services.subscriptions_for_confirm_token(token) is None


def test_an_expired_confirmation_link_does_not_confirm(settings):
    subscription = SubscriptionFactory(status=Subscription.Status.PENDING)
    token = services.confirm_token([subscription.pk])
    later = timezone.now() + dt.timedelta(seconds=services.CONFIRM_MAX_AGE + 60)
    from unittest import mock  # time only: the clock is the one thing faked

    with mock.patch("time.time", return_value=later.timestamp()):
        assert services.subscriptions_for_confirm_token(token) is None


def test_unsubscribe_token_is_per_recipient_and_list():
    first, second = SubscriptionFactory(), SubscriptionFactory()
    assert services.unsubscribe_token(first.pk) != services.unsubscribe_token(second.pk)
    found = services.subscription_for_unsubscribe_token(
        services.unsubscribe_token(second.pk)
    )
    assert found == second


def test_new_member_gets_default_newsletters_and_chooses_on_account():
    default = NewsletterFactory(default_for_new_members=True)
    other = NewsletterFactory()
    member = create_member(email="new@example.org")
    confirm_member(member=member)
    assert list(
        Subscription.objects.filter(email="new@example.org").values_list(
            "newsletter_id", "status"
        )
    ) == [(default.pk, "active")]

    services.set_member_newsletters(member=member, newsletter_ids={other.pk})

    statuses = dict(
        Subscription.objects.filter(email="new@example.org").values_list(
            "newsletter_id", "status"
        )
    )
    assert statuses == {default.pk: "unsubscribed", other.pk: "active"}


def test_erasing_a_member_erases_their_newsletter_records(
    smtp_server, django_capture_on_commit_callbacks
):
    newsletter = NewsletterFactory(default_for_new_members=True)
    member = create_member(email="gone@example.org")
    confirm_member(member=member)
    services.suppress(email="gone@example.org", reason="manual")
    Subscription.objects.filter(email="gone@example.org").update(status="active")
    send = services.start_send(
        newsletter=newsletter,
        kind=Send.Kind.ARTICLE,
        email=rendering.RenderedEmail(subject="s", html="<p>h</p>", text="t"),
    )
    Delivery.objects.create(send=send, email="gone@example.org")
    exported = export_member_data(member=member)
    assert exported["newsletters"][0]["newsletter"] == newsletter.name

    erase_member(member=member)

    for model in (Subscription, Suppression, Delivery):
        assert not model.objects.filter(email="gone@example.org").exists()


def test_start_send_snapshots_only_confirmed_unsuppressed_subscribers():
    newsletter = NewsletterFactory()
    subscribe_many(newsletter, 5)
    SubscriptionFactory(newsletter=newsletter, status=Subscription.Status.PENDING)
    SubscriptionFactory(newsletter=newsletter, status=Subscription.Status.UNSUBSCRIBED)
    SubscriptionFactory(newsletter=NewsletterFactory())  # another list
    services.suppress(email="reader3@example.org", reason="bounced")
    email = rendering.RenderedEmail(subject="s", html="<p>h</p>", text="t")

    send = services.start_send(
        newsletter=newsletter, kind=Send.Kind.ARTICLE, email=email
    )

    assert send.total == 4
    assert sorted(send.deliveries.values_list("email", flat=True)) == [
        f"reader{i}@example.org" for i in (0, 1, 2, 4)
    ]
    assert set(send.deliveries.values_list("state", flat=True)) == {"pending"}


def test_the_same_request_key_starts_one_send():
    newsletter = NewsletterFactory()
    subscribe_many(newsletter, 3)
    email = rendering.RenderedEmail(subject="s", html="<p>h</p>", text="t")
    key = "8d5f0a1e-3b7c-4c2a-9a51-0e1b2c3d4e5f"
    first = services.start_send(
        newsletter=newsletter, kind="article", email=email, request_key=key
    )
    again = services.start_send(
        newsletter=newsletter, kind="article", email=email, request_key=key
    )
    assert again.pk == first.pk
    assert Delivery.objects.count() == 3


def test_article_email_has_inlined_css_text_part_campaign_and_unsubscribe(
    live_article, smtp_server
):
    from masthead.campaigns.models import Campaign

    Campaign.objects.all().delete()
    CampaignFactory(goal=25000)
    newsletter = NewsletterFactory(sender_name="Kharkiv Courier")
    SubscriptionFactory(newsletter=newsletter, email="one@example.org")
    send = services.start_article_send(newsletter=newsletter, article=live_article)

    report = services.deliver(send_id=send.pk)

    assert report.sent == 1
    (message,) = smtp_server.messages
    assert message["To"] == "one@example.org"
    assert "Kharkiv Courier" in message["From"]
    assert message["Subject"] == live_article.title
    unsubscribe = message["List-Unsubscribe"].strip().strip("<>")
    assert "/newsletters/unsubscribe/" in unsubscribe
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["Message-ID"].startswith(f"<send{send.pk}.d")
    html = message.get_body(("html",)).get_content()
    text = message.get_body(("plain",)).get_content()
    assert "<style" not in html  # inlined:
    assert 'style="' in html
    for part in (html, text):
        assert live_article.get_full_url() in part
        assert unsubscribe in part
        assert "of 25,000 members" in part
    assert rendering.UNSUBSCRIBE_MARKER not in html + text
    for img in message.get_body(("html",)).get_content().split("<img")[1:]:
        assert 'alt="' in img.split(">")[0]
    send.refresh_from_db()
    assert send.status == Send.Status.SENT


class RejectingHandler:
    """Accepts mail, but refuses some recipients like a real server."""

    def __init__(
        self,
        refuse: set[str],
        code: str = "550 5.1.1 No such user",
        sender_code: str = "",
    ):
        self.refuse, self.code, self.messages = refuse, code, []
        self.sender_code = sender_code

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if self.sender_code:
            return self.sender_code
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return self.code
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope.rcpt_tos[0])
        return "250 OK"


@pytest.fixture
def rejecting_smtp(smtp_factory, request):
    return smtp_factory(RejectingHandler(**request.param))


@pytest.mark.parametrize(
    "rejecting_smtp", [{"refuse": {"reader2@example.org"}}], indirect=True
)
def test_a_rejected_address_fails_with_its_reason_and_the_rest_go_out(
    rejecting_smtp,
):
    newsletter = NewsletterFactory()
    subscribe_many(newsletter, 5)
    send = start_small_send(newsletter)

    report = services.deliver(send_id=send.pk)

    assert (report.sent, report.failed) == (4, 1)
    failed = send.deliveries.get(state=State.FAILED)
    assert failed.email == "reader2@example.org"
    assert failed.error.startswith("550")
    assert sorted(rejecting_smtp.messages) == [
        f"reader{i}@example.org" for i in (0, 1, 3, 4)
    ]
    send.refresh_from_db()
    assert send.status == Send.Status.SENT


@pytest.mark.parametrize(
    "rejecting_smtp",
    [{"refuse": {"reader1@example.org"}, "code": "450 4.2.1 Try later"}],
    indirect=True,
)
def test_a_temporary_refusal_is_retried_then_given_up(rejecting_smtp):
    newsletter = NewsletterFactory()
    subscribe_many(newsletter, 2)
    send = start_small_send(newsletter)
    delivery = send.deliveries.get(email="reader1@example.org")

    for attempt in range(1, services.MAX_ATTEMPTS):
        services.deliver(send_id=send.pk)
        delivery.refresh_from_db()
        # Held back, with nobody's claim, until the backoff has passed.
        assert (delivery.state, delivery.claimed_by) == (State.CLAIMED, "")
        assert delivery.attempts == attempt
        assert delivery.claimed_until > timezone.now() + dt.timedelta(minutes=4)
        Delivery.objects.filter(pk=delivery.pk).update(claimed_until=timezone.now())

    services.deliver(send_id=send.pk)

    delivery.refresh_from_db()
    assert delivery.state == State.FAILED
    assert delivery.attempts == services.MAX_ATTEMPTS
    assert delivery.error.startswith("450")
    assert send.deliveries.get(email="reader0@example.org").state == State.SENT


def test_unsubscribed_and_suppressed_mid_send_are_skipped(smtp_server):
    newsletter = NewsletterFactory()
    subscribe_many(newsletter, 4)
    send = start_small_send(newsletter)
    services.unsubscribe(
        subscription=Subscription.objects.get(email="reader0@example.org")
    )
    services.suppress(email="reader1@example.org", reason="complained")

    services.deliver(send_id=send.pk)

    assert sorted(m["To"] for m in smtp_server.messages) == [
        "reader2@example.org",
        "reader3@example.org",
    ]
    assert send.deliveries.filter(state=State.SKIPPED).count() == 2


def test_cancel_stops_a_send(smtp_server):
    newsletter = NewsletterFactory()
    subscribe_many(newsletter, 3)
    send = start_small_send(newsletter)

    assert services.cancel_send(send=send) == 3
    services.deliver(send_id=send.pk)

    assert smtp_server.messages == []
    send.refresh_from_db()
    assert send.status == Send.Status.CANCELLED


def test_an_expired_claim_goes_back_to_work_and_a_live_one_does_not(settings):
    newsletter = NewsletterFactory()
    subscribe_many(newsletter, 4)
    send = start_small_send(newsletter)
    _, first = services.claim_batch(send_id=send.pk, size=2)
    _, second = services.claim_batch(send_id=send.pk, size=10)
    assert {d.pk for d in first}.isdisjoint({d.pk for d in second})
    assert len(first) + len(second) == 4
    assert services.claim_batch(send_id=send.pk, size=10)[1] == []

    Delivery.objects.filter(pk=first[0].pk).update(
        state=State.SENDING, claimed_until=timezone.now() - dt.timedelta(seconds=1)
    )
    _, reclaimed = services.claim_batch(send_id=send.pk, size=10)
    assert [d.pk for d in reclaimed] == [first[0].pk]


def test_daily_digest_is_sent_once_a_day_and_not_on_an_empty_day(
    newsroom, smtp_server, settings
):
    newsletter = NewsletterFactory(sends_daily_digest=True, digest_time=dt.time(7, 0))
    SubscriptionFactory(newsletter=newsletter, email="digest@example.org")
    from masthead.news.models import ArticlePage

    latest = ArticlePage.objects.live().filter(locale__language_code="en")
    newest = latest.order_by("-first_published_at").first().first_published_at
    # The first 08:00 after the newest story: an hour after the digest time.
    at_eight = timezone.localtime(newest).replace(
        hour=8, minute=0, second=0, microsecond=0
    )
    if at_eight <= newest:
        at_eight += dt.timedelta(days=1)
    morning = at_eight - dt.timedelta(minutes=61)
    assert services.start_due_digests(now=morning) == []  # before digest time
    assert services.start_due_digests(now=at_eight + dt.timedelta(hours=3)) == []
    (send,) = services.start_due_digests(now=at_eight)
    assert services.start_due_digests(now=at_eight) == []  # once a day
    assert send.kind == Send.Kind.DIGEST
    assert latest.order_by("-first_published_at").first().title in send.html

    next_day = at_eight + dt.timedelta(days=1)
    assert services.start_due_digests(now=next_day) == []  # nothing new
    services.deliver(send_id=send.pk)
    assert [m["To"] for m in smtp_server.messages] == ["digest@example.org"]


def test_stalled_sends_are_resumed_once_their_lease_has_run_out(settings):
    settings.MASTHEAD_NEWSLETTER_LEASE_SECONDS = 60
    newsletter = NewsletterFactory()
    subscribe_many(newsletter, 2)
    send = start_small_send(newsletter)
    services.claim_batch(send_id=send.pk, size=1)  # a worker that then died
    now = timezone.now()

    Send.objects.filter(pk=send.pk).update(dispatched_at=now)
    assert services.resume_stalled_sends(now=now) == []  # live lease
    later = now + dt.timedelta(seconds=61)
    assert services.resume_stalled_sends(now=later) == [send.pk]


@pytest.mark.parametrize(
    "rejecting_smtp",
    [{"refuse": set(), "sender_code": "550 5.7.1 Sender not allowed"}],
    indirect=True,
)
def test_a_refused_sender_pauses_the_send_and_fails_nobody(rejecting_smtp):
    newsletter = NewsletterFactory()
    subscribe_many(newsletter, 3)
    send = start_small_send(newsletter)

    report = services.deliver(send_id=send.pk)

    assert report.failed == 0
    assert State.FAILED not in set(send.deliveries.values_list("state", flat=True))
    send.refresh_from_db()
    assert send.status == Send.Status.SENDING


def test_an_unreachable_mail_server_pauses_the_send_and_loses_nobody(
    settings, smtp_factory
):
    from conftest import free_port

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()  # down
    newsletter = NewsletterFactory()
    subscribe_many(newsletter, 3)
    send = start_small_send(newsletter)

    report = services.deliver(send_id=send.pk)

    assert (report.sent, report.failed) == (0, 0)
    assert set(send.deliveries.values_list("state", flat=True)) == {"pending"}
    send.refresh_from_db()
    assert send.status == Send.Status.SENDING

    server = smtp_factory(CapturingHandler())  # back up
    services.deliver(send_id=send.pk)
    assert len(server.messages) == 3
    send.refresh_from_db()
    assert send.status == Send.Status.SENT


@pytest.mark.parametrize(
    ("address", "html"),
    [
        ("reader@example.org", "<p>short lines</p>"),  # the prepared bytes
        ("reader@example.org", "<p>" + "long " * 400 + "</p>"),  # quoted-printable
        ("читач@приклад.укр", "<p>short lines</p>"),  # internationalized address
    ],
)
def test_every_email_path_carries_its_own_unsubscribe_link(smtp_server, address, html):
    newsletter = NewsletterFactory()
    subscription = SubscriptionFactory(newsletter=newsletter, email=address)
    marker = rendering.UNSUBSCRIBE_MARKER
    email = rendering.RenderedEmail(
        subject="Paths",
        html=f'{html}<a href="{marker}">Unsubscribe</a>',
        text=f"Unsubscribe: {marker}",
    )
    send = services.start_send(newsletter=newsletter, kind="article", email=email)

    services.deliver(send_id=send.pk)

    (message,) = smtp_server.messages
    token = services.unsubscribe_token(subscription.pk)
    assert token in message["List-Unsubscribe"]
    assert token in message.get_body(("html",)).get_content()
    assert token in message.get_body(("plain",)).get_content()
    assert marker not in message.as_string()
    assert message["Message-ID"] == (
        f"<send{send.pk}.d{send.deliveries.get().pk}@{rendering.mail_domain()}>"
    )


def test_a_members_only_story_goes_out_as_a_teaser(live_article, smtp_server):
    from masthead.news.models import ArticlePage

    ArticlePage.objects.filter(pk=live_article.pk).update(visibility="members")
    live_article.refresh_from_db()
    newsletter = NewsletterFactory()
    SubscriptionFactory(newsletter=newsletter)
    first_paragraph = next(
        b for b in live_article.body if b.block_type == "paragraph"
    ).value.source
    send = services.start_article_send(newsletter=newsletter, article=live_article)

    assert live_article.standfirst in send.html
    assert first_paragraph not in send.html


def test_hostile_names_and_subjects_cannot_break_the_headers(
    live_article, smtp_server, settings
):
    settings.DEFAULT_FROM_EMAIL = "The Courier <news@example.org>"
    newsletter = NewsletterFactory(
        name="Ранковий огляд", sender_name='Evil", <x@y.z>\r\nBcc: all@example.org'
    )
    SubscriptionFactory(newsletter=newsletter, email="one@example.org")
    send = services.start_article_send(
        newsletter=newsletter,
        article=live_article,
        subject="Hello\r\nBcc: victim@example.org",
    )

    report = services.deliver(send_id=send.pk)

    assert report.sent == 1
    (message,) = smtp_server.messages
    assert message["Bcc"] is None
    assert message["Subject"] == "Hello Bcc: victim@example.org"
    assert message["From"].addresses[0].addr_spec == "news@example.org"
    assert message["List-Id"].endswith(f"<{newsletter.slug}.{rendering.mail_domain()}>")
