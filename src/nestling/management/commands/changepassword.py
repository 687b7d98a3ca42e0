"""`nestling changepassword USERNAME [--password-stdin]`: the operator sets someone's password.

Replaces Django's command of the same name: the password is checked by the same rules as on
the site, can come from standard input (for scripts), and the account's sessions are signed
out and its login pauses lifted.
"""

from __future__ import annotations

import getpass
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from nestling.domain.errors import DomainError
from nestling.management.errors import command_error
from nestling.services import accounts


class Command(BaseCommand):
    help = "Set a new password for an account (for someone who forgot theirs)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument(
            "--password-stdin", action="store_true", help="Read the password from standard input."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["password_stdin"]:
            password = sys.stdin.readline().rstrip("\n")
        else:
            password = getpass.getpass("New password: ")
            if password != getpass.getpass("Again: "):
                raise CommandError("The passwords do not match.")
        try:
            user = accounts.set_password_by_operator(
                username=options["username"], password=password
            )
        except DomainError as exc:
            raise command_error(exc, default_field="password") from exc
        self.stdout.write(
            f"Password changed for {user.username}. Every session of theirs is signed out."
        )
