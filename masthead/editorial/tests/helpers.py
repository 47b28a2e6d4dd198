"""Helpers for tests that use the admin."""


def sign_in_to_admin(client, user) -> None:
    """Log ``user`` in with a password and a proved second factor, as the
    admin requires (``masthead.editorial.twofactor``)."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Test app")
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
