"""Keep the search index table's rows small on PostgreSQL, so a common word's matches are read from few pages.

Each row holds a page's title and body tsvectors and texts. A body vector is a few kilobytes, and PostgreSQL keeps
values up to about 2 kB compressed inside the row, so a row filled a whole 8 kB page: a word matching half of
10,000 pages read some 5,000 pages just to get their ids and title ranks. Here the body (vector and text) moves out
of line, into the table's TOAST storage, as soon as a row exceeds 128 bytes, while the title, autocomplete and
title text stay in the row: the title rank is computed for every match and must not fetch them from elsewhere. The
body vector is only read for the few best candidates (`search.backends.postgres`).

Rows already indexed keep their old layout until they are written again: run ``manage.py update_index`` once.
"""

from django.db import migrations

ROW_COLUMNS = ("title", "autocomplete", "title_text")


def table_layout(table_option, storage):
    def alter(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        table = schema_editor.quote_name(apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table)
        columns = ", ".join(f"ALTER COLUMN {column} SET STORAGE {storage}" for column in ROW_COLUMNS)
        schema_editor.execute(f"ALTER TABLE {table} {table_option}, {columns}")

    return alter


small_rows = table_layout("SET (toast_tuple_target = 128)", "MAIN")
default_rows = table_layout("RESET (toast_tuple_target)", "EXTENDED")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_noresultquery"),
    ]

    operations = [
        migrations.RunPython(small_rows, default_rows, elidable=False),
    ]
