import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from masthead.settings import cache_from_url

ROOT = Path(__file__).resolve().parents[3]


def settings_env_vars() -> set[str]:
    source = (ROOT / "masthead" / "settings.py").read_text()
    return set(
        re.findall(r'env(?:iron\.get|_bool|_list)?\(\s*"([A-Z0-9_]+)"', source)
    ) | set(re.findall(r'os\.environ\.get\(\s*"([A-Z0-9_]+)"', source))


def test_every_environment_variable_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    variables = settings_env_vars()
    assert {
        "DATABASE_URL",
        "CACHE_URL",
        "DJANGO_SECRET_KEY",
        "DJANGO_DEBUG",
    } <= variables
    missing = sorted(name for name in variables if f"`{name}`" not in readme)
    assert missing == []


@pytest.mark.parametrize(
    ("url", "backend"),
    [
        ("locmem://", "django.core.cache.backends.locmem.LocMemCache"),
        (
            "file:///tmp/masthead-cache",
            "django.core.cache.backends.filebased.FileBasedCache",
        ),
        ("redis://127.0.0.1:6379/1", "masthead.core.cache.ResilientRedisCache"),
        ("dummy://", "django.core.cache.backends.dummy.DummyCache"),
    ],
)
def test_cache_url_schemes(url, backend):
    assert cache_from_url(url)["BACKEND"] == backend


def test_cache_url_options():
    config = cache_from_url("redis://127.0.0.1:6379/2?timeout=60&prefix=newsroom")
    assert config["LOCATION"] == "redis://127.0.0.1:6379/2"
    assert config["TIMEOUT"] == 60
    assert config["KEY_PREFIX"] == "newsroom"
    assert cache_from_url("file:///var/cache/x")["LOCATION"] == "/var/cache/x"


def test_unknown_cache_scheme_is_refused():
    with pytest.raises(ImproperlyConfigured):
        cache_from_url("memcached://127.0.0.1")


def load_settings(**env) -> subprocess.CompletedProcess:
    """Import the settings in a fresh interpreter with only ``env`` set."""
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE_URL", "CACHE_URL"))
    }
    clean.update(env)
    code = (
        "import json; from masthead import settings as s; "
        "print(json.dumps({'debug': s.DEBUG, 'secure': s.SESSION_COOKIE_SECURE, "
        "'csrf': s.CSRF_COOKIE_SECURE, 'hosts': s.ALLOWED_HOSTS, "
        "'engine': s.DATABASES['default']['ENGINE'], "
        "'options': s.DATABASES['default'].get('OPTIONS', {}), "
        "'email': s.EMAIL_BACKEND, 'nosniff': s.SECURE_CONTENT_TYPE_NOSNIFF}))"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        env=clean,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    result = load_settings(MASTHEAD_VAR_DIR=str(tmp_path))
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_production_defaults_are_safe(tmp_path):
    import json

    result = load_settings(DJANGO_SECRET_KEY="x" * 50, MASTHEAD_VAR_DIR=str(tmp_path))
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["debug"] is False
    assert values["secure"] is True
    assert values["csrf"] is True
    assert values["hosts"] == []
    assert values["nosniff"] is True
    assert values["email"] == "django.core.mail.backends.smtp.EmailBackend"
    assert values["engine"] == "django.db.backends.sqlite3"
    assert "journal_mode=WAL" in values["options"]["init_command"]
    assert values["options"]["transaction_mode"] == "IMMEDIATE"


def test_database_url_selects_postgresql(tmp_path):
    import json

    result = load_settings(
        DJANGO_DEBUG="1",
        MASTHEAD_VAR_DIR=str(tmp_path),
        DATABASE_URL="postgres://user:pw@db.example:5432/news",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["engine"] == "django.db.backends.postgresql"


@pytest.mark.django_db
def test_sqlite_file_databases_run_in_wal_mode(tmp_path):
    from django.db import connection
    from django.db.backends.sqlite3.base import DatabaseWrapper

    if connection.vendor != "sqlite":
        pytest.skip("SQLite only: this run uses " + connection.vendor)
    # The test database lives in memory, which has no journal; open a file
    # database with the same settings, as the site does.
    wrapper = DatabaseWrapper(
        {**connection.settings_dict, "NAME": str(tmp_path / "wal.sqlite3")}, alias="wal"
    )
    try:
        with wrapper.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode")
            assert cursor.fetchone()[0] == "wal"
            cursor.execute("PRAGMA busy_timeout")
            assert cursor.fetchone()[0] == 20_000
    finally:
        wrapper.close()
