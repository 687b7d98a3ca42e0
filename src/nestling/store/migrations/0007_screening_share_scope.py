"""A shared screening shows the household only the scope its respondent previewed and chose."""

from django.db import migrations, models


def shared_so_far_shows_the_score(apps, schema_editor):
    # Results shared before the preview existed were shared as "the score, never your
    # answers": the score scope is the one that keeps that promise.
    Screening = apps.get_model("store", "Screening")
    Screening.objects.filter(shared_with_household=True).update(share_scope="score")


class Migration(migrations.Migration):
    dependencies = [("store", "0006_entry_baby_index_covered")]

    operations = [
        migrations.AddField(
            model_name="screening",
            name="share_scope",
            field=models.CharField(blank=True, max_length=16),
        ),
        migrations.RunPython(shared_so_far_shows_the_score, migrations.RunPython.noop),
    ]
