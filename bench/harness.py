"""Set up Masthead in-process for a benchmark: throw-away data, production settings."""

import os
import sys
import tempfile
from pathlib import Path


def start_django(prefix: str) -> None:
    """Configure and set up Django on a fresh SQLite file (or DATABASE_URL).

    Debug is off, as in production; static files are collected so pages
    render exactly as a deployed site's do.
    """
    os.environ.update(
        MASTHEAD_VAR_DIR=tempfile.mkdtemp(prefix=prefix),
        DJANGO_SECRET_KEY="bench-only",
        DJANGO_ALLOWED_HOSTS="testserver",
        DJANGO_SECURE_COOKIES="0",
        DJANGO_SETTINGS_MODULE="masthead.settings",
    )
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import django

    django.setup()
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    setup_test_environment()
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
