"""Editor accounts: a second factor, throttled passwords, the audit log and
recovery from a hijacked account."""

import time
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Revision

from masthead.editorial.models import AuditEvent
from masthead.editorial.roles import ADMINISTRATORS, EDITORS, REPORTERS
from masthead.editorial.tests.helpers import sign_in_to_admin
from masthead.news.models import ArticlePage
from masthead.news.tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-staff-password"


def code_for(device: TOTPDevice, *, offset: int = 0) -> str:
    return f"{totp(device.bin_key, step=device.step, drift=offset):06d}"


def password_login(client, username: str, password: str = PASSWORD, ip="10.0.0.1"):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=ip,
    )


@pytest.mark.parametrize("role", [REPORTERS, EDITORS, ADMINISTRATORS])
def test_every_admin_role_must_enrol_a_second_factor(client, staff, role):
    user = staff(role)
    assert password_login(client, user.username).status_code == 302
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/two-step/setup/")

    setup = client.get(response["Location"])
    assert b"<svg" in setup.content
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    assert (
        client.post(
            "/admin/two-step/setup/", {"code": "000000", "next": "/admin/pages/"}
        ).status_code
        == 200
    )
    device.refresh_from_db()
    assert not device.confirmed
    # A wrong code slows the next try down (django-otp's throttling): wait.
    time.sleep(1.1)
    done = client.post(
        "/admin/two-step/setup/", {"code": code_for(device), "next": "/admin/pages/"}
    )
    assert done.status_code == 200
    assert len(done.context["codes"]) == 10
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/pages/").status_code == 200
    # The owner is told, in case it was not them.
    assert [m.to for m in mail.outbox] == [[user.email]]
    assert "someone has your password" in mail.outbox[0].body
    # A second app cannot be paired from a session.
    assert client.get("/admin/two-step/setup/")["Location"] == "/admin/"
    assert TOTPDevice.objects.filter(user=user).count() == 1


def test_superusers_too(client, db):
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_superuser("root", "root@example.org", PASSWORD)
    password_login(client, "root")
    assert client.get("/admin/")["Location"].startswith("/admin/two-step/setup/")


