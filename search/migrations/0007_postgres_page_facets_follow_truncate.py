"""``search_pagefacets`` follows a TRUNCATE of the pages and of the search index, with no foreign key (PostgreSQL only).

Django empties the tables it knows with one TRUNCATE (``manage.py flush``, and between transactional tests), which
PostgreSQL refuses while this table's foreign key points at ``wagtailcore_page``. So the key goes: a deleted page's
row is removed by a trigger instead, a TRUNCATE of the pages empties this table, and a TRUNCATE of the index entries
clears the words copied from them, as deleting them one by one does.
"""

from django.db import migrations

TABLE = "search_pagefacets"

FORWARD = f"""
DO $$
DECLARE
    foreign_key text;
BEGIN
    FOR foreign_key IN SELECT conname FROM pg_constraint WHERE conrelid = '{TABLE}'::regclass AND contype = 'f' LOOP
        EXECUTE format('ALTER TABLE {TABLE} DROP CONSTRAINT %I', foreign_key);
    END LOOP;
END
$$;

CREATE FUNCTION {TABLE}_page_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM {TABLE} WHERE page_id = OLD.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER {TABLE}_page_deleted AFTER DELETE ON wagtailcore_page
    FOR EACH ROW EXECUTE FUNCTION {TABLE}_page_deleted();

CREATE FUNCTION {TABLE}_pages_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE {TABLE};
    RETURN NULL;
END
$$;
CREATE TRIGGER {TABLE}_pages_truncated AFTER TRUNCATE ON wagtailcore_page
    FOR EACH STATEMENT EXECUTE FUNCTION {TABLE}_pages_truncated();

CREATE FUNCTION {TABLE}_entries_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE {TABLE} SET entry_id = NULL, title = NULL, title_norm = NULL, body_size = NULL, lexemes = NULL
    WHERE entry_id IS NOT NULL;
    RETURN NULL;
END
$$;
CREATE TRIGGER {TABLE}_entries_truncated AFTER TRUNCATE ON wagtailsearch_indexentry
    FOR EACH STATEMENT EXECUTE FUNCTION {TABLE}_entries_truncated();
"""

BACKWARD = f"""
DROP TRIGGER IF EXISTS {TABLE}_entries_truncated ON wagtailsearch_indexentry;
DROP TRIGGER IF EXISTS {TABLE}_pages_truncated ON wagtailcore_page;
DROP TRIGGER IF EXISTS {TABLE}_page_deleted ON wagtailcore_page;
DROP FUNCTION IF EXISTS {TABLE}_entries_truncated();
DROP FUNCTION IF EXISTS {TABLE}_pages_truncated();
DROP FUNCTION IF EXISTS {TABLE}_page_deleted();
DELETE FROM {TABLE} WHERE page_id NOT IN (SELECT id FROM wagtailcore_page);
ALTER TABLE {TABLE} ADD FOREIGN KEY (page_id) REFERENCES wagtailcore_page (id) ON DELETE CASCADE;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD, params=None)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0006_postgres_page_facets_entry_index"),
    ]

    operations = [
        migrations.RunPython(forward, backward, elidable=False),
    ]
