"""Whether each language version of a story keeps up with its source.

Masthead links language versions with Wagtail's locales and the simple
translation module (``wagtail.contrib.simple_translation``): a translation
is a copy that the translator rewrites. The source is the version created
first; a translation is out of date when the source was published after the
translation was last saved.
"""

from dataclasses import dataclass
from datetime import datetime

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel
from wagtail.models import Page

UP_TO_DATE = "up_to_date"
OUTDATED = "outdated"
SOURCE = "source"


@dataclass(frozen=True)
class VersionStatus:
    page: Page
    state: str
    # When the source changed after this version was last saved.
    source_changed_at: datetime | None = None

    @property
    def label(self) -> str:
        return {
            SOURCE: _("Source"),
            UP_TO_DATE: _("Up to date"),
            OUTDATED: _("Source changed since"),
        }[self.state]


def saved_at(page: Page) -> datetime | None:
    return page.last_published_at if page.live else page.latest_revision_created_at


def version_statuses(page: Page) -> list[VersionStatus]:
    """Every language version of ``page`` (itself included) with its state."""
    versions = list(
        page.get_translations(inclusive=True).select_related("locale").order_by("pk")
    )
    if len(versions) < 2:
        return []
    source, translations = versions[0], versions[1:]
    statuses = [VersionStatus(source, SOURCE)]
    changed = source.last_published_at
    for version in translations:
        saved = saved_at(version)
        if changed and saved and changed > saved:
            statuses.append(VersionStatus(version, OUTDATED, changed))
        else:
            statuses.append(VersionStatus(version, UP_TO_DATE))
    return statuses


class TranslationStatusPanel(Panel):
    """The story's language versions and whether each is up to date."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "news/admin/translation_status.html"

        def is_shown(self) -> bool:
            return bool(self.instance.pk) and super().is_shown()

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["statuses"] = version_statuses(self.instance)
            context["current"] = self.instance.pk
            return context
