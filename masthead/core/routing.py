"""Cache what every page request needs before it can route: the Site and its
root page in each language, and the newsroom settings.

Wagtail looks these up with three to five queries per request. They change
only when an administrator edits a site, a root page or the settings; the
signal handlers below drop the cached copy then. The cache is Django's
default cache: shared by every process when it is Redis or file based, so a
change is seen everywhere at once; with the local-memory default each process
sees it within ``ROUTING_TTL`` seconds.
"""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpRequest
from django.http.request import split_domain_port
from wagtail.models import Locale, Page, Site
from wagtail.models.sites import get_site_for_hostname
from wagtail.signals import page_published, page_unpublished, post_page_move

ROUTING_KEY = "masthead:routing:v1"
ROUTING_TTL = 60
MAX_HOSTS = 64


def _load_site(hostname: str, port: int) -> Site | None:
    try:
        site = get_site_for_hostname(hostname, port)
    except Site.DoesNotExist:
        return None
    root = site.root_page.specific
    translations = {
        page.locale.language_code: page
        for page in type(root)
        .objects.filter(translation_key=root.translation_key, live=True)
        .select_related("locale")
    }
    for page in translations.values():
        page._cached_translations = translations
    root._cached_translations = translations
    site.root_page = root
    return site


def site_for_request(request: HttpRequest) -> Site | None:
    """The Site serving ``request``, with its root page's translations cached."""
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()
    key = f"{hostname}:{port}"
    table = cache.get(ROUTING_KEY) or {}
    if key not in table:
        if len(table) >= MAX_HOSTS:
            table = {}
        table[key] = _load_site(hostname, port)
        cache.set(ROUTING_KEY, table, ROUTING_TTL)
    return table[key]


class SiteRoutingMiddleware:
    """Hand Wagtail the cached Site, so routing starts without a query.

    Wagtail reads ``request._wagtail_site`` before it looks a site up.
    Place after ``CommonMiddleware``, which rejects hosts not allowed.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        request._wagtail_site = site_for_request(request)
        return self.get_response(request)


def forget_routing(**kwargs) -> None:
    cache.delete(ROUTING_KEY)


@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
@receiver(post_save, sender=Locale)
@receiver(post_delete, sender=Locale)
def forget_routing_on_site_change(**kwargs) -> None:
    forget_routing()


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
@receiver(post_delete)
def forget_routing_on_root_change(sender, instance=None, **kwargs) -> None:
    # Only pages at the top of the tree (a site's root and its translations)
    # are cached here; articles and other pages never are.
    if isinstance(instance, Page) and instance.depth <= 2:
        forget_routing()
