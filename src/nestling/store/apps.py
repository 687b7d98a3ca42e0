"""Django app configuration for the store."""

from django.apps import AppConfig


class StoreConfig(AppConfig):
    name = "nestling.store"
    label = "store"
    default_auto_field = "django.db.models.BigAutoField"
