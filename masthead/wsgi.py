"""WSGI entry point: ``gunicorn masthead.wsgi``."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")

application = get_wsgi_application()

from masthead.core.pagecache import PageCacheApp  # noqa: E402 (needs settings)

# Cached pages for anonymous readers are answered before Django starts work.
application = PageCacheApp(application)