def test_a_password_alone_does_not_open_the_admin(client, staff):
    user = staff(EDITORS)
    device = TOTPDevice.objects.create(user=user, name="phone")
    password_login(client, user.username)
    response = client.get("/admin/pages/")
    assert response["Location"].startswith("/admin/two-step/?next=")
    # Enrolling another device needs the first one.
    assert client.get("/admin/two-step/setup/")["Location"] == "/admin/two-step/"
    wrong = client.post("/admin/two-step/", {"code": "123456"})
    assert "not right" in wrong.content.decode()
    assert client.get("/admin/pages/").status_code == 302
    time.sleep(1.1)
    ok = client.post(
        "/admin/two-step/", {"code": code_for(device), "next": "/admin/pages/"}
    )
    assert ok["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200
    assert AuditEvent.objects.filter(action="masthead.2fa.failed", user=user).exists()


def test_an_outside_next_address_is_ignored(client, staff):
    user = staff(EDITORS)
    device = TOTPDevice.objects.create(user=user, name="phone")
    password_login(client, user.username)
    response = client.post(
        "/admin/two-step/", {"code": code_for(device), "next": "https://evil.example/"}
    )
    assert response["Location"] == "/admin/"


def test_a_backup_code_works_once(client, staff):
    user = staff(EDITORS)
    first = Client()
    sign_in_to_admin(first, user)
    from masthead.editorial.twofactor import issue_backup_codes

    codes = issue_backup_codes(user)
    password_login(client, user.username)
    assert client.post("/admin/two-step/", {"code": codes[0]}).status_code == 302
    assert client.get("/admin/pages/").status_code == 200
    client.logout()
    password_login(client, user.username)
    reused = client.post("/admin/two-step/", {"code": codes[0]})
    assert reused.status_code == 200
    assert StaticToken.objects.filter(device__user=user).count() == 9


def test_members_are_not_asked_for_a_second_factor(client, member):
    client.force_login(member.user)
    assert client.get("/members/account/").status_code == 200


def test_five_wrong_passwords_lock_that_account_from_that_address_only(client, staff):
    editor = staff(EDITORS)
    device = TOTPDevice.objects.create(user=editor, name="phone")
    attacker = Client()
    for _ in range(5):
        response = password_login(attacker, editor.username, "guess", ip="203.0.113.9")
        assert response.status_code in (200, 429)
    # Locked from the attacker's address, even with the right password.
    locked = password_login(attacker, editor.username, ip="203.0.113.9")
    assert locked.status_code == 429
    assert "Too many attempts" in locked.content.decode()
    assert AuditEvent.objects.filter(action="masthead.login.locked_out").exists()
    failures = AuditEvent.objects.filter(action="masthead.login.failed")
    assert failures.count() >= 5
    assert all("guess" not in str(event.data) for event in failures)

    # The real editor, elsewhere, signs in with password and code.
    assert password_login(client, editor.username, ip="198.51.100.7").status_code == 302
    client.post(
        "/admin/two-step/", {"code": code_for(device)}, REMOTE_ADDR="198.51.100.7"
    )
    assert client.get("/admin/pages/", REMOTE_ADDR="198.51.100.7").status_code == 200


def test_publishing_and_permission_changes_are_audited_with_the_ip(
    client, staff, home_page
):
    editor = staff(EDITORS)
    sign_in_to_admin(client, editor)
    article = ArticlePageFactory(parent=home_page, live=False, first_published_at=None)
    article.save_revision(user=editor).publish(user=editor)
    response = client.post(
        f"/admin/pages/{article.pk}/unpublish/", REMOTE_ADDR="192.0.2.44"
    )
    assert response.status_code == 302
    assert not ArticlePage.objects.get(pk=article.pk).live
    unpublished = AuditEvent.objects.filter(
        action="wagtail.unpublish", object_id=str(article.pk)
    )
    assert {(e.user, e.ip_address) for e in unpublished} == {(editor, "192.0.2.44")}
    assert AuditEvent.objects.filter(
        action="wagtail.publish", object_id=str(article.pk), user=editor
    ).exists()

    admin = staff(ADMINISTRATORS)
    other = Client()
    sign_in_to_admin(other, admin)
    reporter = staff(REPORTERS)
    reporter.groups.add(Group.objects.get(name=EDITORS))
    changes = AuditEvent.objects.filter(
        action="masthead.permissions.add", object_id=str(reporter.pk)
    )
    assert [event.data["changed"] for event in changes] == [[EDITORS], [REPORTERS]]
    reporter.is_superuser = True
    reporter.save()
    assert AuditEvent.objects.filter(
        action="masthead.user.flags", object_id=str(reporter.pk)
    ).get().data == {"is_superuser": True}


def test_a_hijacked_editor_publishes_50_pages_and_one_command_recovers(
    client, staff, home_page, page_cache
):
    owner = staff(EDITORS, "owner")
    victim = staff(EDITORS, "victim")
    stories = []
    for number in range(50):
        article = ArticlePageFactory(
            parent=home_page,
            slug=f"story-{number}",
            title=f"Original story {number}",
            live=False,
            first_published_at=None,
        )
        article.save_revision(user=owner).publish(user=owner)
        stories.append(ArticlePage.objects.get(pk=article.pk))
    reader = Client()
    reader.get("/story-7/")
    assert reader.get("/story-7/")["X-Masthead-Cache"] == "hit"

    since = timezone.now()
    hijacker = Client()
    sign_in_to_admin(hijacker, victim)
    for story in stories:
        story.title = "Defaced"
        story.save_revision(user=victim).publish(user=victim)
    forged = ArticlePageFactory(
        parent=home_page, slug="forged", live=False, first_published_at=None
    )
    forged.title = "Forged statement"
    forged.save_revision(user=victim).publish(user=victim)
    # A scheduled defacement, for later.
    stories[8].title = "Defaced later"
    stories[8].go_live_at = timezone.now() + timedelta(hours=1)
    stories[8].save_revision(user=victim).publish(user=victim)
    assert "Defaced" in reader.get("/story-7/").content.decode()
    assert reader.get("/forged/").status_code == 200

    call_command("recover_account", "victim", "--since", since.isoformat())

    for story in stories:
        story.refresh_from_db()
        assert story.title.startswith("Original story")
        assert story.live
    assert "Original story 7" in reader.get("/story-7/").content.decode()
    assert reader.get("/forged/").status_code == 404
    assert "Defaced" not in reader.get("/").content.decode()
    # The attacker's session is gone; the password and devices no longer work.
    assert hijacker.get("/admin/pages/")["Location"].startswith("/admin/login/")
    victim.refresh_from_db()
    assert not victim.has_usable_password()
    assert not TOTPDevice.objects.filter(user=victim).exists()
    assert not Revision.objects.filter(approved_go_live_at__isnull=False).exists()
    reverted = AuditEvent.objects.get(action="masthead.account.reverted")
    assert reverted.data["schedules_cancelled"] == 1
    assert reverted.data["failed"] == []
    assert len(reverted.data["restored"]) == 50
    assert reverted.data["taken_offline"] == [forged.pk]


def test_recovery_refuses_a_bad_window(staff):
    staff(EDITORS, "someone")
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="date and time"):
        call_command("recover_account", "someone", "--since", "yesterday")
    with pytest.raises(CommandError, match="after"):
        call_command(
            "recover_account",
            "someone",
            "--since",
            timezone.now().isoformat(),
            "--until",
            (timezone.now() - timedelta(hours=1)).isoformat(),
        )
    with pytest.raises(CommandError, match="No user"):
        call_command("recover_account", "nobody", "--since", "2026-01-01T00:00")
