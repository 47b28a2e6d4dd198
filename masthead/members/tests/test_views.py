import json
import re
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from sesame.utils import get_query_string

from masthead.members.models import Donation, Member
from masthead.members.tests.factories import TierFactory

pytestmark = pytest.mark.django_db


def link_from(message) -> str:
    return re.search(
        r"http://testserver(/members/login/\?sesame=\S+)", message.body
    ).group(1)


def test_join_sends_a_link_that_signs_the_member_in(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/members/join/", {"email": "new@example.org"})
    assert response.status_code == 200
    assert "Check your email" in response.content.decode()
    link = link_from(mail.outbox[0])

    # Opening the link shows a button; only pressing it uses the link.
    page = client.get(link)
    assert page.status_code == 200
    token = re.search(r'name="sesame" value="([^"]+)"', page.content.decode()).group(1)
    assert not Member.objects.get(email="new@example.org").is_confirmed

    response = client.post("/members/login/", {"sesame": token})
    assert response.status_code == 302
    assert response["Location"] == "/members/account/"
    assert Member.objects.get(email="new@example.org").is_confirmed
    assert "new@example.org" in client.get("/members/account/").content.decode()


def test_a_link_works_once(client, member):
    token = get_query_string(member.user).split("=", 1)[1]
    assert client.post("/members/login/", {"sesame": token}).status_code == 302
    client.logout()
    response = client.post("/members/login/", {"sesame": token})
    assert response.status_code == 400
    assert "no longer works" in response.content.decode()


def test_an_expired_link_is_refused(client, member, settings):
    token = get_query_string(member.user).split("=", 1)[1]
    settings.SESAME_MAX_AGE = -1
    response = client.post("/members/login/", {"sesame": token})
    assert response.status_code == 400
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("token", ["", "x", "A" * 200, "<script>"])
def test_broken_tokens_are_refused(client, token):
    assert client.post("/members/login/", {"sesame": token}).status_code == 400


def test_editors_cannot_sign_in_by_link(client):
    editor = get_user_model().objects.create_user(
        "ed", "ed@example.org", "pw", is_staff=True
    )
    token = get_query_string(editor).split("=", 1)[1]
    assert client.post("/members/login/", {"sesame": token}).status_code == 400


@pytest.mark.parametrize(
    "email", ["", "not-an-email", "a@b", "x" * 300 + "@example.org"]
)
def test_invalid_emails_get_a_form_error(client, email):
    response = client.post("/members/join/", {"email": email})
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert not Member.objects.exists()
    assert not mail.outbox


def test_rate_limit_has_a_clear_message(
    client, settings, django_capture_on_commit_callbacks
):
    settings.MASTHEAD_LOGIN_RATE_PER_EMAIL = "1/900"
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/members/join/", {"email": "a@example.org"})
        response = client.post("/members/join/", {"email": "a@example.org"})
    assert response.status_code == 429
    assert "Too many sign-in links" in response.content.decode()
    assert len(mail.outbox) == 1


def test_account_pages_need_a_member(client):
    for url in [
        "/members/account/",
        "/members/account/export/",
        "/members/account/delete/",
    ]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/members/join/")


def test_export_downloads_the_members_data(client, member):
    client.force_login(member.user)
    response = client.get("/members/account/export/")
    assert response["Content-Disposition"].startswith("attachment")
    assert json.loads(response.content)["email"] == "reader@example.org"


def test_deleting_the_account_erases_and_signs_out(client, member):
    client.force_login(member.user)
    assert client.get("/members/account/delete/").status_code == 200
    response = client.post("/members/account/delete/", {"confirm": "delete"})
    assert response.status_code == 200
    assert not Member.objects.filter(email="reader@example.org").exists()
    assert client.get("/members/account/").status_code == 302


@pytest.mark.parametrize(
    "amount", ["abc", "0.50", "1.234", "-5", "1e3", "10000.01", "NaN", "Infinity", ""]
)
def test_bad_donation_amounts_get_a_clear_error(client, member, amount):
    client.force_login(member.user)
    response = client.post("/members/support/", {"amount": amount})
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert not Donation.objects.exists()


def test_a_tampered_tier_is_refused(client, member):
    client.force_login(member.user)
    TierFactory(slug="real")
    response = client.post(
        "/members/support/", {"tier": "made-up", "interval": "month"}
    )
    assert response.status_code == 400
    response = client.post("/members/support/", {"tier": "real", "interval": "week"})
    assert response.status_code == 400


def test_stripe_down_is_a_clear_error_not_a_500(client, member):
    client.force_login(member.user)
    response = client.post("/members/support/", {"amount": "10"})
    assert response.status_code == 503
    assert "Payments are unavailable" in response.content.decode()


class FakeStripe(BaseHTTPRequestHandler):
    """Answers Checkout's create call the way Stripe's API does."""

    requests: list[dict] = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"])).decode()
        FakeStripe.requests.append({"path": self.path, "form": parse_qs(body)})
        payload = json.dumps(
            {
                "id": "cs_test_1",
                "object": "checkout.session",
                "url": "https://checkout.example/cs_test_1",
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture
def fake_stripe(settings):
    server = HTTPServer(("127.0.0.1", 0), FakeStripe)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.STRIPE_API_BASE = f"http://127.0.0.1:{server.server_port}"
    FakeStripe.requests = []
    yield FakeStripe.requests
    server.shutdown()


def test_a_donation_goes_to_checkout_with_our_amount(client, member, fake_stripe):
    client.force_login(member.user)
    response = client.post("/members/support/", {"amount": "12,50", "recurring": "on"})
    assert response.status_code == 302
    assert response["Location"] == "https://checkout.example/cs_test_1"
    form = fake_stripe[0]["form"]
    assert fake_stripe[0]["path"] == "/v1/checkout/sessions"
    assert form["line_items[0][price_data][unit_amount]"] == ["1250"]
    assert form["mode"] == ["subscription"]
    assert form["metadata[member]"] == [str(member.public_id)]
    assert "reader@example.org" in form["customer_email"]


def test_a_membership_goes_to_checkout_with_the_tiers_price(
    client, member, fake_stripe
):
    client.force_login(member.user)
    TierFactory(slug="gold", stripe_yearly_price_id="price_gold_year")
    response = client.post("/members/support/", {"tier": "gold", "interval": "year"})
    assert response.status_code == 302
    assert fake_stripe[0]["form"]["line_items[0][price]"] == ["price_gold_year"]


def test_signed_out_readers_sign_in_before_choosing_a_tier(client):
    TierFactory(slug="gold")
    response = client.post("/members/support/", {"tier": "gold", "interval": "month"})
    assert response.status_code == 302
    assert response["Location"] == "/members/join/"
