"""The admin's second-factor screens: enrolment and the code form."""

from base64 import b32encode

from django import forms
from django.contrib import messages
from django.core.mail import send_mail
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login
from django_otp import match_token

from masthead.editorial import audit
from masthead.editorial.twofactor import (
    confirmed_devices,
    issue_backup_codes,
    pending_device,
    qr_svg,
    safe_next,
)


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=16,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}
        ),
    )

    def clean_code(self) -> str:
        return "".join(self.cleaned_data["code"].split())


def render(request, template: str, context: dict) -> HttpResponse:
    return TemplateResponse(request, template, {"next": safe_next(request), **context})


@never_cache
@sensitive_post_parameters("code")
def verify(request: HttpRequest) -> HttpResponse:
    """The code from the authenticator app, or a backup code."""
    if not request.user.is_authenticated:
        return redirect("wagtailadmin_login")
    if not confirmed_devices(request.user):
        return redirect("editorial_2fa_setup")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(request.user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            audit.record(request, "masthead.2fa.verified", target=request.user)
            return redirect(safe_next(request))
        audit.record(request, "masthead.2fa.failed", target=request.user)
        form.add_error(
            "code",
            _("That code is not right, or was used already. Wait for the next one."),
        )
    return render(request, "editorial/2fa_verify.html", {"form": form})


@never_cache
@sensitive_post_parameters("code")
def setup(request: HttpRequest) -> HttpResponse:
    """Pair an authenticator app; then show the backup codes once."""
    if not request.user.is_authenticated:
        return redirect("wagtailadmin_login")
    if confirmed_devices(request.user):
        # One app per account: replacing it (a lost phone) is an
        # administrator's act (recover_account or resetting the devices), so
        # a stolen session cannot pair the thief's app.
        if request.user.is_verified():
            return redirect("wagtailadmin_home")
        return redirect("editorial_2fa_verify")
    device = pending_device(request.user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            codes = issue_backup_codes(request.user)
            audit.record(request, "masthead.2fa.enrolled", target=request.user)
            tell_owner_of_enrolment(request)
            messages.success(request, _("Two-step sign-in is on for your account."))
            return render(request, "editorial/2fa_backup_codes.html", {"codes": codes})
        form.add_error("code", _("That code is not right. Try the next one."))
    return render(
        request,
        "editorial/2fa_setup.html",
        {
            "form": form,
            "qr": qr_svg(device.config_url),
            "secret": device_secret(device),
        },
    )


def device_secret(device) -> str:
    """The key in base32, for typing into an app that cannot scan."""
    return b32encode(device.bin_key).decode().rstrip("=")


def tell_owner_of_enrolment(request: HttpRequest) -> None:
    """Email the account's owner: if they did not pair an app just now,
    someone with their password did, and an administrator must act."""
    user = request.user
    if not user.email:
        return
    send_mail(
        subject=str(_("Two-step sign-in was turned on for your account")),
        message=render_to_string(
            "editorial/email/2fa_enrolled.txt",
            {"user": user, "when": timezone.now()},
        ),
        from_email=None,
        recipient_list=[user.email],
        fail_silently=True,
    )
