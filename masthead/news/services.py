"""Writes to news content."""

from django.db import transaction
from wagtail.models import Collection, Locale, Page, Site

from masthead.news.models import HomePage


@transaction.atomic
def ensure_site_tree() -> HomePage:
    """Make sure there are locales, a root collection, and a home page per language.

    The migrations create all of this on a fresh install; this rebuilds it on
    a database that lost it (a flushed test database, a tree edited by hand).
    Idempotent: returns the existing English home page when there is one.
    """
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    english, _ = Locale.objects.get_or_create(language_code="en")
    ukrainian, _ = Locale.objects.get_or_create(language_code="uk")
    home = HomePage.objects.filter(locale=english).first()
    if home is None:
        root = Page.get_first_root_node() or Page.add_root(
            instance=Page(title="Root", slug="root", locale=english)
        )
        home = root.add_child(
            instance=HomePage(title="News", slug="home", locale=english)
        )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True
        )
    if not HomePage.objects.filter(locale=ukrainian).exists():
        translation = home.copy_for_translation(ukrainian)
        translation.title = translation.draft_title = "Новини"
        translation.save_revision().publish()
    return home
