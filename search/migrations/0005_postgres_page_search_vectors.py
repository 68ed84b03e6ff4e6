"""Each page's words beside its facets, so that search finds, counts and ranks matches in one table (PostgreSQL only).

`search_pagefacets` (0004) gets, from the page's search index entry: the entry's id, its title vector and title
norm (for the title rank), the stored size of its body vector (the cheap ranking measure, read as
``pg_column_size`` of the stored entry), and ``lexemes``, the words of title and body without positions
(``strip(title || body)``) with a GIN index. A word, or any and/or combination of words, is in ``lexemes`` exactly
when it is in the title or the body, so ``lexemes @@ query`` finds the same pages as the index entries do for the
portal's queries (phrases, which need positions, still go through the index entries). The search statement then
reads one narrow row per match instead of joining every matching entry to its page.

Triggers on ``wagtailsearch_indexentry`` keep these columns: an entry written (the search backend's indexer,
``update_index``) copies itself to its page's row, an entry deleted clears them, and the indexer's refresh of the
title norms copies only the norm. The
lexemes are stored out of line (TOAST): only the GIN index reads them.
"""

from django.db import migrations

TABLE = "search_pagefacets"

CREATE = f"""
ALTER TABLE {TABLE}
    ADD COLUMN entry_id integer,
    ADD COLUMN title tsvector,
    ADD COLUMN title_norm double precision,
    ADD COLUMN body_size integer,
    ADD COLUMN lexemes tsvector;
ALTER TABLE {TABLE} SET (toast_tuple_target = 128),
    ALTER COLUMN title SET STORAGE MAIN,
    ALTER COLUMN target_groups SET STORAGE MAIN,
    ALTER COLUMN areas SET STORAGE MAIN,
    ALTER COLUMN lexemes SET STORAGE EXTERNAL;

CREATE FUNCTION {TABLE}_entry() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE {TABLE} SET entry_id = NULL, title = NULL, title_norm = NULL, body_size = NULL, lexemes = NULL
        WHERE entry_id = OLD.id;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.object_id ~ '^[0-9]{{1,9}}$' THEN
        -- An AFTER trigger reads the row as stored, so pg_column_size is the body's stored size.
        UPDATE {TABLE} SET entry_id = NEW.id, title = NEW.title, title_norm = NEW.title_norm,
            body_size = pg_column_size(NEW.body), lexemes = strip(NEW.title || NEW.body)
        WHERE page_id = NEW.object_id::integer AND content_type_id = NEW.content_type_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER {TABLE}_entry AFTER INSERT OR DELETE OR UPDATE OF object_id, content_type_id, title, body
    ON wagtailsearch_indexentry FOR EACH ROW EXECUTE FUNCTION {TABLE}_entry();

-- The indexer's refresh of the title norms sets only that column: the page row's words are left as they are.
CREATE FUNCTION {TABLE}_title_norm() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE {TABLE} SET title_norm = NEW.title_norm WHERE entry_id = NEW.id;
    RETURN NULL;
END
$$;

CREATE TRIGGER {TABLE}_title_norm AFTER UPDATE OF title_norm ON wagtailsearch_indexentry
    FOR EACH ROW WHEN (OLD.title_norm IS DISTINCT FROM NEW.title_norm) EXECUTE FUNCTION {TABLE}_title_norm();

UPDATE {TABLE} f SET entry_id = e.id, title = e.title, title_norm = e.title_norm, body_size = pg_column_size(e.body),
    lexemes = strip(e.title || e.body)
FROM wagtailsearch_indexentry e
WHERE e.object_id = f.page_id::text AND e.content_type_id = f.content_type_id;
CREATE INDEX {TABLE}_lexemes ON {TABLE} USING gin (lexemes);
ANALYZE {TABLE};
"""

DROP = f"""
DROP TRIGGER IF EXISTS {TABLE}_entry ON wagtailsearch_indexentry;
DROP TRIGGER IF EXISTS {TABLE}_title_norm ON wagtailsearch_indexentry;
DROP FUNCTION IF EXISTS {TABLE}_entry();
DROP FUNCTION IF EXISTS {TABLE}_title_norm();
DROP INDEX IF EXISTS {TABLE}_lexemes;
ALTER TABLE {TABLE} RESET (toast_tuple_target),
    DROP COLUMN entry_id, DROP COLUMN title, DROP COLUMN title_norm, DROP COLUMN body_size, DROP COLUMN lexemes;
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, None)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, None)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_postgres_page_facets"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [
        migrations.RunPython(create, drop, elidable=False),
    ]
