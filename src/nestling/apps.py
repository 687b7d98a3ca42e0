"""Django app configuration for the project package, so its management commands are found."""

from django.apps import AppConfig


class NestlingConfig(AppConfig):
    name = "nestling"
    label = "nestling"

    def ready(self) -> None:
        from nestling import checks  # noqa: F401  (registers the system checks)
