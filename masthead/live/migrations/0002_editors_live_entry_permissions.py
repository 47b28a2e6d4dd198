"""Editors post, edit and delete live entries; Reporters do not."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Editors"
CODENAMES = ["add_liveentry", "change_liveentry", "delete_liveentry", "view_liveentry"]


def grant(apps, schema_editor):
    # Permissions are made after all migrations ran; make them now.
    app_config = apps.get_app_config("live")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    # Whichever migration runs first creates the group (news makes it too).
    editors, _ = Group.objects.get_or_create(name=GROUP)
    editors.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="live", codename__in=CODENAMES
        )
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name=GROUP).first()
    if editors is not None:
        editors.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="live", codename__in=CODENAMES
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("live", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
