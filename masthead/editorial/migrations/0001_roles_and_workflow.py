"""Reporters, editors and admins as groups, and the editorial review workflow."""

from django.db import migrations

from masthead.editorial.roles import apply_roles


def forwards(apps, schema_editor):
    apply_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("core", "0002_image_provenance"),
        ("news", "0006_trust_labels_corrections_embargo"),
        ("members", "0002_member_counts"),
        ("campaigns", "0001_initial"),
        ("api", "0002_outgoing_webhooks"),
        ("newsletters", "0001_initial"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
