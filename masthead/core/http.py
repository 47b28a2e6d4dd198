"""Facts about the request in progress."""

from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    """The reader's address: REMOTE_ADDR only, since a forwarded header is set
    by whoever sends the request. Behind a proxy, the proxy must set
    REMOTE_ADDR (e.g. nginx real_ip)."""
    return request.META.get("REMOTE_ADDR", "")
