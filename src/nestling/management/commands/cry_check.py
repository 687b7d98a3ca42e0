"""`nestling cry-check BABY_ID [--at TIME] [--json]`: the cry helper's check from the shell."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from nestling.domain.errors import DomainError
from nestling.formats import cry as present
from nestling.services import cry


class Command(BaseCommand):
    help = (
        "Why might a baby be crying? Red flags first, then the reasons ranked from the journal, "
        "what usually works and the week's crying pattern. Runs as the operator (no user "
        "needed), so nobody's private check-ins are read."
    )

    def create_parser(self, prog_name: str, subcommand: str, **kwargs: Any) -> CommandParser:
        return super().create_parser(prog_name, "cry-check", **kwargs)

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("baby_id", type=int, help="The baby's id (see the API or the URL).")
        parser.add_argument(
            "--at",
            help="When to check, as an ISO time (e.g. 2026-11-22T19:30); without a zone it is "
            "read in the household's time zone. Default: now.",
        )
        parser.add_argument("--json", action="store_true", help="Print the API's JSON instead.")
        parser.add_argument(
            "--symptom",
            action="append",
            default=[],
            metavar="CODE",
            help="A ticked warning sign (repeatable), e.g. --symptom breathing_hard.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        now = timezone.now()
        try:
            at = self._at(options["at"], options["baby_id"], now)
            result = cry.check_as_operator(
                baby_id=options["baby_id"], now=now, at=at, symptoms=options["symptom"]
            )
        except DomainError as exc:
            raise CommandError(f"{exc.field or 'error'}: {exc.message}") from exc
        data = present.as_data(result)
        if options["json"]:
            self.stdout.write(json.dumps(data, indent=2, ensure_ascii=False))
        else:
            self.stdout.write(present.as_text(data), ending="")

    def _at(self, value: str | None, baby_id: int, now: datetime) -> datetime | None:
        if not value:
            return None
        try:
            at = datetime.fromisoformat(value)
        except ValueError as exc:
            raise CommandError(f"--at: not an ISO time: {value}") from exc
        if at.tzinfo is None:
            zone = cry.household_zone(baby_id)
            at = at.replace(tzinfo=ZoneInfo(zone))
        return at
