"""The household's audit trail, append-only down to the database.

PostgreSQL refuses any UPDATE or DELETE of a row, unless the transaction says it is erasing
households on purpose (services/audit.py `erasing`, e.g. the demo's reset); TRUNCATE (test
teardown) is not a row change. SQLite refuses UPDATE; its DELETE stays possible because
Django's test flush empties tables with DELETE; services never delete (the model refuses).
"""

import django.db.models.deletion
from django.db import migrations, models

POSTGRES = """
CREATE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('nestling.erase', true) = 'households' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_event is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
"""
SQLITE = """
CREATE TRIGGER audit_event_append_only BEFORE UPDATE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END;
"""


def append_only(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES)
    elif connection.vendor == "sqlite":
        schema_editor.execute(SQLITE.strip())


def no_triggers(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "postgresql":
        schema_editor.execute("DROP TRIGGER IF EXISTS audit_event_append_only ON audit_event")
        schema_editor.execute("DROP FUNCTION IF EXISTS audit_event_append_only()")
    elif connection.vendor == "sqlite":
        schema_editor.execute("DROP TRIGGER IF EXISTS audit_event_append_only")


class Migration(migrations.Migration):
    dependencies = [
        ("store", "0009_user_session"),
    ]

    operations = [
        migrations.CreateModel(
            name="AuditEvent",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("at", models.DateTimeField()),
                ("actor_id", models.BigIntegerField(null=True)),
                ("actor_name", models.CharField(max_length=150)),
                ("action", models.CharField(max_length=32)),
                ("target_id", models.BigIntegerField(null=True)),
                ("details", models.JSONField(default=dict)),
                (
                    "household",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="store.household",
                    ),
                ),
            ],
            options={
                "db_table": "audit_event",
                "indexes": [
                    models.Index(fields=["household", "-at", "-id"], name="audit_household_at")
                ],
            },
        ),
        migrations.RunPython(append_only, no_triggers),
    ]
