"""WSGI entry point: ``granian --interface wsgi masthead.wsgi:application``
(or ``gunicorn masthead.wsgi``); see bench/README.md for the choice."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")

application = get_wsgi_application()

from masthead.core.pagecache import PageCacheApp  # noqa: E402 (needs settings)

# Cached pages for anonymous readers are answered before Django starts work.
application = PageCacheApp(application)
