"""A stemmed view of Wagtail's SQLite search index.

Wagtail's FTS5 table tokenizes words as they are written, so "elections" does
not find "election". This adds a second FTS5 index over the same rows
(external content: the text is stored once, in ``wagtailsearch_indexentry``)
with the ``porter`` tokenizer, which stems English words and passes other
scripts through unchanged. Triggers keep it in step with every write Wagtail
makes. PostgreSQL stems with its ``english`` configuration and needs nothing.
"""

from django.db import migrations

TABLE = "masthead_search_stemmed"


def statements(source: str) -> list[str]:
    return [
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5(title, body, content='{source}', "
        "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')",
        f"CREATE TRIGGER {TABLE}_insert AFTER INSERT ON {source} BEGIN "
        f"INSERT INTO {TABLE}(rowid, title, body) VALUES (new.id, new.title, new.body); "
        "END",
        f"CREATE TRIGGER {TABLE}_delete AFTER DELETE ON {source} BEGIN "
        f"INSERT INTO {TABLE}({TABLE}, rowid, title, body) "
        "VALUES ('delete', old.id, old.title, old.body); END",
        f"CREATE TRIGGER {TABLE}_update AFTER UPDATE ON {source} BEGIN "
        f"INSERT INTO {TABLE}({TABLE}, rowid, title, body) "
        "VALUES ('delete', old.id, old.title, old.body); "
        f"INSERT INTO {TABLE}(rowid, title, body) VALUES (new.id, new.title, new.body); "
        "END",
        f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')",
    ]


DROP = [
    f"DROP TRIGGER IF EXISTS {TABLE}_insert",
    f"DROP TRIGGER IF EXISTS {TABLE}_delete",
    f"DROP TRIGGER IF EXISTS {TABLE}_update",
    f"DROP TABLE IF EXISTS {TABLE}",
]


def has_fts5(schema_editor) -> bool:
    if schema_editor.connection.vendor != "sqlite":
        return False
    from wagtail.search.backends.database.sqlite.utils import fts5_available

    return fts5_available()


def create(apps, schema_editor):
    if has_fts5(schema_editor):
        source = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
        for statement in statements(source):
            schema_editor.execute(statement)


def drop(apps, schema_editor):
    if has_fts5(schema_editor):
        for statement in DROP:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
