"""Write the audit log (``AuditEvent``) from everything that changes who can
do what, or what readers see.

The request in progress (its user and IP address) is kept in a context
variable by ``AuditContextMiddleware``, so receivers of model signals can
say where a change came from. Changes made by commands and workers have no
IP address.
"""

import contextvars
import logging

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from axes.signals import user_locked_out
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.signals import (
    user_logged_in,
    user_logged_out,
    user_login_failed,
)
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver
from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    ModelLogEntry,
    PageLogEntry,
)

from masthead.core.http import client_ip
from masthead.core.staff import is_newsroom_staff
from masthead.editorial.models import AuditEvent

logger = logging.getLogger(__name__)

current_request = contextvars.ContextVar("audit_request", default=None)


class AuditContextMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            current_request.reset(token)


def ip_of(request) -> str | None:
    return (client_ip(request) or None) if request is not None else None


def describe(target) -> dict:
    if target is None:
        return {}
    return {
        "object_type": target._meta.label_lower,
        "object_id": str(target.pk),
        "object_label": str(target)[:255],
    }


def record(request=None, action: str = "", *, user=None, target=None, **data):
    """Add an event; ``request`` defaults to the one in progress."""
    request = request if request is not None else current_request.get()
    if user is None and request is not None:
        candidate = getattr(request, "user", None)
        if candidate is not None and candidate.is_authenticated:
            user = candidate
    return AuditEvent.objects.create(
        action=action,
        user=user,
        username=user.get_username() if user is not None else "",
        ip_address=ip_of(request),
        data=data,
        **describe(target),
    )


@receiver(post_save, sender=PageLogEntry)
@receiver(post_save, sender=ModelLogEntry)
def mirror_wagtail_log(sender, instance, created, **kwargs) -> None:
    """Wagtail logs publications, unpublications, deletions, moves, edits and
    workflow steps with user and time; the audit log adds the IP address."""
    if not created:
        return
    AuditEvent.objects.create(
        action=instance.action,
        user=instance.user,
        username=instance.user.get_username() if instance.user else "",
        ip_address=ip_of(current_request.get()),
        object_type=instance.content_type.model if instance.content_type else "",
        object_id=str(instance.object_id),
        object_label=(instance.label or "")[:255],
        data={"revision": getattr(instance, "revision_id", None)},
    )


@receiver(m2m_changed, sender=get_user_model().groups.through)
@receiver(m2m_changed, sender=get_user_model().user_permissions.through)
@receiver(m2m_changed, sender=Group.permissions.through)
def permissions_changed(sender, instance, action, pk_set, model, **kwargs) -> None:
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    if action != "post_clear" and not pk_set:
        return  # nothing changed (e.g. adding an existing membership)
    names = []
    if pk_set:
        names = [str(obj) for obj in model.objects.filter(pk__in=pk_set)][:50]
    record(
        action=f"masthead.permissions.{action.removeprefix('post_')}",
        target=instance,
        relation=sender._meta.model_name,
        changed=names,
    )


@receiver(post_save, sender=GroupPagePermission)
@receiver(post_save, sender=GroupCollectionPermission)
@receiver(post_delete, sender=GroupPagePermission)
@receiver(post_delete, sender=GroupCollectionPermission)
def scoped_permission_changed(sender, instance, **kwargs) -> None:
    removed = "created" not in kwargs
    record(
        action="masthead.permissions.remove" if removed else "masthead.permissions.add",
        target=instance.group,
        relation=sender._meta.model_name,
        changed=[str(instance.permission)],
        scope=str(getattr(instance, "page", None) or instance.collection),
    )


FLAGS = ("is_superuser", "is_staff", "is_active")


@receiver(pre_save, sender=get_user_model())
def account_flags_changed(sender, instance, **kwargs) -> None:
    if instance.pk is None:
        return
    before = sender.objects.filter(pk=instance.pk).values(*FLAGS).first()
    if before is None:
        return
    changed = {
        flag: getattr(instance, flag)
        for flag in FLAGS
        if before[flag] != getattr(instance, flag)
    }
    if changed:
        record(action="masthead.user.flags", target=instance, **changed)


# Sign-ins and sign-outs of the newsroom's staff; members' are not the
# audit log's business (and would keep their traces after an erasure).


@receiver(user_logged_in)
def logged_in(sender, request, user, **kwargs) -> None:
    if is_newsroom_staff(user):
        record(request, "masthead.login", user=user, target=user)


@receiver(user_logged_out)
def logged_out(sender, request, user, **kwargs) -> None:
    if user is not None and is_newsroom_staff(user):
        record(request, "masthead.logout", user=user, target=user)


@receiver(user_login_failed)
def login_failed(sender, credentials, request=None, **kwargs) -> None:
    # The name tried, never the password (Django already masks it).
    tried = str(credentials.get("username", ""))[:150]
    record(request, "masthead.login.failed", tried=tried)


def forget_member(sender, member, **kwargs) -> None:
    """A member's erasure: no audit or sign-in record keeps their name, address
    or IP (a member who typed their address into the admin sign-in, say)."""
    AuditEvent.objects.filter(user=member.user).delete()
    User = type(member.user)
    # Addresses are matched whatever their case: "Ann@X.org" is ann@x.org.
    for name in (member.user.get_username(), member.email):
        if User.objects.exclude(pk=member.user_id).filter(username__iexact=name):
            continue  # also a staff account's name: its trail stays
        AuditEvent.objects.filter(user=None, data__tried__iexact=name).delete()
        for model in (AccessAttempt, AccessLog, AccessFailureLog):
            model.objects.filter(username__iexact=name).delete()


@receiver(user_locked_out)
def locked_out(sender, request, username, ip_address, **kwargs) -> None:
    record(request, "masthead.login.locked_out", tried=str(username or "")[:150])
