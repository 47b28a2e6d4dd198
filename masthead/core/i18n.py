"""Locale look-ups that do not cost a query per call."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import translation
from wagtail.models import Locale

_locales: dict[str, Locale] = {}


def active_locale() -> Locale:
    """The Wagtail ``Locale`` of the active language, cached per process.

    Locales change only when an administrator adds one; the cache is cleared
    then by the signal handlers below.
    """
    language = translation.get_language() or "en"
    locale = _locales.get(language)
    if locale is None:
        locale = Locale.get_active()
        _locales[language] = locale
    return locale


@receiver(post_save, sender=Locale)
@receiver(post_delete, sender=Locale)
def clear_locale_cache(**kwargs) -> None:
    _locales.clear()


def localized_map(model, objects, locale: Locale, *, queryset=None) -> dict:
    """Map each object's translation key to its translation in ``locale``.

    One query for all objects, none when they are all in ``locale`` already;
    an object without a translation maps to itself. ``queryset`` lets the
    caller fetch related data with the translations.
    """
    result = {obj.translation_key: obj for obj in objects}
    missing = [obj.translation_key for obj in objects if obj.locale_id != locale.pk]
    if missing:
        queryset = model.objects.all() if queryset is None else queryset
        for translation in queryset.filter(translation_key__in=missing, locale=locale):
            result[translation.translation_key] = translation
    return result
