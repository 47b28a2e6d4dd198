"""Public newsletter pages: sign-up, confirmation, unsubscribe, archive."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from masthead.core import ratelimit
from masthead.core.http import client_ip
from masthead.members.views import member_required
from masthead.newsletters import queries, rendering, services
from masthead.newsletters.forms import PreferencesForm, SubscribeForm
from masthead.newsletters.models import Newsletter, Send


@never_cache
@require_http_methods(["GET", "POST"])
def index(request: HttpRequest) -> HttpResponse:
    """Every open newsletter, and a form to subscribe with only an address."""
    form = SubscribeForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            services.subscribe(
                email=form.cleaned_data["email"],
                newsletters=list(form.cleaned_data["newsletters"]),
                ip=client_ip(request),
                language=get_language(),
            )
        except ratelimit.RateLimited as limited:
            form.add_error(
                None,
                _(
                    "Too many sign-ups were asked for. "
                    "Please try again in %(m)s minutes."
                )
                % {"m": max(1, limited.retry_after // 60)},
            )
            status = 429
        else:
            return render(
                request,
                "newsletters/check_email.html",
                {"email": form.cleaned_data["email"]},
            )
    elif request.method == "POST":
        status = 400
    return render(
        request,
        "newsletters/index.html",
        {
            "form": form,
            "newsletters": queries.open_newsletters(),
            "selected": [str(v) for v in form["newsletters"].value() or []],
        },
        status=status,
    )


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """Confirm a double opt-in. GET asks, POST confirms.

    Mail scanners follow links in emails; a button keeps them from
    subscribing someone by fetching the page.
    """
    subscriptions = services.subscriptions_for_confirm_token(token)
    if not subscriptions:
        return render(request, "newsletters/link_invalid.html", status=400)
    if request.method == "POST":
        subscriptions = services.confirm(subscriptions=subscriptions)
        return render(
            request, "newsletters/confirmed.html", {"subscriptions": subscriptions}
        )
    return render(request, "newsletters/confirm.html", {"subscriptions": subscriptions})


@csrf_exempt  # the signed token is the authority; RFC 8058 posts carry no CSRF
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """One-click unsubscribe (RFC 8058): a POST with the token unsubscribes.

    Mail providers POST ``List-Unsubscribe=One-Click`` here; readers who
    follow the link in the email get a page with the button. No log-in.
    """
    subscription = services.subscription_for_unsubscribe_token(token)
    if subscription is None:
        return render(request, "newsletters/link_invalid.html", status=400)
    if request.method == "POST":
        services.unsubscribe(subscription=subscription)
        return render(
            request, "newsletters/unsubscribed.html", {"subscription": subscription}
        )
    return render(
        request, "newsletters/unsubscribe.html", {"subscription": subscription}
    )


@never_cache
@require_POST
@member_required
def preferences(request: HttpRequest) -> HttpResponse:
    """A member chooses their newsletters on the account page."""
    form = PreferencesForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Those newsletters do not exist."))
        return redirect(reverse("members:account") + "#newsletters")
    services.set_member_newsletters(
        member=request.member,
        newsletter_ids={n.pk for n in form.cleaned_data["newsletters"]},
    )
    messages.success(request, _("Your newsletter choices are saved."))
    return redirect(reverse("members:account") + "#newsletters")


def archive(request: HttpRequest, slug: str) -> HttpResponse:
    """A newsletter's past issues, newest first."""
    newsletter = get_object_or_404(Newsletter, slug=slug)
    return render(
        request,
        "newsletters/archive.html",
        {
            "newsletter": newsletter,
            "sends": queries.archived_sends(newsletter=newsletter)[:200],
            "form": SubscribeForm(initial={"newsletters": [newsletter]}),
        },
    )


def web_version(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """One past issue as readers got it (the email's own HTML)."""
    send = get_object_or_404(
        Send.objects.select_related("newsletter", "article"),
        pk=pk,
        newsletter__slug=slug,
        status=Send.Status.SENT,
    )
    if send.kind == Send.Kind.ARTICLE and not (
        send.article_id and send.article.live and rendering.unrestricted(send.article)
    ):
        raise Http404  # the story was unpublished, deleted or restricted since
    html = rendering.personalize(
        send.html, unsubscribe_url=reverse("newsletters:index")
    )
    return HttpResponse(html, content_type="text/html; charset=utf-8")
