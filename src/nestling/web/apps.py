"""Django app configuration for the pages (templates, static files)."""

from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "nestling.web"
    label = "web"
