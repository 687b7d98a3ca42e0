"""Counters behind the rate limits."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("store", "0007_screening_share_scope")]

    operations = [
        migrations.CreateModel(
            name="RateCounter",
            fields=[
                ("digest", models.CharField(max_length=64, primary_key=True, serialize=False)),
                ("attempts", models.IntegerField()),
                ("window_ends", models.BigIntegerField(db_index=True)),
            ],
            options={"db_table": "rate_counter"},
        ),
    ]
