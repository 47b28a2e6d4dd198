"""Take a hijacked account back and undo what it published.

``recover_account`` (the command) calls ``revoke_access`` and then
``revert_publications``: every page the account published, unpublished or
created in the time window goes back to the revision that was live before
the window (or offline, if there was none), and the page cache is purged.
"""

import logging
from dataclasses import dataclass, field
from datetime import datetime

from django.apps import apps
from django.db import transaction
from wagtail.models import Page, PageLogEntry, Revision

from masthead.core import pagecache
from masthead.core.sessions import end_sessions
from masthead.editorial import audit
from masthead.editorial.twofactor import reset_second_factor

logger = logging.getLogger(__name__)

CHANGING_ACTIONS = (
    "wagtail.publish",
    "wagtail.publish.schedule",
    "wagtail.unpublish",
    "wagtail.create",
)
LIVE_ACTIONS = (
    "wagtail.publish",
    "wagtail.publish.scheduled",
    "masthead.recovery.restore",
)
OFFLINE_ACTIONS = (
    "wagtail.unpublish",
    "wagtail.unpublish.scheduled",
    "masthead.recovery.unpublish",
)


@dataclass
class Recovery:
    sessions_ended: int = 0
    devices_removed: int = 0
    restored: list[int] = field(default_factory=list)
    taken_offline: list[int] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    schedules_cancelled: int = 0
    live_entries_removed: int = 0
    # Corrections cannot be deleted: these need an editor's amendment.
    corrections_to_review: list[int] = field(default_factory=list)


@transaction.atomic
def revoke_access(user, *, reset_2fa: bool = True) -> Recovery:
    """End every session of ``user``, make the password unusable (which also
    invalidates any session the database no longer lists) and, by default,
    forget their second-factor devices so that an attacker's enrolled app
    stops working. The owner sets a new password and enrols again."""
    result = Recovery()
    result.sessions_ended = end_sessions(user.pk)
    user.set_unusable_password()
    user.save(update_fields=["password"])
    if reset_2fa:
        result.devices_removed = reset_second_factor(user)
    audit.record(
        action="masthead.account.revoked",
        target=user,
        sessions=result.sessions_ended,
        devices=result.devices_removed,
    )
    return result


def live_revision_at(page: Page, moment: datetime) -> Revision | None:
    """The revision that was live on ``page`` at ``moment``, or None when
    the page was not live then."""
    last = (
        PageLogEntry.objects.filter(
            page=page,
            timestamp__lt=moment,
            action__in=(*LIVE_ACTIONS, *OFFLINE_ACTIONS),
        )
        .order_by("-timestamp", "-pk")
        .first()
    )
    if last is None or last.action in OFFLINE_ACTIONS:
        return None
    return last.revision


def restore_page(page: Page, *, since: datetime, result: Recovery) -> None:
    with transaction.atomic():
        before = live_revision_at(page, since)
        if before is not None:
            if page.live and page.live_revision_id == before.pk:
                result.unchanged.append(page.pk)
                return
            before.publish(log_action="masthead.recovery.restore")
            result.restored.append(page.pk)
        elif page.live:
            page.unpublish(log_action="masthead.recovery.unpublish")
            result.taken_offline.append(page.pk)
        else:
            result.unchanged.append(page.pk)


def revert_other_content(user, *, since, until, result: Recovery) -> None:
    """Live entries the account posted go; its corrections are listed for an
    editor, since corrections are never deleted. Looked up by model name so
    this module stays below the apps it cleans up after."""
    LiveEntry = apps.get_model("live", "LiveEntry")
    # By the time it was saved: the shown time can be set by hand.
    entries = LiveEntry.objects.filter(
        posted_by=user, updated_at__gte=since, updated_at__lte=until
    )
    for entry in entries:
        entry.delete()  # its signals purge the live page
        result.live_entries_removed += 1
    Correction = apps.get_model("news", "Correction")
    result.corrections_to_review = list(
        Correction.objects.filter(
            created_by=user, created_at__gte=since, created_at__lte=until
        ).values_list("pk", flat=True)
    )


def revert_publications(user, *, since: datetime, until: datetime) -> Recovery:
    """Put back every page ``user`` changed for readers between ``since``
    and ``until``."""
    result = Recovery()
    touched = (
        PageLogEntry.objects.filter(
            user=user,
            timestamp__gte=since,
            timestamp__lte=until,
            action__in=CHANGING_ACTIONS,
        )
        .values_list("page_id", flat=True)
        .distinct()
    )
    # What the account scheduled must not go out later.
    result.schedules_cancelled = Revision.objects.filter(
        user=user,
        created_at__gte=since,
        created_at__lte=until,
        approved_go_live_at__isnull=False,
    ).update(approved_go_live_at=None)
    for page in Page.objects.filter(pk__in=list(touched)).specific().order_by("pk"):
        try:
            restore_page(page, since=since, result=result)
        except Exception:  # report it and go on with the other pages
            logger.exception("Could not restore page %s", page.pk)
            result.failed.append(page.pk)
    revert_other_content(user, since=since, until=until, result=result)
    # Publishing and unpublishing purged each page; a whole-site purge also
    # clears lists and navigation the attacker may have reached.
    pagecache.purge_site()
    audit.record(
        action="masthead.account.reverted",
        target=user,
        since=since.isoformat(),
        until=until.isoformat(),
        restored=result.restored,
        taken_offline=result.taken_offline,
        failed=result.failed,
        schedules_cancelled=result.schedules_cancelled,
        live_entries_removed=result.live_entries_removed,
        corrections_to_review=result.corrections_to_review,
    )
    return result
