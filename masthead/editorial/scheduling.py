"""Scheduled publishing and expiry, run by the worker's clock (no cron).

Wagtail keeps a scheduled publication as a revision with an
``approved_go_live_at`` time, and a scheduled expiry as the page's
``expire_at``. ``publish_due`` does what Wagtail's ``publish_scheduled``
command does, but claims each item first, so any number of workers can run it
at once and each publication or expiry happens exactly once.
"""

import logging

from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, Revision

logger = logging.getLogger(__name__)


def publish_due() -> int:
    """Publish every revision whose time has come and unpublish every page
    past its expiry; return how many changed. Idempotent and safe to run
    concurrently."""
    now = timezone.now()
    changed = 0
    expired = Page.objects.filter(live=True, expire_at__lt=now)
    for page_id in list(expired.values_list("pk", flat=True)):
        try:
            changed += unpublish_expired(page_id, now=now)
        except Exception:  # one bad page must not hold back the others
            logger.exception("Expired page %s could not be unpublished", page_id)
    due = Revision.objects.filter(approved_go_live_at__lte=now).order_by(
        "approved_go_live_at"
    )
    for revision_id in list(due.values_list("pk", flat=True)):
        try:
            changed += publish_revision(revision_id, now=now)
        except Exception:
            logger.exception(
                "Scheduled revision %s could not be published", revision_id
            )
    return changed


def unpublish_expired(page_id: int, *, now) -> int:
    with transaction.atomic():
        claimed = Page.objects.filter(
            pk=page_id, live=True, expired=False, expire_at__lt=now
        ).update(expired=True)
        if not claimed:
            return 0
        page = Page.objects.get(pk=page_id).specific
        page.unpublish(set_expired=True, log_action="wagtail.unpublish.scheduled")
        logger.info("Unpublished expired page %s", page_id)
        return 1


def latest_embargo(revision: Revision):
    """The later of the scheduled revision's embargo and that of the
    newest draft (an editor may move the embargo after scheduling)."""
    versions = [revision]
    latest = getattr(revision.content_object, "latest_revision", None)
    if latest is not None and latest.pk != revision.pk:
        versions.append(latest)
    times = [
        getattr(version.as_object(), "embargo_until", None) for version in versions
    ]
    return max((t for t in times if t is not None), default=None)


def publish_revision(revision_id: int, *, now) -> int:
    with transaction.atomic():
        revision = Revision.objects.get(pk=revision_id)
        embargo = latest_embargo(revision)
        if embargo is not None and embargo > now:
            # The story's embargo moved later after it was scheduled.
            Revision.objects.filter(pk=revision_id).update(approved_go_live_at=embargo)
            return 0
        claimed = Revision.objects.filter(
            pk=revision_id, approved_go_live_at__lte=now
        ).update(approved_go_live_at=None)
        if not claimed:
            return 0
        revision.publish(log_action="wagtail.publish.scheduled")
        logger.info("Published scheduled revision %s", revision_id)
        return 1
