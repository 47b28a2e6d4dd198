"""Find and end a user's sessions (database sessions hold no index by user)."""

from django.contrib.sessions.models import Session


def end_sessions(user_id) -> int:
    """Delete every session signed in as ``user_id``; return how many.

    Decodes each session: fine for a rare act (an account recovered or
    erased), not for a request path.
    """
    ended = [
        session.pk
        for session in Session.objects.all().iterator()
        if str(session.get_decoded().get("_auth_user_id")) == str(user_id)
    ]
    Session.objects.filter(pk__in=ended).delete()
    return len(ended)
