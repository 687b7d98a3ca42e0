"""`nestling instruments list|load-text|remove-text`: the questionnaires and their licensed text."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from nestling.domain.errors import DomainError
from nestling.management.errors import command_error
from nestling.services import instruments


class Command(BaseCommand):
    help = "List the questionnaires, or load (or remove) licensed wording such as the EPDS."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("list", help="Every questionnaire and whether it can be taken.")
        load = sub.add_parser(
            "load-text",
            help='Load wording from a JSON file: {"intro": "...", "items": '
            '[{"text": "...", "options": ["...", ...]}, ...]}. "-" reads standard input.',
        )
        load.add_argument("code")
        load.add_argument("file")
        remove = sub.add_parser("remove-text", help="Forget the loaded wording.")
        remove.add_argument("code")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            if options["action"] == "list":
                self._list()
            elif options["action"] == "load-text":
                self._load(options["code"], options["file"])
            else:
                removed = instruments.remove_text(code=options["code"])
                self.stdout.write("Removed." if removed else "There was no loaded text.")
        except DomainError as exc:
            raise command_error(exc, default_field="file") from exc

    def _list(self) -> None:
        for i in instruments.catalogue():
            status = "available" if i.text_licensed else "needs licensed text (load-text)"
            who = ",".join(r.value for r in i.respondents)
            self.stdout.write(f"{i.code}\t{len(i.items)} items\t{who}\t{status}\t{i.name}")

    def _load(self, code: str, file: str) -> None:
        try:
            raw = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
        except OSError as exc:
            raise CommandError(f"Cannot read {file}: {exc.strerror or exc}") from exc
        try:
            data = json.loads(raw)
        except ValueError as exc:
            raise CommandError(f"{file} is not valid JSON: {exc}") from exc
        worded = instruments.load_text(code=code, data=data, now=timezone.now())
        self.stdout.write(
            f"Loaded the licensed text for {code} ({len(worded.items)} questions). "
            "It is stored in the database, not in Nestling's files."
        )
