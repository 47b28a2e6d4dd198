"""Crawl every admin and API address as each kind of visitor: nobody gets a
page they should not (no unexpected 2xx).

Visitors: anonymous, a member, an editor who gave only the password, and a
reporter, an editor and an administrator signed in with their second
factor. Each admin URL pattern is filled with the id of a real object of its
kind, so views answer for a real thing, not a 404. Only the (visitor,
address) pairs where a 2xx would be wrong are requested; the
administrator's requests prove the addresses resolve (the crawl cannot pass
by reaching nothing).
"""

import re

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents.models import Document
from wagtail.models import Collection, GroupApprovalTask, Locale, Site, Workflow

from masthead.api.models import ContentAPIKey, OutgoingWebhook
from masthead.core.models import NewsImage
from masthead.editorial import audit
from masthead.editorial.roles import ADMINISTRATORS, EDITORS, REPORTERS
from masthead.editorial.tests.helpers import sign_in_to_admin
from masthead.news.models import ArticlePage, Correction, HomePage
from masthead.newsletters.models import Newsletter, Subscription, Suppression

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
        reason="the matrix is the same on every database; run once",
    ),
]

ANONYMOUS, MEMBER, REPORTER, EDITOR, ADMIN = (
    "anonymous",
    "member",
    "reporter",
    "editor",
    "administrator",
)
# An editor who gave the right password but not yet the second factor.
PASSWORD_ONLY = "editor without second factor"
EVERYONE = {ANONYMOUS, MEMBER, PASSWORD_ONLY, REPORTER, EDITOR, ADMIN}
STAFF = {REPORTER, EDITOR, ADMIN}
EDITORS_UP = {EDITOR, ADMIN}
ADMINS = {ADMIN}
NOBODY: set[str] = set()

# Who may get a 2xx, by URL name (first matching rule wins). Anything else
# under /admin/ is for staff; the content API needs a key, which no visitor
# here has.
RULES: list[tuple[str, set[str]]] = [
    # Sign-in, the second factor and password reset are for everyone.
    (r"^wagtailadmin_(login|password_reset.*)$", EVERYONE),
    (r"^editorial_2fa_", EVERYONE),
    (r"^wagtailadmin_(javascript_catalog|sprite)$", EVERYONE),
    (r"^content_api_schema$", EVERYONE),  # the API's published description
    # Member data, people, secrets and site configuration: administrators.
    (r"^wagtailsnippet(s|choosers)_members_", ADMINS),
    (r"^wagtailsnippet(s|choosers)_newsletters_(subscription|suppression)", ADMINS),
    (r"^wagtailsnippet(s|choosers)_editorial_auditevent", ADMINS),
    (r"^wagtailsnippet(s|choosers)_api_", ADMINS),
    (r"^wagtailsnippet(s|choosers)_campaigns_", ADMINS),
    (r"^wagtailusers_", ADMINS),
    (r"^wagtailsites", ADMINS),
    (r"^wagtaillocales", ADMINS),
    (r"^wagtailsettings", ADMINS),
    # Wagtail's chooser of review steps (their names) is for any editor.
    (r"^wagtailadmin_workflows:task_cho", STAFF),
    (r"^wagtailadmin_workflows:", ADMINS),
    (r"^wagtailadmin_collections", ADMINS),
    # Publishing, unpublishing, deleting and moving pages; corrections;
    # newsletters; redirects: editors.
    (r"^wagtailadmin_pages:(unpublish|delete|move)$", EDITORS_UP),
    # Wagtail shows the move confirmation to anyone who may edit the page but
    # refuses the move itself (tested below).
    (r"^wagtailadmin_pages:move_confirm$", STAFF),
    (r"^wagtailadmin_pages:(lock|unlock)$", EDITORS_UP),
    (r"^wagtailsnippets_news_correction:(add|edit)$", EDITORS_UP),
    (r"^newsletters_(compose|send)$", EDITORS_UP),
    (r"^wagtailredirects", EDITORS_UP),
    # The content API: a key, not a session.
    (r"^content_api", NOBODY),
]
NOT_CRAWLED = {
    # Changes state on GET by design of Wagtail (log out), or streams files.
    "wagtailadmin_logout",
    "wagtailadmin_account",
    # Wagtail's deliberate error page, for testing error reporting.
    "wagtailadmin_error_test",
}


