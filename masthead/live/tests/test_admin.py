"""Editors post, edit, delete and promote live entries in the Wagtail admin."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, PageLogEntry
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from masthead.editorial.tests.helpers import sign_in_to_admin
from masthead.live.models import LiveEntry
from masthead.live.tests.factories import (
    LiveBlogPageFactory,
    LiveEntryFactory,
    text_body,
)
from masthead.news.models import ArticlePage
from masthead.news.tests.factories import AuthorFactory, TopicFactory

pytestmark = pytest.mark.django_db

ENTRIES = "/admin/live/entries/"


def staff_user(username: str, *groups: str):
    """A user who may enter the admin, in ``groups``."""
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", "a-long-test-password", is_staff=True
    )
    access = Group.objects.get_or_create(name="Admin access")[0]
    access.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(access)
    for name in groups:
        user.groups.add(Group.objects.get_or_create(name=name)[0])
    return user


@pytest.fixture
def live_page(home_page):
    reed = AuthorFactory(name="Ada Reed")
    river = TopicFactory(name="River")
    return LiveBlogPageFactory(
        parent=home_page, title="Flood", slug="flood", authors=[reed], topics=[river]
    )


@pytest.fixture
def editor(client, home_page):
    """A member of the Editors group, who may also add pages to the home page."""
    user = staff_user("desk", "Editors")
    GroupPagePermission.objects.get_or_create(
        group=Group.objects.get(name="Editors"),
        page=home_page,
        permission=Permission.objects.get(codename="add_page"),
    )
    sign_in_to_admin(client, user)
    return user


def entry_form(page, **values) -> dict:
    data = {
        "page": page.pk,
        "headline": "Bridge closed",
        "body": streamfield([("text", rich_text("<p>No cars on the bridge.</p>"))]),
        "author": "",
        "posted_at": "2026-11-27 10:00:00",
        **values,
    }
    return nested_form_data(data)


def test_editors_group_may_post_and_reporters_may_not():
    editor = staff_user("e", "Editors")
    reporter = staff_user("r", "Reporters")
    for action in ("add", "change", "delete"):
        assert editor.has_perm(f"live.{action}_liveentry")
        assert not reporter.has_perm(f"live.{action}_liveentry")


def test_live_page_edit_screen_offers_to_post_an_entry(client, editor, live_page):
    response = client.get(f"/admin/pages/{live_page.pk}/edit/")
    assert response.status_code == 200
    assert f'href="{ENTRIES}add/?page={live_page.pk}"'.encode() in response.content

    form = client.get(f"{ENTRIES}add/?page={live_page.pk}")
    assert form.status_code == 200
    assert form.context["form"].initial["page"] == live_page.pk


def test_an_editor_posts_edits_and_deletes_an_entry(client, editor, live_page):
    response = client.post(f"{ENTRIES}add/", entry_form(live_page, is_key_event="on"))
    assert response.status_code == 302, response.context["form"].errors
    entry = LiveEntry.objects.get()
    assert entry.page == live_page
    assert entry.posted_by == editor
    assert entry.is_key_event
    assert entry.body_text() == "No cars on the bridge."
    assert b"Bridge closed" in client.get("/flood/").content

    response = client.post(
        f"{ENTRIES}edit/{entry.pk}/", entry_form(live_page, headline="Bridge open")
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.headline == "Bridge open"
    assert not entry.is_key_event

    response = client.post(f"{ENTRIES}delete/{entry.pk}/")
    assert response.status_code == 302
    assert not LiveEntry.objects.exists()


def test_entries_are_listed_by_live_page(client, editor, live_page, home_page):
    other = LiveBlogPageFactory(parent=home_page, slug="other")
    LiveEntryFactory(page=live_page, headline="Flood entry")
    LiveEntryFactory(page=other, headline="Other entry")
    response = client.get(f"{ENTRIES}?page={live_page.pk}")
    assert response.status_code == 200
    assert b"Flood entry" in response.content
    assert b"Other entry" not in response.content


def test_users_without_permission_cannot_touch_entries(client, live_page):
    entry = LiveEntryFactory(page=live_page)
    sign_in_to_admin(client, staff_user("reporter", "Reporters"))
    for url in (f"{ENTRIES}add/", f"{ENTRIES}edit/{entry.pk}/"):
        response = client.get(url)
        assert response.status_code in (302, 403), url
    response = client.post(f"{ENTRIES}add/", entry_form(live_page))
    assert response.status_code in (302, 403)
    response = client.post(f"{ENTRIES}delete/{entry.pk}/")
    assert response.status_code in (302, 403)
    assert LiveEntry.objects.get() == entry
    response = client.post(f"{ENTRIES}{entry.pk}/promote/")
    assert response.status_code in (302, 403)  # the admin redirects with a message
    assert LiveEntry.objects.get().promoted_to is None
    edit = client.get(f"/admin/pages/{live_page.pk}/edit/")
    assert b"Post a live entry" not in edit.content


def test_promote_creates_a_draft_article_from_the_entry(client, editor, live_page):
    entry = LiveEntryFactory(
        page=live_page,
        headline="Island evacuated",
        body=text_body("Buses leave every half hour.", "Pets are allowed."),
    )
    confirm = client.get(f"{ENTRIES}{entry.pk}/promote/")
    assert confirm.status_code == 200
    assert b"csrfmiddlewaretoken" in confirm.content
    edit = client.get(f"{ENTRIES}edit/{entry.pk}/")
    assert f"{ENTRIES}{entry.pk}/promote/".encode() in edit.content

    response = client.post(f"{ENTRIES}{entry.pk}/promote/")

    article = ArticlePage.objects.exclude(pk=live_page.pk).get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{article.pk}/edit/"
    assert not article.live
    assert article.get_parent().specific == live_page.get_parent().specific
    assert article.title == "Island evacuated"
    assert article.standfirst == "Buses leave every half hour."
    assert [b.block_type for b in article.body] == ["paragraph", "paragraph"]
    assert article.body[1].value.source == "<p>Pets are allowed.</p>"
    assert [a.author.name for a in article.article_authors.all()] == ["Ada Reed"]
    assert [t.name for t in article.topics.all()] == ["River"]
    assert article.get_latest_revision() is not None
    entry.refresh_from_db()
    assert entry.promoted_to_id == article.pk
    log = PageLogEntry.objects.get(page=article, action="live.promote_entry")
    assert log.user == editor

    client.post(f"{ENTRIES}{entry.pk}/promote/")  # again: nothing new
    assert ArticlePage.objects.exclude(pk=live_page.pk).count() == 1


def test_promote_without_headline_uses_the_page_and_time(client, editor, live_page):
    author = AuthorFactory(name="Lev Dan")
    entry = LiveEntryFactory(page=live_page, headline="", author=author)
    client.post(f"{ENTRIES}{entry.pk}/promote/")
    article = ArticlePage.objects.exclude(pk=live_page.pk).get()
    assert article.title.startswith("Flood: ")
    assert [a.author.name for a in article.article_authors.all()] == ["Lev Dan"]


def test_promote_needs_a_post(client, editor, live_page):
    entry = LiveEntryFactory(page=live_page)
    client.get(f"{ENTRIES}{entry.pk}/promote/")
    assert LiveEntry.objects.get().promoted_to is None


def test_promote_is_protected_against_cross_site_posts(editor, live_page):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    sign_in_to_admin(client, editor)
    entry = LiveEntryFactory(page=live_page)
    response = client.post(f"{ENTRIES}{entry.pk}/promote/")
    assert response.status_code == 403
    assert LiveEntry.objects.get().promoted_to is None
