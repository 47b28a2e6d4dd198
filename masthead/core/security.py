"""Security headers: Content-Security-Policy per part of the site,
Permissions-Policy, and the headers of downloads that could be active content.

The policies themselves are settings (``CONTENT_SECURITY_POLICY``,
``MASTHEAD_ADMIN_CSP``, ``MASTHEAD_PERMISSIONS_POLICY``). Every header is added
inside ``PageCacheMiddleware``, so a cached page is stored with it and served
with it by ``PageCacheApp`` too.
"""

import functools
import mimetypes
from collections.abc import Callable

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBase

# Types a browser renders as a picture, never as a document with scripts.
# SVG is not one of them: it is XML that can carry <script> and handlers.
SAFE_INLINE_TYPES = frozenset(
    {"image/avif", "image/gif", "image/jpeg", "image/png", "image/webp"}
)
# PDFs open in the browser's viewer, which a ``sandbox`` policy would block;
# the viewer runs no script of the page's origin.
VIEWER_TYPES = frozenset({"application/pdf"})
SANDBOX_POLICY = "default-src 'none'; sandbox"


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the Wagtail admin's own policy.

    Wagtail's admin needs inline scripts and styles; readers' pages get the
    strict ``CONTENT_SECURITY_POLICY``. Admin previews of reader pages are
    admin URLs, framed by the admin itself (``frame-ancestors 'self'``).
    """

    def get_policy_parts(
        self,
        request: HttpRequest,
        response: HttpResponseBase,
        report_only: bool = False,
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(admin_prefix())
        ):
            parts.config = settings.MASTHEAD_ADMIN_CSP
        return parts


def use_preview_policy(response: HttpResponseBase) -> HttpResponseBase:
    """Give an admin preview of a reader page the readers' policy.

    The preview runs in the admin's origin, with an editor's session: a
    script slipped into content must not run there either. Only framing by
    the admin itself is added.
    """
    response._csp_config = {  # read by django-csp's middleware
        **settings.CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "frame-ancestors": ["'self'"],
    }
    return response


@functools.cache
def admin_prefix() -> str:
    from django.urls import reverse

    return reverse("wagtailadmin_home")


class PermissionsPolicyMiddleware:
    """Turn off browser features no page of the site uses (camera, payment …)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=()" for feature in settings.MASTHEAD_PERMISSIONS_POLICY_OFF
        )

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response


def content_type_of(response: HttpResponseBase, filename: str) -> str:
    content_type = response.get("Content-Type", "").split(";", 1)[0].strip().lower()
    return content_type or (mimetypes.guess_type(filename)[0] or "")


def harden_download(response: HttpResponseBase, *, filename: str) -> HttpResponseBase:
    """Make an uploaded file unable to act as a page of the site.

    Pictures of safe types stay inline, as do PDFs (the browser's viewer)
    and plain text, none of them with scripts. Anything else (SVG, HTML, XML,
    scripts, unknown types) is an attachment, and sandboxed should a browser
    render it anyway: no script, no form, no access to the origin's cookies.
    """
    response["X-Content-Type-Options"] = "nosniff"
    if response.status_code != 200:
        return response
    content_type = content_type_of(response, filename)
    if content_type in SAFE_INLINE_TYPES | VIEWER_TYPES:
        response["Content-Security-Policy"] = "default-src 'none'"
    else:
        response["Content-Security-Policy"] = SANDBOX_POLICY
    if content_type not in SAFE_INLINE_TYPES | VIEWER_TYPES | {"text/plain"}:
        disposition = response.get("Content-Disposition", "")
        if not disposition.startswith("attachment"):
            # Keep the file's name: "inline; filename=…" becomes an attachment.
            response["Content-Disposition"] = "attachment" + disposition.removeprefix(
                "inline"
            )
    return response


def hardened_document_view(view: Callable[..., HttpResponse]) -> Callable:
    """Wrap Wagtail's document ``serve`` view with ``harden_download``."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, document_id: str, filename: str):
        response = view(request, document_id, filename)
        return harden_download(response, filename=filename)

    return wrapper
