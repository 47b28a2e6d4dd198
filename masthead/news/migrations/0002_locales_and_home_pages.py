"""Create the English and Ukrainian locales and a home page in each.

Replaces Wagtail's default welcome page, so a fresh install serves the news
feed at ``/`` and ``/uk/``. Written against historical models: no page
methods are available here, so tree fields are set by hand.
"""

import uuid

from django.db import migrations
from django.utils import timezone


def create_home_pages(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    HomePage = apps.get_model("news", "HomePage")

    english, _ = Locale.objects.get_or_create(language_code="en")
    ukrainian, _ = Locale.objects.get_or_create(language_code="uk")
    if HomePage.objects.exists():
        return

    Page.objects.filter(
        depth=2,
        content_type__app_label="wagtailcore",
        content_type__model="page",
        slug="home",
    ).delete()
    root = Page.objects.get(depth=1)
    if Page.objects.filter(depth=2).exists():
        # An existing site: leave its tree alone; an editor adds the home page.
        return

    content_type, _ = ContentType.objects.get_or_create(app_label="news", model="homepage")
    key = uuid.uuid4()
    now = timezone.now()
    homes = []
    for index, (locale, title, slug) in enumerate(
        [(english, "News", "home"), (ukrainian, "Новини", "home-uk")], start=1
    ):
        homes.append(
            HomePage.objects.create(
                title=title,
                draft_title=title,
                slug=slug,
                content_type=content_type,
                path=f"{root.path}{index:04d}",
                depth=2,
                numchild=0,
                url_path=f"/{slug}/",
                locale=locale,
                translation_key=key,
                live=True,
                first_published_at=now,
                last_published_at=now,
            )
        )
    root.numchild = len(homes)
    root.save(update_fields=["numchild"])

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=homes[0], is_default_site=True
        )
    else:
        site.root_page = homes[0]
        site.save(update_fields=["root_page"])


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_home_pages, migrations.RunPython.noop)]
