"""An index on ``search_pagefacets.entry_id`` (PostgreSQL only).

The triggers of 0005 find a page's row by its index entry's id when the entry is updated, deleted or has its title
norm refreshed; without an index each of those read the whole table, so indexing a page cost time in proportion to
the number of pages (a 100,000-page bulk load slowed to a crawl).
"""

from django.db import migrations

INDEX = "search_pagefacets_entry_id"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON search_pagefacets (entry_id)")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0005_postgres_page_search_vectors"),
    ]

    operations = [
        migrations.RunPython(create, drop, elidable=False),
    ]
