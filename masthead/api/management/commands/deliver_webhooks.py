from django.core.management.base import BaseCommand

from masthead.api.webhooks import deliver_due_webhooks


class Command(BaseCommand):
    help = "Retry outgoing webhook deliveries that are due (run every minute)."

    def handle(self, *args, **options):
        delivered = deliver_due_webhooks.call()
        self.stdout.write(f"delivered: {delivered}")
