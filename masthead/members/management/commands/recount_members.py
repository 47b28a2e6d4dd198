from django.core.management.base import BaseCommand

from masthead.members.models import MemberCount
from masthead.members.services import recount


class Command(BaseCommand):
    help = "Rebuild the running member totals the membership drive reads."

    def handle(self, *args, **options):
        for metric in MemberCount.Metric.values:
            self.stdout.write(f"{metric}: {recount(metric)}")
