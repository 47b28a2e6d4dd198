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
    for page_id in list(
        Page.objects.filter(live=True, expire_at__lt=now).values_list("pk", flat=True)
    ):
        with transaction.atomic():
            claimed = Page.objects.filter(
                pk=page_id, live=True, expired=False, expire_at__lt=now
            ).update(expired=True)
            if claimed:
                page = Page.objects.get(pk=page_id).specific
                page.unpublish(
                    set_expired=True, log_action="wagtail.unpublish.scheduled"
                )
                logger.info("Unpublished expired page %s", page_id)
                changed += 1
    due = Revision.objects.filter(approved_go_live_at__lte=now).order_by(
        "approved_go_live_at"
    )
    for revision_id in list(due.values_list("pk", flat=True)):
        with transaction.atomic():
            claimed = Revision.objects.filter(
                pk=revision_id, approved_go_live_at__lte=now
            ).update(approved_go_live_at=None)
            if claimed:
                revision = Revision.objects.get(pk=revision_id)
                revision.publish(log_action="wagtail.publish.scheduled")
                logger.info("Published scheduled revision %s", revision_id)
                changed += 1
    return changed
