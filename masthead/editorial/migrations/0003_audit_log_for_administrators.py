"""Administrators read the audit log."""

from django.db import migrations

from masthead.editorial.roles import ADMINISTRATORS, ensure_permissions, grant


def forwards(apps, schema_editor):
    ensure_permissions(apps)
    grant(apps, ADMINISTRATORS, ["editorial.view_auditevent"])


class Migration(migrations.Migration):
    dependencies = [("editorial", "0002_audit_log")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
