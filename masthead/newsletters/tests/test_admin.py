import uuid

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from masthead.editorial.tests.helpers import sign_in_to_admin
from masthead.newsletters.models import Send
from masthead.newsletters.tests.factories import NewsletterFactory, subscribe_many

pytestmark = pytest.mark.django_db


@pytest.fixture
def newsletter():
    newsletter = NewsletterFactory(name="Evening Edition")
    subscribe_many(newsletter, 3)
    return newsletter


def compose_url(article) -> str:
    return f"/admin/newsletters/compose/{article.pk}/"


def test_the_article_editor_offers_send_as_newsletter(editor_client, live_article):
    page = editor_client.get(f"/admin/pages/{live_article.pk}/edit/").content.decode()
    assert compose_url(live_article) in page


def test_compose_shows_a_preview_of_the_email(editor_client, live_article, newsletter):
    page = editor_client.get(compose_url(live_article))
    assert page.status_code == 200
    assert "Evening Edition" in page.content.decode()
    preview = editor_client.get(
        f"/admin/newsletters/preview/{live_article.pk}/?newsletter={newsletter.pk}"
    )
    assert preview.status_code == 200
    assert live_article.title in preview.content.decode()
    assert preview["X-Frame-Options"] == "SAMEORIGIN"


def test_a_test_send_goes_to_the_editor_only(
    editor_client, live_article, newsletter, smtp_server
):
    response = editor_client.post(
        compose_url(live_article),
        {
            "newsletter": newsletter.pk,
            "subject": "Proof",
            "request_key": uuid.uuid4(),
            "action": "test",
        },
    )
    assert response.status_code == 200
    assert [m["To"] for m in smtp_server.messages] == ["editor@example.org"]
    assert smtp_server.messages[0]["Subject"] == "[TEST] Proof"
    assert not Send.objects.exists()


def test_sending_needs_the_confirmation_box(editor_client, live_article, newsletter):
    response = editor_client.post(
        compose_url(live_article),
        {
            "newsletter": newsletter.pk,
            "subject": "S",
            "request_key": uuid.uuid4(),
            "action": "send",
        },
    )
    assert response.status_code == 200
    assert "Tick the box" in response.content.decode()
    assert not Send.objects.exists()


def test_send_to_the_list_then_watch_progress(
    editor_client,
    live_article,
    newsletter,
    smtp_server,
    django_capture_on_commit_callbacks,
):
    data = {
        "newsletter": newsletter.pk,
        "subject": "Tonight's lead",
        "request_key": uuid.uuid4(),
        "action": "send",
        "confirm": "yes",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(compose_url(live_article), data)
        again = editor_client.post(compose_url(live_article), data)  # double click
    send = Send.objects.get()
    assert (
        response["Location"]
        == again["Location"]
        == f"/admin/newsletters/sends/{send.pk}/"
    )
    assert sorted(m["To"] for m in smtp_server.messages) == [
        f"reader{i}@example.org" for i in range(3)
    ]
    progress = editor_client.get(response["Location"]).content.decode()
    assert 'data-count="sent">3<' in progress
    assert 'data-count="remaining">0<' in progress
    listing = editor_client.get("/admin/snippets/newsletters/send/").content.decode()
    assert "Tonight&#x27;s lead" in listing
    assert f'href="/admin/newsletters/sends/{send.pk}/"' in listing


def test_staff_without_the_permission_cannot_send(client, live_article, newsletter):
    user = get_user_model().objects.create_user(
        "reporter", "r@example.org", "pw-long-1"
    )
    group = Group.objects.create(name="Newsroom staff")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    sign_in_to_admin(client, user)
    refused = client.get(compose_url(live_article))  # Wagtail: back to the dashboard
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    data = {
        "newsletter": newsletter.pk,
        "subject": "x",
        "request_key": uuid.uuid4(),
        "action": "send",
        "confirm": "yes",
    }
    assert client.post(compose_url(live_article), data)["Location"] == "/admin/"
    assert not Send.objects.exists()


def test_a_reused_form_cannot_send_to_another_list(
    editor_client, live_article, newsletter, django_capture_on_commit_callbacks
):
    other = NewsletterFactory(name="Weekend")
    data = {
        "newsletter": newsletter.pk,
        "subject": "S",
        "request_key": uuid.uuid4(),
        "action": "send",
        "confirm": "yes",
    }
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(compose_url(live_article), data)
        again = editor_client.post(
            compose_url(live_article), data | {"newsletter": other.pk}
        )
    assert "Reload the page to send again" in again.content.decode()
    assert list(Send.objects.values_list("newsletter", flat=True)) == [newsletter.pk]


@pytest.mark.parametrize("value", ["abc", "1.5", "²", "9" * 5000, ""])
def test_hostile_newsletter_values_never_500(
    editor_client, live_article, newsletter, value
):
    preview = editor_client.get(
        f"/admin/newsletters/preview/{live_article.pk}/", {"newsletter": value}
    )
    assert preview.status_code == 200
    response = editor_client.post(
        compose_url(live_article),
        {
            "newsletter": value,
            "subject": "S",
            "request_key": uuid.uuid4(),
            "action": "send",
        },
    )
    assert response.status_code == 200
    assert not Send.objects.exists()
