"""Administrators run live pages too (editors got it from live's migration)."""

from django.db import migrations

from masthead.editorial.roles import ADMINISTRATORS, LATER_GRANTS, ensure_permissions, grant


def forwards(apps, schema_editor):
    ensure_permissions(apps)
    grant(apps, ADMINISTRATORS, LATER_GRANTS[ADMINISTRATORS])


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0003_audit_log_for_administrators"),
        ("live", "0002_editors_live_entry_permissions"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
