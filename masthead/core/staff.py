"""Who is newsroom staff: anyone who can reach the admin."""


def is_newsroom_staff(user) -> bool:
    """Superusers and every role with admin access (reporters, editors,
    administrators), whatever their ``is_staff`` flag says."""
    return bool(getattr(user, "is_authenticated", False)) and (
        user.is_superuser or user.has_perm("wagtailadmin.access_admin")
    )
