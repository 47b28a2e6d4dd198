"""The admin's "Send as newsletter": compose, preview, test, send, progress."""

import logging
import uuid

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.models import Page

from masthead.newsletters import rendering, services
from masthead.newsletters.forms import ComposeForm
from masthead.newsletters.models import Newsletter, Send

logger = logging.getLogger(__name__)


def can_send(user) -> bool:
    return user.has_perm("newsletters.add_send")


def is_sendable(page: Page) -> bool:
    return (
        page.live
        and page.specific_class.__name__ == "ArticlePage"
        and rendering.unrestricted(page)
    )


def _article(user, page_id: int):
    if not can_send(user):
        raise PermissionDenied
    page = get_object_or_404(Page, pk=page_id)
    if not is_sendable(page):
        raise Http404
    return page.specific


@require_http_methods(["GET", "POST"])
def compose(request: HttpRequest, page_id: int) -> HttpResponse:
    """Choose the list and subject, preview, send a test, then send."""
    article = _article(request.user, page_id)
    if not Newsletter.objects.exists():
        messages.error(request, _("Create a newsletter first."))
        return redirect("wagtailsnippets_newsletters_newsletter:add")
    initial = {
        "subject": article.title[:200],
        "request_key": uuid.uuid4(),
        "newsletter": Newsletter.objects.filter(
            language=article.locale.language_code
        ).first(),
    }
    form = ComposeForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        newsletter = form.cleaned_data["newsletter"]
        subject = form.cleaned_data["subject"]
        if request.POST.get("action") == "test":
            return _send_test(request, form, article, newsletter, subject)
        if request.POST.get("confirm") != "yes":
            form.add_error(None, _("Tick the box to confirm the send."))
        elif services.key_is_spent(
            request_key=form.cleaned_data["request_key"],
            newsletter=newsletter,
            article=article,
        ):
            form.add_error(
                None,
                _(
                    "This form was used for another send. "
                    "Reload the page to send again."
                ),
            )
        else:
            send = services.start_article_send(
                newsletter=newsletter,
                article=article,
                subject=subject,
                user=request.user,
                request_key=form.cleaned_data["request_key"],
            )
            messages.success(
                request,
                _("Sending to %(n)s subscribers.") % {"n": send.total},
            )
            return redirect("newsletters_send", pk=send.pk)
    return _compose_page(request, form, article)


def _compose_page(request, form, article, status=200):
    counts = {n.pk: services.recipient_count(n) for n in Newsletter.objects.all()}
    return TemplateResponse(
        request,
        "newsletters/admin/compose.html",
        {
            "form": form,
            "article": article,
            "counts": counts,
            "preview_url": reverse("newsletters_preview", args=[article.pk]),
            "past_sends": Send.objects.filter(article=article)[:10],
        },
        status=status,
    )


def _send_test(request, form, article, newsletter, subject):
    address = request.user.email
    if not address:
        form.add_error(None, _("Your account has no email address for a test."))
        return _compose_page(request, form, article, status=400)
    try:
        services.send_test(
            newsletter=newsletter, article=article, subject=subject, to=address
        )
    except Exception as error:  # noqa: BLE001 (any backend's error, shown to the editor)
        logger.warning("test send failed: %s", type(error).__name__)
        form.add_error(
            None, _("The test could not be sent: %(e)s") % {"e": type(error).__name__}
        )
        return _compose_page(request, form, article, status=502)
    messages.success(request, _("A test was sent to %(a)s.") % {"a": address})
    return _compose_page(request, form, article)


@xframe_options_sameorigin
def preview(request: HttpRequest, page_id: int) -> HttpResponse:
    """The email as subscribers will get it (shown in the compose page)."""
    article = _article(request.user, page_id)
    chosen = request.GET.get("newsletter", "")
    newsletter = (
        Newsletter.objects.filter(pk=int(chosen)).first()
        if chosen.isascii() and chosen.isdecimal() and len(chosen) < 10
        else None
    ) or Newsletter.objects.first()
    if newsletter is None:
        raise Http404
    email = rendering.render_article(
        newsletter=newsletter,
        article=article,
        subject=request.GET.get("subject", "")[:200],
    )
    html = rendering.personalize(email.html, unsubscribe_url="#unsubscribe")
    return HttpResponse(html)


@require_http_methods(["GET", "POST"])
def send_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """A send's progress: sent, failed, skipped, remaining; cancel."""
    if not request.user.has_perm("newsletters.view_send") and not can_send(
        request.user
    ):
        raise PermissionDenied
    send = get_object_or_404(Send.objects.select_related("newsletter"), pk=pk)
    if request.method == "POST":
        return _cancel(request, send)
    counts = services.progress(send)
    failures = send.deliveries.filter(state="failed").values_list("error", flat=True)
    return TemplateResponse(
        request,
        "newsletters/admin/send.html",
        {
            "send": send,
            "counts": counts,
            "done_percent": round(100 * (send.total - counts["remaining"]) / send.total)
            if send.total
            else 100,
            "failures": list(failures[:20]),
        },
    )


@require_POST
def _cancel(request, send):
    if not can_send(request.user):
        raise PermissionDenied
    skipped = services.cancel_send(send=send)
    messages.warning(
        request, _("Send cancelled; %(n)s recipients skipped.") % {"n": skipped}
    )
    return redirect("newsletters_send", pk=send.pk)
