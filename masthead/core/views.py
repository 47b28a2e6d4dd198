import posixpath

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.views.static import serve

from masthead.core.security import harden_download

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
