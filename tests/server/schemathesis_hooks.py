"""Schemathesis hooks for tests/server/test_schemathesis.py (loaded through SCHEMATHESIS_HOOKS).

The fuzzer may do anything a client may do, except pull the ground from under its own feet:
revoking the tokens it runs with, or deleting the baby most operations are about, would turn
the rest of the run into 401s and 404s and test nothing. Those calls go to an id that does
not exist instead (and still have to answer as documented).
"""

from __future__ import annotations

import json
import os
from typing import Any

import schemathesis

NOWHERE = 987_654_321
PROTECTED: dict[str, set[str]] = {
    key: {str(v) for v in values}
    for key, values in json.loads(os.environ.get("NESTLING_FUZZ_PROTECT", "{}")).items()
}
# (method, path in the document, path parameter) -> the key in PROTECTED
GUARDED = {
    ("DELETE", "/api/v1/tokens/{token_id}", "token_id"): "tokens",
    ("DELETE", "/api/v1/babies/{baby_id}", "baby_id"): "babies",
}


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    operation = case.operation
    for (method, path, name), key in GUARDED.items():
        guarded = operation.method.upper() == method and operation.path == path
        if guarded and str((case.path_parameters or {}).get(name)) in PROTECTED.get(key, set()):
            case.path_parameters[name] = NOWHERE
