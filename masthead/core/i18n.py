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
