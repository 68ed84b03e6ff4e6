"""A narrow copy of what search filters and counts by, one row per page, kept by PostgreSQL itself (PostgreSQL only).

``search_pagefacets`` holds each page's locale, content type, live flag, depth and tree path, and the ids of its
target groups and areas as arrays. The search statement (`search.backends.postgres`) joins the matching index
entries to it alone, so finding, counting and ranking a common word's matches no longer reads the wide page rows
and the ten target group and area link tables for every match.

Triggers keep it exact in the same transaction as the change, whatever makes it (publish, unpublish, a move — which
treebeard writes as one UPDATE of the paths — a delete, a translation, a bulk load, a queryset update):

- on ``wagtailcore_page`` (insert, and an update of those columns) the page's row is written;
- on every target group and area link table of the tagged page classes the page's array is read again;
- a deleted page's row goes with it (a foreign key here; a trigger since 0007, which also follows a TRUNCATE).

A tagged page class added later needs its link tables' triggers: a new migration calling
`install_term_triggers` (a test checks that every link table has them).
"""

from django.db import migrations

TABLE = "search_pagefacets"
TAG_ATTRIBUTES = {"target_groups": "target_groups", "areas": "areas"}

CREATE_TABLE = f"""
CREATE TABLE {TABLE} (
    page_id integer PRIMARY KEY REFERENCES wagtailcore_page (id) ON DELETE CASCADE,
    locale_id integer NOT NULL,
    content_type_id integer NOT NULL,
    live boolean NOT NULL,
    depth integer NOT NULL,
    path varchar(255) NOT NULL,
    target_groups bigint[] NOT NULL DEFAULT '{{}}',
    areas bigint[] NOT NULL DEFAULT '{{}}'
);

CREATE FUNCTION {TABLE}_page() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO {TABLE} (page_id, locale_id, content_type_id, live, depth, path)
    VALUES (NEW.id, NEW.locale_id, NEW.content_type_id, NEW.live, NEW.depth, NEW.path)
    ON CONFLICT (page_id) DO UPDATE SET
        locale_id = EXCLUDED.locale_id, content_type_id = EXCLUDED.content_type_id, live = EXCLUDED.live,
        depth = EXCLUDED.depth, path = EXCLUDED.path;
    RETURN NULL;
END
$$;

CREATE TRIGGER {TABLE}_page AFTER INSERT OR UPDATE OF locale_id, content_type_id, live, depth, path
    ON wagtailcore_page FOR EACH ROW EXECUTE FUNCTION {TABLE}_page();

-- Arguments: the link table, its page column, its term column, and the array column of {TABLE}.
CREATE FUNCTION {TABLE}_terms() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    page integer;
BEGIN
    FOREACH page IN ARRAY ARRAY[
        CASE WHEN TG_OP <> 'DELETE' THEN (to_jsonb(NEW) ->> TG_ARGV[1])::integer END,
        CASE WHEN TG_OP <> 'INSERT' THEN (to_jsonb(OLD) ->> TG_ARGV[1])::integer END
    ] LOOP
        IF page IS NOT NULL THEN
            EXECUTE format(
                'UPDATE {TABLE} SET %I = ARRAY(SELECT DISTINCT %I FROM %I WHERE %I = $1 ORDER BY 1) '
                'WHERE page_id = $1',
                TG_ARGV[3], TG_ARGV[2], TG_ARGV[0], TG_ARGV[1]
            ) USING page;
        END IF;
    END LOOP;
    RETURN NULL;
END
$$;
"""

DROP_TABLE = f"""
DROP TRIGGER IF EXISTS {TABLE}_page ON wagtailcore_page;
DROP TABLE IF EXISTS {TABLE};
DROP FUNCTION IF EXISTS {TABLE}_page();
DROP FUNCTION IF EXISTS {TABLE}_terms() CASCADE;
"""


def term_sources(apps):
    """(array column, link table, page column, term column) of each tagged page class's target groups and areas."""
    sources = []
    for model in apps.get_app_config("participation").get_models():
        for attribute, column in TAG_ATTRIBUTES.items():
            try:
                field = model._meta.get_field(attribute)
            except Exception:  # noqa: BLE001 - the model has no such field
                continue
            if not field.many_to_many or field.model is not model:
                continue
            through = field.remote_field.through._meta
            sources.append((column, through.db_table, field.m2m_column_name(), field.m2m_reverse_name()))
    return sorted(sources)


def install_term_triggers(schema_editor, sources):
    quote = schema_editor.quote_name
    for column, table, page_column, term_column in sources:
        name = quote(f"{TABLE}_{table}"[:63])
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {name} ON {quote(table)}")
        arguments = ", ".join(f"'{value}'" for value in (table, page_column, term_column, column))
        schema_editor.execute(
            f"CREATE TRIGGER {name} AFTER INSERT OR UPDATE OR DELETE ON {quote(table)} "
            f"FOR EACH ROW EXECUTE FUNCTION {TABLE}_terms({arguments})"
        )


def fill(schema_editor, sources):
    quote = schema_editor.quote_name
    arrays = []
    for column in TAG_ATTRIBUTES.values():
        parts = [
            f"SELECT {quote(page_column)} AS page_id, {quote(term_column)} AS term FROM {quote(table)}"
            for array_column, table, page_column, term_column in sources
            if array_column == column
        ]
        union = " UNION ALL ".join(parts) or "SELECT NULL::integer, NULL::bigint WHERE false"
        arrays.append(f"ARRAY(SELECT DISTINCT t.term FROM ({union}) t WHERE t.page_id = p.id ORDER BY 1)")
    schema_editor.execute(
        f"INSERT INTO {TABLE} (page_id, locale_id, content_type_id, live, depth, path, target_groups, areas) "
        f"SELECT p.id, p.locale_id, p.content_type_id, p.live, p.depth, p.path, {', '.join(arrays)} "
        f"FROM wagtailcore_page p"
    )
    schema_editor.execute(f"ANALYZE {TABLE}")


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    sources = term_sources(apps)
    schema_editor.execute(CREATE_TABLE, None)  # no placeholders: the functions use format()'s %I
    install_term_triggers(schema_editor, sources)
    fill(schema_editor, sources)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(DROP_TABLE)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_postgres_index_entry_storage"),
        ("participation", "0003_statisticspage"),
    ]

    operations = [
        migrations.RunPython(create, drop, elidable=False),
    ]
