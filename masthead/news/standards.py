"""Where the newsroom's standards page is, for the labels that link to it."""

from django.apps import apps
from django.core.cache import cache
from django.db.models import Case, IntegerField, Value, When
from wagtail.models import Locale

CACHE_SECONDS = 300


def cache_key(language_code: str) -> str:
    return f"standards-url:{language_code}"


def standards_url(locale: Locale) -> str:
    """The URL of the live standards page in ``locale`` (else in any
    language), or "" when the newsroom has none. Cached; a publish or
    unpublish of a standards page forgets it (``news.purges``)."""
    key = cache_key(locale.language_code)
    url = cache.get(key)
    if url is None:
        model = apps.get_model("news", "StandardsPage")
        page = (
            model.objects.live()
            .public()
            .annotate(
                other_language=Case(
                    When(locale=locale, then=Value(0)),
                    default=Value(1),
                    output_field=IntegerField(),
                )
            )
            .order_by("other_language", "path")
            .first()
        )
        url = page.get_url() if page is not None else ""
        cache.set(key, url or "", CACHE_SECONDS)
    return url


def forget_standards_url() -> None:
    cache.delete_many(
        [
            cache_key(code)
            for code in Locale.objects.values_list("language_code", flat=True)
        ]
    )
