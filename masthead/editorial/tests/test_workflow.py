"""Roles and the review workflow, through the Wagtail admin as each role."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from masthead.editorial.roles import ADMINISTRATORS, EDITORS, REPORTERS
from masthead.news.models import ArticlePage
from masthead.news.tests.factories import ArticlePageFactory, AuthorFactory

pytestmark = pytest.mark.django_db


def article_form(author, *, action: str, title: str = "Bridge reopens") -> dict:
    data = {
        "work_type": "news",
        "title": title,
        "slug": "bridge-reopens",
        "standfirst": "The river bridge carries traffic again.",
        "hero_caption": "",
        "article_authors": inline_formset([{"author": author.pk}], min=1),
        "related_stories": inline_formset([]),
        "body": streamfield([("paragraph", rich_text("<p>Cars crossed at six.</p>"))]),
        "verification_status": "",
        "verification_note": "",
        "sourcing_notes": "",
        "visibility": "public",
    }
    if action:
        data[f"action-{action}"] = action
    return nested_form_data(data)


def test_roles_come_from_a_migration_with_a_newsroom_s_permissions(staff, home_page):
    reporter, editor, admin = staff(REPORTERS), staff(EDITORS), staff(ADMINISTRATORS)
    article = ArticlePageFactory(parent=home_page)

    assert article.permissions_for_user(reporter).can_edit()
    assert not article.permissions_for_user(reporter).can_publish()
    assert not article.permissions_for_user(reporter).can_unpublish()
    assert article.permissions_for_user(editor).can_publish()
    assert article.permissions_for_user(editor).can_unpublish()
    assert article.permissions_for_user(admin).can_publish()
    # Member data is for admins only.
    for perm in ("members.view_member", "members.change_member"):
        assert not reporter.has_perm(perm)
        assert not editor.has_perm(perm)
        assert admin.has_perm(perm)
    assert reporter.has_perm("wagtailadmin.access_admin")
    assert not reporter.has_perm("news.add_correction")
    assert editor.has_perm("news.add_correction")
    assert not editor.has_perm("news.delete_correction")
    assert not Group.objects.filter(name="Moderators").exists()


def test_a_reporter_cannot_publish_even_by_posting_the_publish_action(
    staff, client, home_page
):
    client.force_login(staff(REPORTERS))
    author = AuthorFactory()
    response = client.post(
        f"/admin/pages/add/news/articlepage/{home_page.pk}/",
        article_form(author, action="publish"),
    )
    assert response.status_code in (302, 403)
    article = ArticlePage.objects.filter(slug="bridge-reopens").first()
    assert article is None or not article.live
    assert client.get("/bridge-reopens/").status_code == 404


def test_reporter_submits_editor_sends_back_with_a_comment_then_approves(
    staff, client, home_page
):
    reporter, editor = staff(REPORTERS), staff(EDITORS)
    author = AuthorFactory()
    client.force_login(reporter)
    response = client.post(
        f"/admin/pages/add/news/articlepage/{home_page.pk}/",
        article_form(author, action="submit"),
    )
    assert response.status_code == 302
    article = ArticlePage.objects.get(slug="bridge-reopens")
    assert not article.live
    state = WorkflowState.objects.get(object_id=str(article.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Editorial review"
    task_state = state.current_task_state
    # The editors hear of it by email.
    assert any(editor.email in message.to for message in mail.outbox)

    # The reporter cannot approve their own story.
    response = client.post(
        f"/admin/pages/workflow/action/{article.pk}/approve/{task_state.pk}/",
        {"comment": ""},
    )
    task_state.refresh_from_db()
    assert task_state.status == "in_progress"

    client.force_login(editor)
    mail.outbox.clear()
    client.post(
        f"/admin/pages/workflow/action/{article.pk}/reject/{task_state.pk}/",
        {"comment": "Name the second witness, please."},
    )
    # The reporter hears of it, with the comment.
    to_reporter = [m for m in mail.outbox if reporter.email in m.to]
    assert to_reporter
    assert "Name the second witness" in to_reporter[0].body
    task_state.refresh_from_db()
    state.refresh_from_db()
    assert task_state.status == "rejected"
    assert task_state.comment == "Name the second witness, please."
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    article.refresh_from_db()
    assert not article.live

    # The reporter fixes it and resubmits; the editor approves: it is live.
    client.force_login(reporter)
    response = client.post(
        f"/admin/pages/{article.pk}/edit/",
        article_form(author, action="submit", title="Bridge reopens to cars"),
    )
    assert response.status_code == 302
    state.refresh_from_db()
    task_state = state.current_task_state
    assert task_state.status == "in_progress"
    client.force_login(editor)
    client.post(
        f"/admin/pages/workflow/action/{article.pk}/approve/{task_state.pk}/",
        {"comment": ""},
    )
    article.refresh_from_db()
    assert article.live
    assert article.title == "Bridge reopens to cars"
    assert b"Bridge reopens to cars" in client.get("/bridge-reopens/").content
