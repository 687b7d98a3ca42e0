"""`nestling demo [--reset]`: a demo household to look around in."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from nestling.services import demo


class Command(BaseCommand):
    help = "Create a demo household (two caregivers and a baby about 7 weeks old)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--reset", action="store_true", help="Remove and rebuild the demo.")

    def handle(self, *args: Any, **options: Any) -> None:
        result = demo.build(reset=options["reset"], now=timezone.now())
        verb = "Created" if result.created else "Found"
        self.stdout.write(f"{verb} the demo household “{result.household_name}”.")
        for login in result.logins:
            self.stdout.write(f"  log in as {login.username} / {login.password}  ({login.who})")
