"""manage.py recover_account <username> --since <time>: end a hijacked
account's sessions and undo what it published since then."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from masthead.editorial.recovery import revert_publications, revoke_access


def moment(value: str):
    parsed = parse_datetime(value)
    if parsed is None:
        raise CommandError(f"Not a date and time: {value!r} (e.g. 2026-11-27T09:30)")
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed)
    return parsed


class Command(BaseCommand):
    help = (
        "Sign a hijacked account out everywhere, lock its password and second "
        "factor, and restore every page it published, unpublished or created "
        "in the time window. The page cache is purged."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument(
            "--since", required=True, help="Start of the window (local time)."
        )
        parser.add_argument("--until", help="End of the window (default: now).")
        parser.add_argument(
            "--keep-2fa",
            action="store_true",
            help="Keep the account's second-factor devices.",
        )

    def handle(self, *args, username, since, until, keep_2fa, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user called {username!r}.")
        since = moment(since)
        until = moment(until) if until else timezone.now()
        if until <= since:
            raise CommandError("--until must be after --since.")
        access = revoke_access(user, reset_2fa=not keep_2fa)
        pages = revert_publications(user, since=since, until=until)
        self.stdout.write(
            f"{username}: {access.sessions_ended} sessions ended, password locked, "
            f"{access.devices_removed} second-factor devices removed."
        )
        self.stdout.write(
            f"Pages restored: {len(pages.restored)}; taken offline: "
            f"{len(pages.taken_offline)}; unchanged: {len(pages.unchanged)}; "
            f"scheduled publications cancelled: {pages.schedules_cancelled}; "
            f"live entries removed: {pages.live_entries_removed}."
        )
        if pages.failed:
            self.stderr.write(
                f"Could not restore pages {pages.failed}: restore them by hand "
                "(admin → the page → History)."
            )
        if pages.corrections_to_review:
            self.stderr.write(
                f"Corrections added by the account: {pages.corrections_to_review}. "
                "Corrections are never deleted: amend them (admin → Corrections)."
            )
        self.stdout.write(
            "Next: give the owner a new password (admin → Users) and ask them "
            "to enrol their authenticator again."
        )
