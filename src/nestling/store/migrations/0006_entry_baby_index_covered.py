"""Entry.baby loses its own index: every entry index already starts with baby_id.

Only the index is dropped (no table rebuild on SQLite, which AlterField would do); the name is
the one Django generated for the foreign key in 0002 on both SQLite and PostgreSQL.
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("store", "0005_entry_indexes_follow_order"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="entry",
                    name="baby",
                    field=models.ForeignKey(
                        db_index=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="entries",
                        to="store.baby",
                    ),
                ),
            ],
            database_operations=[
                migrations.RunSQL(
                    sql='DROP INDEX IF EXISTS "entry_baby_id_4c4272d1"',
                    reverse_sql='CREATE INDEX "entry_baby_id_4c4272d1" ON "entry" ("baby_id")',
                ),
            ],
        ),
    ]
