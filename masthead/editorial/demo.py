"""Demo content for the roles and the review workflow: a reporter and an
editor, and a reporter's story waiting for the editor's review."""

import json

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Page

from masthead.editorial.roles import EDITORS, REPORTERS
from masthead.news.models import ArticleAuthor, ArticlePage, Author, HomePage

IN_REVIEW = {
    "slug": "night-buses-return-to-lower-town",
    "title": "Night buses return to Lower Town after curfew change",
    "standfirst": "Two routes will run until 23:30 from Monday, the transport "
    "department says.",
    "text": "The transport department confirmed the new timetable by phone; the "
    "reporter is waiting for the second route's stop list.",
}


def demo_user(username: str, role: str, password: str):
    user, created = get_user_model().objects.get_or_create(
        username=username,
        defaults={"email": f"{username}@example.org", "first_name": username.title()},
    )
    if created or password:
        user.set_password(password)
        user.save()
    user.groups.add(Group.objects.get(name=role))
    return user


@transaction.atomic
def load_demo_roles(*, password: str = "", **kwargs) -> None:
    if not password or not Group.objects.filter(name=REPORTERS).exists():
        return
    reporter = demo_user("reporter", REPORTERS, password)
    demo_user("editor", EDITORS, password)
    if ArticlePage.objects.filter(slug=IN_REVIEW["slug"]).exists():
        return
    home = HomePage.objects.filter(locale__language_code="en").first()
    author = Author.objects.filter(locale__language_code="en").first()
    if home is None or author is None:
        return
    story = ArticlePage(
        title=IN_REVIEW["title"],
        slug=IN_REVIEW["slug"],
        standfirst=IN_REVIEW["standfirst"],
        body=json.dumps(
            [{"type": "paragraph", "value": f"<p>{IN_REVIEW['text']}</p>"}]
        ),
        live=False,
        owner=reporter,
    )
    story.article_authors = [ArticleAuthor(author=author, sort_order=0)]
    home.add_child(instance=story)
    story.save_revision(user=reporter, log_action=False)
    workflow = Page.objects.get(pk=story.pk).get_workflow()
    if workflow is not None:
        workflow.start(story, reporter)
