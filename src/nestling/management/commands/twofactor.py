"""`nestling twofactor off USERNAME`: the operator turns two-step sign-in off for someone who
lost both their phone and their recovery codes (they sign in with the password alone again)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from nestling.domain.errors import DomainError
from nestling.management.errors import command_error
from nestling.services import accounts, twofactor


class Command(BaseCommand):
    help = "Turn two-step sign-in off for an account (or see whether it is on)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["status", "off"])
        parser.add_argument("username")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            user = accounts.by_username(options["username"])
        except DomainError as exc:
            raise command_error(exc, default_field="username") from exc
        if options["action"] == "status":
            state = "on" if twofactor.enabled(user) else "off"
            self.stdout.write(f"Two-step sign-in is {state} for {user.username}.")
            return
        twofactor.remove(user=user)
        self.stdout.write(f"Two-step sign-in is off for {user.username}.")
