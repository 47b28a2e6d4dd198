"""Admin: promote a live entry to a draft article."""

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.admin import messages

from masthead.live import services
from masthead.live.models import LiveEntry


def can_promote(user, entry: LiveEntry) -> bool:
    """Whoever may change entries and add pages beside the live page."""
    if not user.has_perm("live.change_liveentry"):
        return False
    parent = entry.page.get_parent()
    return parent.permissions_for_user(user).can_add_subpage()


@require_http_methods(["GET", "POST"])
def promote(request: HttpRequest, pk: int) -> HttpResponse:
    entry = get_object_or_404(LiveEntry.objects.select_related("page"), pk=pk)
    if not can_promote(request.user, entry):
        raise PermissionDenied
    if request.method == "POST":
        article = services.promote_entry(entry=entry, user=request.user)
        messages.success(
            request, _("Draft article “%(title)s” created.") % {"title": article.title}
        )
        return redirect("wagtailadmin_pages:edit", article.pk)
    return TemplateResponse(
        request,
        "live/admin/promote.html",
        {"entry": entry, "edit_url": reverse("live_entries:edit", args=[entry.pk])},
    )
