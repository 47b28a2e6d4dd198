"""Create the running totals the membership drive reads."""

from django.db import migrations


def create_counts(apps, schema_editor):
    MemberCount = apps.get_model("members", "MemberCount")
    for metric in ("members", "paying", "donors"):
        MemberCount.objects.get_or_create(metric=metric)


class Migration(migrations.Migration):
    dependencies = [("members", "0001_initial")]

    operations = [migrations.RunPython(create_counts, migrations.RunPython.noop)]
