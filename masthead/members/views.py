"""Member pages: join or sign in, the magic-link log-in, the account."""

import json
from functools import wraps

from django.contrib import messages
from django.contrib.auth import login, logout
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST
from sesame.backends import ModelBackend as SesameBackend

from masthead.core import ratelimit
from masthead.core.http import client_ip
from masthead.core.staff import is_newsroom_staff
from masthead.members import payments, services
from masthead.members.access import member_of
from masthead.members.forms import DonationForm, EmailForm, SubscribeForm
from masthead.members.models import Member, Tier
from masthead.members.signals import account_sections_requested


def member_required(view):
    """Let signed-in members through, with ``request.member`` set.

    Everyone else (readers, editors without a membership) goes to the
    join page.
    """

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs):
        member = member_of(request.user)
        if member is None:
            return redirect("members:join")
        request.member = member
        return view(request, *args, **kwargs)

    return wrapper


def base_url(request: HttpRequest) -> str:
    return request.build_absolute_uri("/")


@never_cache
@require_http_methods(["GET", "POST"])
def join(request: HttpRequest) -> HttpResponse:
    """Join or sign in with an email address: one form, one link."""
    form = EmailForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            services.request_login_link(
                email=form.cleaned_data["email"],
                ip=client_ip(request),
                base_url=base_url(request),
            )
        except ratelimit.RateLimited as limited:
            minutes = max(1, limited.retry_after // 60)
            form.add_error(
                None,
                _(
                    "Too many sign-in links were asked for. "
                    "Please try again in %(minutes)s minutes."
                )
                % {"minutes": minutes},
            )
            status = 429
        else:
            return render(
                request, "members/link_sent.html", {"email": form.cleaned_data["email"]}
            )
    elif request.method == "POST":
        status = 400
    return render(request, "members/join.html", {"form": form}, status=status)


magic_links = SesameBackend()


@never_cache
@require_http_methods(["GET", "POST"])
def magic_login(request: HttpRequest) -> HttpResponse:
    """Log in from the emailed link.

    The link opens a page with a button: a GET alone does not use the
    single-use link, so mail scanners that follow links cannot spend it.
    """
    token = request.POST.get("sesame") or request.GET.get("sesame", "")
    if request.method == "GET":
        return render(request, "members/login_confirm.html", {"token": token})
    # The link is checked by sesame's backend directly, not through
    # authenticate(): the password throttle (django-axes) counts failures by
    # username and IP, and a link has no username, so bad links would lock
    # out a whole IP address (an office, a phone carrier's NAT). Links are
    # limited per address and IP when they are sent instead.
    user = magic_links.authenticate(request, sesame=token) if token else None
    if user is None or is_newsroom_staff(user) or not hasattr(user, "member"):
        return render(request, "members/login_failed.html", status=400)
    login(request, user, backend="sesame.backends.ModelBackend")
    first_time = services.confirm_member(member=user.member)
    if first_time:
        messages.success(request, _("Welcome! Your membership is confirmed."))
    return redirect("members:account")


@never_cache
@member_required
def account(request: HttpRequest) -> HttpResponse:
    member = request.member
    memberships = member.memberships.select_related("tier").order_by("-created_at")
    sections = sorted(
        section
        for _receiver, section in account_sections_requested.send(
            sender=Member, request=request, member=member
        )
    )
    return render(
        request,
        "members/account.html",
        {
            "member": member,
            "memberships": memberships,
            "tiers": Tier.objects.all(),
            "sections": [html for _order, html in sections],
        },
    )


@never_cache
@member_required
def export(request: HttpRequest) -> HttpResponse:
    member = request.member
    data = services.export_member_data(member=member)
    response = HttpResponse(
        json.dumps(data, indent=2, ensure_ascii=False), content_type="application/json"
    )
    response["Content-Disposition"] = 'attachment; filename="my-membership-data.json"'
    return response


@never_cache
@require_http_methods(["GET", "POST"])
@member_required
def delete_account(request: HttpRequest) -> HttpResponse:
    member = request.member
    if request.method == "POST" and request.POST.get("confirm") == "delete":
        try:
            services.erase_member(member=member)
        except services.CannotErase:
            messages.error(
                request,
                _(
                    "Cancel your paid subscription in billing "
                    "before deleting your account."
                ),
            )
            return redirect("members:account")
        logout(request)
        return render(request, "members/deleted.html")
    return render(request, "members/delete_confirm.html", {"member": member})


@require_POST
@member_required
def billing(request: HttpRequest) -> HttpResponse:
    member = request.member
    try:
        url = payments.billing_portal_url(
            member=member,
            return_url=request.build_absolute_uri(reverse("members:account")),
        )
    except payments.PaymentsUnavailable:
        messages.error(
            request, _("Billing is unavailable right now. Please try again later.")
        )
        return redirect("members:account")
    return HttpResponseRedirect(url)


@never_cache
@require_http_methods(["GET", "POST"])
def support(request: HttpRequest) -> HttpResponse:
    """Choose a tier or give a donation; both continue on Stripe Checkout."""
    member = member_of(request.user)
    subscribe_form = SubscribeForm(request.POST if "tier" in request.POST else None)
    donation_form = DonationForm(request.POST if "amount" in request.POST else None)
    status = 200
    if request.method == "POST":
        success = request.build_absolute_uri(reverse("members:thanks"))
        cancel = request.build_absolute_uri(reverse("members:support"))
        try:
            if subscribe_form.is_bound:
                if member is None or not member.is_confirmed:
                    messages.info(
                        request, _("Sign in first, then choose your membership.")
                    )
                    return redirect("members:join")
                if subscribe_form.is_valid():
                    return HttpResponseRedirect(
                        payments.start_subscription(
                            member=member,
                            tier=subscribe_form.cleaned_data["tier"],
                            interval=subscribe_form.cleaned_data["interval"],
                            success_url=success,
                            cancel_url=cancel,
                        )
                    )
            elif donation_form.is_bound and donation_form.is_valid():
                donor = member or donor_for(donation_form, request)
                if donor is not None:
                    return HttpResponseRedirect(
                        payments.start_donation(
                            member=donor,
                            amount=donation_form.cleaned_data["amount"],
                            recurring=donation_form.cleaned_data["recurring"],
                            success_url=success,
                            cancel_url=cancel,
                        )
                    )
        except payments.PaymentsUnavailable:
            messages.error(
                request, _("Payments are unavailable right now. Nothing was charged.")
            )
            status = 503
        else:
            status = 400
    return render(
        request,
        "members/support.html",
        {
            "tiers": Tier.objects.filter(is_paid=True),
            "subscribe_form": subscribe_form,
            "donation_form": donation_form,
            "member": member,
        },
        status=status,
    )


def donor_for(form: DonationForm, request: HttpRequest):
    """The member a donation from a signed-out reader is recorded against."""
    email = form.cleaned_data.get("email")
    if not email:
        form.add_error("email", _("Enter your email address for the receipt."))
        return None
    return services.find_or_create_member(email=email)


def thanks(request: HttpRequest) -> HttpResponse:
    return render(request, "members/thanks.html")


@require_POST
def sign_out(request: HttpRequest) -> HttpResponse:
    logout(request)
    return redirect("wagtail_serve", "")
