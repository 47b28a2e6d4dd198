"""A second factor for everyone who can reach the admin.

After the password (Wagtail's login form, throttled by django-axes), an
editor proves a code from an authenticator app (TOTP, django-otp) or spends
one of their backup codes. Until then every admin URL redirects: to the
code form when the editor has a device, else to enrolment. Members, who
never reach the admin, are not asked.
"""

import io

import qrcode
import qrcode.image.svg
from django.http import HttpRequest
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django_otp import devices_for_user, user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from masthead.core.staff import is_newsroom_staff

BACKUP_CODES = 10
DEVICE_NAME = "Authenticator app"


def exempt_paths() -> tuple[str, ...]:
    return (
        reverse("wagtailadmin_login"),
        reverse("wagtailadmin_logout"),
        reverse("editorial_2fa_verify"),
        reverse("editorial_2fa_setup"),
        reverse("wagtailadmin_password_reset"),
    )


class RequireSecondFactorMiddleware:
    """Send an admin user who has not proved a second factor to do so."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = None

    def __call__(self, request: HttpRequest):
        if self.admin_prefix is None:
            self.admin_prefix = reverse("wagtailadmin_home")
        path = request.path_info
        if (
            path.startswith(self.admin_prefix)
            and is_newsroom_staff(request.user)
            and not request.user.is_verified()
            and not path.startswith(exempt_paths())
        ):
            target = (
                "editorial_2fa_verify"
                if user_has_device(request.user)
                else "editorial_2fa_setup"
            )
            return redirect(
                f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}"
            )
        return self.get_response(request)


def safe_next(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


def pending_device(user) -> TOTPDevice:
    """The user's unconfirmed authenticator, made once and kept until
    confirmed, so reloading the page does not change the secret."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    return device


def qr_svg(uri: str) -> str:
    image = qrcode.make(uri, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    out = io.BytesIO()
    image.save(out)
    return out.getvalue().decode()


def issue_backup_codes(user) -> list[str]:
    """New single-use backup codes (replacing any old ones), shown once."""
    device, _ = StaticDevice.objects.get_or_create(
        user=user, name="Backup codes", defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODES)]
    StaticToken.objects.bulk_create(
        StaticToken(device=device, token=code) for code in codes
    )
    return codes


def confirmed_devices(user) -> list:
    return list(devices_for_user(user, confirmed=True))


def reset_second_factor(user) -> int:
    """Forget every device of ``user`` (lost phone, or a recovered account)."""
    deleted = 0
    for model in (TOTPDevice, StaticDevice):
        deleted += model.objects.filter(user=user).delete()[0]
    return deleted
