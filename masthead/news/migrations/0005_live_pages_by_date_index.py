"""An index for the feed, topic and author pages: live pages of one language,
newest first. Without it the database sorts every page of the archive to
show the first twelve (0.2-0.5 s at 100,000 articles; bench/breaking.py).

The index is on Wagtail's page table, which Masthead does not own, so it is
created with SQL (the same statement on SQLite and PostgreSQL).
"""

from django.db import migrations

INDEX = "masthead_page_locale_published"


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0004_articlepage_visibility"),
    ]

    operations = [
        migrations.RunSQL(
            sql=(
                f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page "
                "(locale_id, first_published_at, id)"
            ),
            reverse_sql=f"DROP INDEX IF EXISTS {INDEX}",
        )
    ]
