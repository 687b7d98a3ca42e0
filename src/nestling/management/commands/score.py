"""`nestling score CODE --answers 0,1,2,...`: score a questionnaire in the shell; stores nothing."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from nestling.domain.errors import DomainError
from nestling.formats.screenings import result_data, result_text
from nestling.management.errors import command_error
from nestling.services.scores import score

UNANSWERED = {"", "-", "x", "null", "none"}


def parse_answers(text: str) -> list[int | None]:
    """'0,1,,3' -> [0, 1, None, 3]; an empty place, '-' or 'x' means unanswered."""
    answers: list[int | None] = []
    for index, part in enumerate(text.split(",")):
        value = part.strip().lower()
        if value in UNANSWERED:
            answers.append(None)
        elif value.isdigit():
            answers.append(int(value))
        else:
            raise CommandError(f"answers[{index}]: '{part.strip()}' is not an option number.")
    return answers


class Command(BaseCommand):
    help = (
        "Score answers to a questionnaire (option indexes in printed order, 0 = the top option) "
        "and print the result. Nothing is stored."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("code", help="phq9, gad7, epds, pbq, ... (see `instruments list`).")
        parser.add_argument("--answers", required=True, help="e.g. 0,1,2,3 (empty or - = skipped)")
        parser.add_argument("--respondent", choices=["mother", "father", "caregiver"])
        parser.add_argument("--language", default=None)
        parser.add_argument("--antenatal", action="store_true", help="Answered in pregnancy.")
        parser.add_argument("--country", default=None, help="For crisis resources, e.g. GB.")
        parser.add_argument("--json", action="store_true", help="Print JSON.")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            outcome = score(
                instrument=options["code"],
                answers=parse_answers(options["answers"]),
                respondent=options["respondent"],
                language=options["language"],
                antenatal=options["antenatal"],
                country=options["country"],
            )
        except DomainError as exc:
            raise command_error(exc, default_field="error") from exc
        if options["json"]:
            self.stdout.write(json.dumps(result_data(outcome), indent=2, ensure_ascii=False))
        else:
            self.stdout.write(result_text(outcome))
