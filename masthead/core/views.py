import posixpath
import sqlite3
import sys
from http import HTTPStatus

from django.conf import settings
from django.db import DatabaseError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views import defaults
from django.views.static import serve

from masthead.core.security import harden_download
from masthead.core.storage import is_no_space

# Wagtail's document view checks collection privacy and sets its own
# headers: the files must not be reachable around it.
DOCUMENTS_FOLDER = "documents/"


def serve_media(request: HttpRequest, path: str) -> HttpResponse:
    """Serve an upload from ``MEDIA_ROOT`` (one-machine set-ups only).

    Uploads that are not pictures of a safe type are downloads, sandboxed
    (``masthead.core.security.harden_download``).
    """
    if posixpath.normpath("/" + path).lstrip("/").startswith(DOCUMENTS_FOLDER):
        raise Http404("Documents are served by /documents/.")
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    return harden_download(response, filename=path)


# A database's words for a write that found no room: SQLite's SQLITE_FULL
# and the I/O error it reports when a write is refused with EFBIG, and
# PostgreSQL's "could not extend file …: No space left on device".
DATABASE_NO_SPACE = (
    "database or disk is full",
    "disk I/O error",
    "No space left on device",
)


def no_space_error(error: BaseException | None) -> bool:
    """``error`` (or an error it was raised from) means the disk is full."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if is_no_space(error):
            return True
        if isinstance(error, DatabaseError | sqlite3.Error) and any(
            words in str(error) for words in DATABASE_NO_SPACE
        ):
            return True
        error = error.__cause__ or error.__context__
    return False


def server_error(request: HttpRequest) -> HttpResponse:
    """Django's ``handler500``, which says so when the disk is full.

    An upload or a save that ran out of room answers 507 with a page saying
    that nothing was saved (the storage and the transaction saw to that),
    and the admin's multiple upload gets the JSON error its form shows next
    to the file. Any other error gets the plain 500 page.
    """
    if not no_space_error(sys.exc_info()[1]):
        return defaults.server_error(request)
    message = _(
        "The server has no room left to save this. Nothing was saved: "
        "please try again later, and tell the site's administrators."
    )
    if request.path.endswith("/multiple/add/"):
        # Wagtail's upload form shows error_message beside the file.
        return JsonResponse({"success": False, "error_message": str(message)})
    return render(
        request,
        "507.html",
        {"message": message},
        status=HTTPStatus.INSUFFICIENT_STORAGE,
    )