def allowed(name: str, path: str) -> set[str]:
    for pattern, who in RULES:
        if re.search(pattern, name):
            return who
    return STAFF if path.startswith("admin/") else EVERYONE


def url_patterns(patterns=None, prefix="", namespace=""):
    patterns = get_resolver().url_patterns if patterns is None else patterns
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = namespace + (f"{entry.namespace}:" if entry.namespace else "")
            yield from url_patterns(
                entry.url_patterns, prefix + str(entry.pattern), inner
            )
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), namespace + (entry.name or "")


@pytest.fixture
def world(newsroom, staff, member):
    """One real object of each kind the admin shows."""
    article = ArticlePage.objects.filter(locale__language_code="en").first()
    newsletter = Newsletter.objects.create(name="Morning", slug="morning")
    Subscription.objects.create(newsletter=newsletter, email=member.email)
    Suppression.objects.create(email="bounced@example.org", reason="bounced")
    Correction.objects.create(article=article, text="A fix.")
    ContentAPIKey.objects.create(name="site")
    OutgoingWebhook.objects.create(name="hook", url="https://example.org/h")
    Redirect.objects.create(old_path="/old", redirect_page=article)
    document = Document.objects.create(title="Brief", file="documents/brief.pdf")
    people = {
        REPORTER: staff(REPORTERS),
        EDITOR: staff(EDITORS),
        ADMIN: staff(ADMINISTRATORS),
    }
    audit.record(action="masthead.test", user=people[ADMIN])
    ids = {
        "page": article.pk,
        "image": NewsImage.objects.first().pk,
        "document": document.pk,
        "user": member.user.pk,
        "group": Group.objects.get(name=EDITORS).pk,
        "collection": Collection.get_first_root_node().pk,
        "workflow": Workflow.objects.first().pk,
        "task": GroupApprovalTask.objects.first().pk,
        "site": Site.objects.first().pk,
        "locale": Locale.objects.first().pk,
        "redirect": Redirect.objects.first().pk,
        # Where a page could move to: the other language's home page.
        "destination": HomePage.objects.get(locale__language_code="uk").pk,
    }
    return {"people": people, "ids": ids, "member": member}


def object_id(name: str, ids: dict) -> int:
    """The id of a real object for the URL named ``name``."""
    snippet = re.match(r"wagtailsnippet(?:s|choosers)_(\w+?)_(\w+):", name)
    if snippet:
        model = apps.get_model(snippet[1], snippet[2])
        found = model.objects.order_by("pk").values_list("pk", flat=True).first()
        return found or 1
    for key, kinds in {
        "image": ("wagtailimages",),
        "document": ("wagtaildocs",),
        "user": ("wagtailusers_users",),
        "group": ("wagtailusers_groups",),
        "collection": ("wagtailadmin_collections",),
        "task": (
            "wagtailadmin_workflows:edit_task",
            "wagtailadmin_workflows:disable_task",
            "wagtailadmin_workflows:enable_task",
        ),
        "workflow": ("wagtailadmin_workflows",),
        "site": ("wagtailsites",),
        "locale": ("wagtaillocales",),
        "redirect": ("wagtailredirects",),
    }.items():
        if name.startswith(kinds):
            return ids[key]
    return ids["page"]


def concrete(path: str, name: str, ids: dict) -> str | None:
    """``path`` with its parameters filled, or None when it cannot be."""
    if path.startswith("^") or "(?P" in path or "(" in path:
        return None  # regular expressions: the media and document servers
    number = object_id(name, ids)

    def fill(match: re.Match) -> str:
        converter, param = match[1], match[2]
        if param == "destination_id":
            return str(ids["destination"])
        if converter in {"int", "path"} or param in {"pk", "object_id", "page_id"}:
            return str(number)
        if param == "app_label":
            return "news"
        if param == "model_name":
            return "author"
        return "x"

    return "/" + re.sub(r"<(?:(\w+):)?(\w+)>", fill, path)


