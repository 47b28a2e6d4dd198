import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from masthead.news.demo import demo_loaded, load_demo


class Command(BaseCommand):
    help = "Load the demo newsroom (idempotent) and print the admin login."

    def add_arguments(self, parser):
        parser.add_argument(
            "--admin-password",
            help="Password for the 'admin' account (default: a new random one).",
        )

    def handle(self, *args, **options):
        counts = load_demo(members_only=3)
        password = options["admin_password"] or secrets.token_urlsafe(12)
        demo_loaded.send(sender=self.__class__, password=password)
        User = get_user_model()
        admin, _ = User.objects.get_or_create(
            username="admin",
            defaults={
                "email": "admin@example.org",
                "is_staff": True,
                "is_superuser": True,
            },
        )
        admin.set_password(password)
        admin.save()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo newsroom ready: {counts['articles']} articles "
                f"({counts['articles_created']} new)."
            )
        )
        self.stdout.write(
            f"Admin: http://127.0.0.1:8000/admin/  user: admin  password: {password}"
        )
        self.stdout.write(
            "Also 'reporter' and 'editor' (the newsroom's roles), same password."
        )
