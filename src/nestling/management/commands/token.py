"""`nestling token create|list|revoke`: personal API tokens from the shell."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from nestling.domain.errors import DomainError
from nestling.services import accounts, tokens
from nestling.services.access import Actor


class Command(BaseCommand):
    help = "Create, list or revoke personal API tokens."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        create = sub.add_parser("create", help="Create a token and print it once.")
        create.add_argument("username")
        create.add_argument("--name", default="Command line")
        create.add_argument("--scope", choices=tokens.SCOPES, default="read")
        listing = sub.add_parser("list", help="List a user's tokens.")
        listing.add_argument("username")
        revoke = sub.add_parser("revoke", help="Revoke a token by id.")
        revoke.add_argument("username")
        revoke.add_argument("token_id", type=int)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            who = Actor(user=accounts.by_username(options["username"]))
            if options["action"] == "create":
                _token, raw = tokens.create(
                    actor=who, name=options["name"], scope=options["scope"], now=timezone.now()
                )
                self.stdout.write(raw)
            elif options["action"] == "list":
                for t in tokens.of(actor=who):
                    state = "revoked" if t.revoked_at else f"last used {t.last_used_at or 'never'}"
                    self.stdout.write(f"{t.pk}\t{t.name}\t{t.scope}\t{t.prefix}…\t{state}")
            else:
                tokens.revoke(actor=who, token_id=options["token_id"], now=timezone.now())
                self.stdout.write("Revoked.")
        except DomainError as exc:
            raise CommandError(f"{exc.field}: {exc.message}") from exc
