"""Who may read what."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from masthead.core.staff import is_newsroom_staff


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Everyone")
    MEMBERS = "members", _("Members")
    PAID = "paid", pgettext_lazy("who can read", "Paying members")


def member_of(user):
    """The ``Member`` behind ``user``, or None (anonymous readers, editors)."""
    if not getattr(user, "is_authenticated", False):
        return None
    try:
        return user.member
    except AttributeError:
        return None
    except user._meta.model.member.RelatedObjectDoesNotExist:
        return None


def can_read(user, visibility: str) -> bool:
    """Whether ``user`` may read a story of ``visibility``.

    The newsroom's staff read everything, so they can check what they publish.
    """
    if visibility == Visibility.PUBLIC:
        return True
    member = member_of(user)
    if member is None:
        return is_newsroom_staff(user)
    if not member.is_confirmed:
        return False
    if visibility == Visibility.MEMBERS:
        return True
    return member.is_paying
