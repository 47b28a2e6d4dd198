"""Take a hijacked account back and undo what it published.

``recover_account`` (the command) calls ``revoke_access`` and then
``revert_publications``: every page the account published, unpublished or
created in the time window goes back to the revision that was live before
the window (or offline, if there was none), and the page cache is purged.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.db import transaction
from wagtail.models import Page, PageLogEntry, Revision

from masthead.core import pagecache
from masthead.core.sessions import end_sessions
from masthead.editorial import audit
from masthead.editorial.twofactor import reset_second_factor

CHANGING_ACTIONS = ("wagtail.publish", "wagtail.unpublish", "wagtail.create")


@dataclass
class Recovery:
    sessions_ended: int = 0
    devices_removed: int = 0
    restored: list[int] = field(default_factory=list)
    taken_offline: list[int] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)


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
            action__in=(
                "wagtail.publish",
                "wagtail.publish.scheduled",
                "wagtail.unpublish",
                "wagtail.unpublish.scheduled",
            ),
        )
        .order_by("-timestamp", "-pk")
        .first()
    )
    if last is None or not last.action.startswith("wagtail.publish"):
        return None
    return last.revision


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
    for page in Page.objects.filter(pk__in=list(touched)).specific().order_by("pk"):
        with transaction.atomic():
            before = live_revision_at(page, since)
            if before is not None:
                if page.live and page.live_revision_id == before.pk:
                    result.unchanged.append(page.pk)
                    continue
                before.publish(log_action="masthead.recovery.restore")
                result.restored.append(page.pk)
            elif page.live:
                page.unpublish(log_action="masthead.recovery.unpublish")
                result.taken_offline.append(page.pk)
            else:
                result.unchanged.append(page.pk)
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
    )
    return result