def visitors(world) -> dict[str, Client]:
    clients = {ANONYMOUS: Client()}
    clients[MEMBER] = Client()
    clients[MEMBER].force_login(world["member"].user)
    for role, user in world["people"].items():
        clients[role] = Client()
        sign_in_to_admin(clients[role], user)
    clients[PASSWORD_ONLY] = Client()
    clients[PASSWORD_ONLY].force_login(world["people"][EDITOR])
    return clients


def test_no_visitor_gets_an_admin_or_api_page_they_should_not(world):
    clients = visitors(world)
    unexpected = []
    crawled = 0
    admin_reached = set()
    for path, name in url_patterns():
        if not (path.startswith("admin/") or path.startswith("ghost/api/")):
            continue
        if name in NOT_CRAWLED:
            continue
        url = concrete(path, name, world["ids"])
        if url is None:
            continue
        who = allowed(name, path)
        for role, client in clients.items():
            if role in who and role != ADMIN:
                continue  # any answer is fine: not requested
            response = client.get(url)
            crawled += 1
            ok = 200 <= response.status_code < 300
            if role == ADMIN:
                if ok:
                    admin_reached.add(name)
                if ok and ADMIN not in who:
                    unexpected.append((role, url, name, response.status_code))
            elif ok:
                unexpected.append((role, url, name, response.status_code))
    assert not unexpected, "\n".join(map(str, unexpected))
    assert crawled > 800
    # The addresses resolve to real things: administrators reach them.
    for needed in (
        "wagtailsnippets_members_member:list",
        "wagtailsnippets_members_member:inspect",
        "wagtailusers_users:edit",
        "wagtailsnippets_newsletters_subscription:list",
        "wagtailsnippets_editorial_auditevent:list",
        "wagtailsnippets_api_contentapikey:edit",
        "wagtailadmin_pages:unpublish",
        "wagtailadmin_pages:delete",
        "wagtailsnippets_news_correction:edit",
    ):
        assert needed in admin_reached, needed
    assert len(admin_reached) > 150


def test_the_member_data_an_administrator_sees_is_refused_to_others(world):
    clients = visitors(world)
    member = world["member"]
    url = f"/admin/snippets/members/member/inspect/{member.pk}/"
    assert clients[ADMIN].get(url).status_code == 200
    for role in (ANONYMOUS, MEMBER, REPORTER, EDITOR):
        response = clients[role].get(url)
        assert response.status_code in (302, 403), role
        assert member.email.encode() not in response.content
    assert member.email.encode() in clients[ADMIN].get(url).content
    # Searching the chooser by address would tell who is a member.
    chooser = f"/admin/snippets/choose/members/member/?q={member.email}"
    assert str(member).encode() in clients[ADMIN].get(chooser).content
    for role in (REPORTER, EDITOR):
        assert clients[role].get(chooser).status_code == 403
    user_url = f"/admin/users/{get_user_model().objects.get(pk=member.user.pk).pk}/"
    assert clients[REPORTER].get(user_url).status_code in (302, 403, 404)


def test_a_reporter_cannot_move_or_delete_a_published_story(world):
    clients = visitors(world)
    article = ArticlePage.objects.get(pk=world["ids"]["page"])
    parent = article.get_parent().pk
    destination = world["ids"]["destination"]
    clients[REPORTER].post(f"/admin/pages/{article.pk}/move/{destination}/confirm/")
    clients[REPORTER].post(f"/admin/pages/{article.pk}/delete/")
    clients[REPORTER].post(f"/admin/pages/{article.pk}/unpublish/")
    article.refresh_from_db()
    assert article.live
    assert article.get_parent().pk == parent
