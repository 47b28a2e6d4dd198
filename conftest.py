"""Fixtures shared by every app's tests."""

import logging
import os
import shutil
import socket
import subprocess
import tempfile
import time

import pytest
from django.core.cache import cache, caches
from django.db import transaction
from django.test.utils import override_settings

from masthead.core import i18n, pagecache

CHROMIUM = os.environ.get("MASTHEAD_CHROMIUM", "/usr/bin/chromium")
# Every log line of the run, scanned for secrets when the session ends.
LOG_RECORD = logging.FileHandler(
    os.path.join(tempfile.mkdtemp(prefix="masthead-logs-"), "run.log"),
    encoding="utf-8",
    delay=True,
)
LOG_RECORD.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
# First of the root's handlers: it records each line as the code logged it,
# before the console's redacting filter (settings.LOGGING) rewrites it, so the
# scan catches what the code itself logs. Django configured logging already.
logging.getLogger().handlers.insert(0, LOG_RECORD)
# aiosmtpd, the tests' own mail server, logs every envelope address at INFO;
# it is not part of Masthead and never runs in production.
logging.getLogger("mail.log").setLevel(logging.WARNING)

# Tasks (emails, search indexing, newsletter sends) run where they are
# enqueued, also in module-scoped fixtures that load before any test's
# settings; tests of the worker choose the database backend themselves.
override_settings(
    TASKS={"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
).enable()


@pytest.fixture(autouse=True)
def recorded_logs():
    """Record every log line of the run (``LOG_RECORD``) at the levels the
    settings configure, whatever a test did to the handlers."""
    root = logging.getLogger()
    if root.handlers[:1] != [LOG_RECORD]:
        if LOG_RECORD in root.handlers:
            root.removeHandler(LOG_RECORD)
        root.handlers.insert(0, LOG_RECORD)
    return LOG_RECORD


def pytest_sessionfinish(session, exitstatus):
    """Fail the run if any log line held a secret or an email address."""
    from masthead.core.logscan import find_secrets

    LOG_RECORD.close()
    path = LOG_RECORD.baseFilename
    if not os.path.exists(path):
        return
    with open(path, encoding="utf-8", errors="replace") as lines:
        findings = find_secrets(lines)
    if findings:
        shown = "\n".join(f"  {finding}" for finding in findings[:30])
        session.config.get_terminal_writer().line(
            f"\nSecrets or personal data in {len(findings)} place(s) of the "
            f"log lines of this run ({path}):\n{shown}",
            red=True,
        )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(scope="session")
def media_root(tmp_path_factory):
    """One folder for the uploads of the whole test session."""
    return tmp_path_factory.mktemp("media")


@pytest.fixture(autouse=True)
def isolated_files_and_cache(settings, media_root):
    """Keep uploads out of the project and give each test an empty cache.

    The cache outlives a test's database transaction, so cached routing,
    settings or renditions of one test must not leak into the next. Static
    files use the plain storage: tests do not run ``collectstatic``.
    """
    settings.MEDIA_ROOT = media_root
    settings.STRIPE_WEBHOOK_SECRET = "whsec_test_secret"
    settings.STRIPE_SECRET_KEY = "sk_test_masthead"
    # Nothing listens here: a test that reaches for Stripe's API gets a
    # refused connection at once, as when Stripe is down.
    settings.STRIPE_API_BASE = "http://127.0.0.1:9"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {
            "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        },
    }
    # Pages are cached per process in tests (the file cache of a real set-up
    # would outlive the test database).
    settings.CACHES = {
        **settings.CACHES,
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    # Off unless a test turns it on (the ``page_cache`` fixture): query
    # counts and page contents are about rendering, not about the cache.
    settings.MASTHEAD_PAGE_CACHE_SECONDS = 0
    # One SMTP connection, in the test's own thread: extra threads would
    # open database connections that cannot see the test's transaction.
    settings.MASTHEAD_NEWSLETTER_CONNECTIONS = 1
    cache.clear()
    caches["pages"].clear()
    pagecache.local.forget()
    i18n.clear_locale_cache()
    yield
    cache.clear()
    caches["pages"].clear()
    pagecache.local.forget()


@pytest.fixture
def home_page(db):
    """The English home page (the news feed) that the migrations create.

    Rebuilt if a transactional test emptied the tables before this one.
    """
    from masthead.news.services import ensure_site_tree

    return ensure_site_tree()


@pytest.fixture(scope="module")
def newsroom_module(django_db_setup, django_db_blocker, media_root):
    """Load the small newsroom once per test module, inside a transaction.

    Each test then runs in a savepoint of that transaction (as Django's
    ``TestCase.setUpTestData`` does), and the module's end rolls it all back.
    """
    from django.conf import settings

    from masthead.news.demo import load_demo
    from masthead.news.tests import sample_content

    settings.MEDIA_ROOT = media_root
    with django_db_blocker.unblock(), transaction.atomic():
        load_demo(content=sample_content)
        yield sample_content
        transaction.set_rollback(True)


@pytest.fixture
def newsroom(newsroom_module, db):
    """A small newsroom (``news/tests/sample_content.py``) loaded like the demo.

    Eight English articles by three authors on three topics, two of them
    translated into Ukrainian. Changes a test makes are rolled back after it.
    """
    return newsroom_module


@pytest.fixture
def live_article(newsroom):
    """A live English article of the small newsroom, with two authors."""
    from masthead.news.models import ArticlePage

    return ArticlePage.objects.get(slug="story-2", locale__language_code="en")


@pytest.fixture
def editor_client(client, db):
    """A test client signed in to the Wagtail admin as a superuser."""
    from django.contrib.auth import get_user_model

    from masthead.editorial.tests.helpers import sign_in_to_admin

    user = get_user_model().objects.create_superuser(
        "editor", "editor@example.org", "a-long-editor-password"
    )
    sign_in_to_admin(client, user)
    return client


@pytest.fixture
def staff(db):
    """``staff("Reporters")``: a user in a newsroom role (``editorial.roles``).

    The roles come from a migration; a transactional test's flush empties
    them, so they are applied again first (it is idempotent).
    """
    from django.apps import apps
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from masthead.editorial.roles import apply_roles

    apply_roles(apps)

    def make(role: str, username: str = ""):
        username = username or role.lower().rstrip("s")
        user = get_user_model().objects.create_user(
            username, f"{username}@example.org", "a-long-staff-password"
        )
        user.groups.add(Group.objects.get(name=role))
        return user

    return make


@pytest.fixture
def member(db):
    """A confirmed free member, counted in the running totals."""
    from masthead.members.services import confirm_member, create_member

    created = create_member(email="reader@example.org")
    confirm_member(member=created)
    return created


@pytest.fixture(scope="module")
def browser():
    """Debian's headless Chromium driven by Playwright, one per test module."""
    if not shutil.which(CHROMIUM):
        pytest.skip(
            f"Chromium is not installed at {CHROMIUM} (Debian package 'chromium')"
        )
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the tests'
    # own ORM calls are still plain synchronous code.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


class CapturingHandler:
    """An aiosmtpd handler that keeps every message it accepts."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        from email import message_from_bytes
        from email.policy import default

        self.messages.append(message_from_bytes(envelope.content, policy=default))
        return "250 Message accepted"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_factory(settings):
    """Start real SMTP servers (aiosmtpd) with a given handler on loopback.

    ``smtp_factory(handler)`` starts one and points Django's email there.
    """
    from aiosmtpd.controller import Controller

    controllers = []

    def start(handler):
        port = free_port()
        controller = Controller(handler, hostname="127.0.0.1", port=port)
        controller.start()
        controllers.append(controller)
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
        settings.EMAIL_USE_TLS = False
        return handler

    yield start
    for controller in controllers:
        controller.stop()


@pytest.fixture
def smtp_server(smtp_factory):
    """A real SMTP server (aiosmtpd) on loopback; Django sends its mail there.

    Yields the handler: ``smtp_server.messages`` holds what arrived.
    """
    return smtp_factory(CapturingHandler())


@pytest.fixture
def page_cache(settings):
    """Whole pages cached for anonymous readers, as in production."""
    settings.MASTHEAD_PAGE_CACHE_SECONDS = 600
    return caches["pages"]


class RedisServer:
    """Debian's ``redis-server`` on a free loopback port, without persistence.

    ``stop()`` kills it (SIGKILL, as a crash would) and ``start()`` brings
    it back on the same port, empty.
    """

    def __init__(self, folder):
        self.folder = folder
        self.port = free_port()
        self.process = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}"

    def start(self) -> None:
        import redis

        self.process = subprocess.Popen(
            [
                shutil.which("redis-server"),
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.folder),
            ],
            stdout=subprocess.DEVNULL,
        )
        client = redis.Redis(port=self.port)
        for _ in range(200):
            try:
                client.ping()
                return
            except redis.ConnectionError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None


@pytest.fixture
def redis_server(tmp_path):
    """A real Redis server (see ``RedisServer``), skipped when not installed."""
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed (Debian package 'redis-server')")
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()
