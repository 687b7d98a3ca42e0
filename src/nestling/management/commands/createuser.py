"""`nestling createuser USERNAME [--password-stdin]`: add an account from the shell."""

from __future__ import annotations

import getpass
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from nestling.domain.errors import DomainError
from nestling.services import accounts


class Command(BaseCommand):
    help = "Create a user account."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument(
            "--password-stdin", action="store_true", help="Read the password from standard input."
        )
        parser.add_argument("--name", default="", help="The name others see.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["password_stdin"]:
            password = sys.stdin.readline().rstrip("\n")
        else:
            password = getpass.getpass("Password: ")
            if password != getpass.getpass("Again: "):
                raise CommandError("The passwords do not match.")
        try:
            user = accounts.sign_up(
                username=options["username"],
                password=password,
                display_name=options["name"],
                now=timezone.now(),
            )
        except DomainError as exc:
            raise CommandError(f"{exc.field}: {exc.message}") from exc
        self.stdout.write(f"Created {user.username}.")
