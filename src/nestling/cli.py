"""The `nestling` command: Django's management commands with Nestling's settings."""

from __future__ import annotations

import os
import sys

DASHED = {"cry-check": "cry_check"}


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nestling.settings")
    args[0] = "nestling"
    # Command modules cannot have dashes; people type `nestling cry-check` (and `help cry-check`).
    args = [DASHED.get(arg, arg) if i in (1, 2) else arg for i, arg in enumerate(args)]
    if len(args) > 1 and args[1] == "check" and "--deploy" not in args:
        # `nestling check` is for operators: always include the deployment checks.
        args.append("--deploy")
    from django.core.management import execute_from_command_line

    execute_from_command_line(args)


if __name__ == "__main__":
    main()
