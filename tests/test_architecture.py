"""Dependencies point inward: domain is pure; pages, API and commands go through services."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import nestling

ROOT = Path(nestling.__file__).parent
STDLIB = set(sys.stdlib_module_names)
IO_MODULES = {"socket", "subprocess", "urllib", "http", "sqlite3", "requests", "shutil"}


def imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
    return found


def modules(area: str) -> list[Path]:
    return sorted((ROOT / area).rglob("*.py"))


def test_domain_is_pure() -> None:
    assert modules("domain")
    for path in modules("domain"):
        for name in imports(path):
            top = name.split(".")[0]
            allowed = (
                name.startswith("nestling.domain")
                or top == "pydantic"
                or (top in STDLIB and top not in IO_MODULES)
                or top == "__future__"
            )
            assert allowed, f"{path.relative_to(ROOT)} imports {name}"


def test_domain_does_not_read_the_clock() -> None:
    for path in modules("domain"):
        text = path.read_text()
        for call in ("datetime.now(", "date.today(", "time.time(", "datetime.utcnow("):
            assert call not in text, f"{path.relative_to(ROOT)} calls {call}"


def test_edges_never_touch_the_store() -> None:
    for area in ("web", "api", "management", "formats"):
        for path in modules(area):
            for name in imports(path):
                assert not name.startswith("nestling.store"), (
                    f"{path.relative_to(ROOT)} imports {name}: go through services/"
                )
                assert not name.startswith("django.db"), f"{path.relative_to(ROOT)}: {name}"


def test_store_does_not_import_services_or_edges() -> None:
    for path in modules("store"):
        for name in imports(path):
            assert not name.startswith(("nestling.services", "nestling.web", "nestling.api"))


def test_every_module_says_what_it_is_for() -> None:
    for path in ROOT.rglob("*.py"):
        if "migrations" in path.parts or (path.name == "__init__.py" and not path.read_text()):
            continue
        assert ast.get_docstring(ast.parse(path.read_text())), f"{path.relative_to(ROOT)}"
