"""Schemathesis against the real server (`nestling serve`, 2 workers) on the run's database: no
input may produce a 5xx, and every answer must be one the OpenAPI document promises (its status,
content type and schema). Issue 10 found 13 server errors and 119 mismatches this way.

Three callers at once, each a separate `st run` process: a read-write token (every phase: the
documented examples, boundary and negative values, random fuzzing and chains of calls that
follow the API's links), a read-only token (every write must answer a documented 403) and no
credentials at all (401 everywhere). Seeds and example counts are fixed, so a run is repeatable
and bounded: about two minutes per database on a 2-core machine.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.server.live import ROOT, LiveServer

ST = Path(sys.executable).with_name("st")
CHECKS = ",".join(
    (
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_schema_conformance",
        "response_headers_conformance",
    )
)
# (name, token, phases, examples per operation)
RUNS = (
    ("write", "write", "examples,coverage,fuzzing,stateful", 15),
    ("read", "read", "fuzzing", 5),
    ("anonymous", None, "fuzzing", 2),
)
CONFIG = Path(__file__).with_name("schemathesis.toml")
TIMEOUT = 600

SETUP = """
import json
from datetime import date, time, timedelta
from django.utils import timezone
from nestling.domain.households import HouseholdSettings
from nestling.services import accounts, babies, cry, households, screenings, timers, tokens
from nestling.services.access import Actor
now = timezone.now()
user = accounts.sign_up(username="fuzz", password="a-long-passphrase-1", display_name="Fuzz",
                        now=now)
me = Actor(user=user)
settings = HouseholdSettings("Fuzz home", "Europe/London", "GB", "metric", time(6, 0))
household = households.create(actor=me, settings=settings, relationship="mother", now=now)
baby = babies.create(actor=me, household_id=household.household_id, now=now,
                     values={"name": "Ada", "birth_date": date.today() - timedelta(days=40)})
# Things at id 1 that the fuzzer's boundary values (id = 1) reach: a running feed timer,
# a crying spell and a stored screening.
timers.start_timer(actor=me, baby_id=baby.baby.pk, kind="feed", now=now,
                   details={"method": "breast", "side": "left"})
cry.start_episode(actor=me, baby_id=baby.baby.pk, now=now)
screenings.record(actor=me, instrument="phq2", answers=[1, 0], now=now,
                  household_id=household.household_id, baby_id=baby.baby.pk)
write, write_raw = tokens.create_for(user=user, name="fuzz-write", scope="write", now=now)
read, read_raw = tokens.create_for(user=user, name="fuzz-read", scope="read", now=now)
print(json.dumps({"write": write_raw, "read": read_raw, "tokens": [write.pk, read.pk],
                  "babies": [baby.baby.pk]}))
"""


def _start(
    server: LiveServer,
    name: str,
    token: str | None,
    phases: str,
    examples: int,
    seed: int,
    protect: dict[str, Any],
) -> subprocess.Popen[str]:
    args = [
        str(ST), "--config-file", str(CONFIG), "run", f"{server.url}/api/v1/openapi.json",
        "--checks", CHECKS,
        "--phases", phases,
        "--max-examples", str(examples),
        "--seed", str(seed),
        "--generation-database", "none",
        "--workers", "1",
        "--request-timeout", "30",
        "--max-failures", "100",
        "--suppress-health-check", "all",
        "--warnings", "off",
        "--no-color",
    ]  # fmt: skip
    if token:
        args += ["--header", f"Authorization: Bearer {token}"]
    env = {
        **os.environ,
        "SCHEMATHESIS_HOOKS": "tests.server.schemathesis_hooks",
        "NESTLING_FUZZ_PROTECT": json.dumps(protect),
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    log = open(server.tmp / f"st-{name}.log", "w")  # noqa: SIM115
    # Run from the installation's own directory: `st` keeps a cache in its working directory.
    return subprocess.Popen(
        args, cwd=server.tmp, env=env, stdout=log, stderr=subprocess.STDOUT, text=True
    )


def _summary(text: str) -> str:
    """The lines that say how a run went: its test-case count and outcome."""
    keep = [line for line in text.splitlines() if "generated" in line or " in " in line[-12:]]
    return " | ".join(line.strip(" =") for line in keep[-2:])


def test_fuzzing_finds_no_server_error_and_no_answer_the_document_does_not_promise(
    live: Callable[..., LiveServer],
) -> None:
    server = live()
    server.start(workers=2)  # migrates, then serves
    server.wait_ready(timeout=120)
    deadline = time.monotonic() + 120
    while server.request("GET", "/healthz").status != 200 and time.monotonic() < deadline:
        time.sleep(0.2)
    family = json.loads(server.shell(SETUP).strip().splitlines()[-1])
    protect = {"tokens": family["tokens"], "babies": family["babies"]}
    started = time.monotonic()
    procs = {
        name: _start(
            server, name, family[token] if token else None, phases, examples, seed, protect
        )
        for seed, (name, token, phases, examples) in enumerate(RUNS, start=10)
    }
    failed = {}
    for name, proc in procs.items():
        code = proc.wait(timeout=TIMEOUT)
        text = (server.tmp / f"st-{name}.log").read_text()
        print(f"schemathesis {name} ({server.backend}): {_summary(text)}")
        if code != 0:
            failed[name] = text[-12000:]
    print(f"schemathesis on {server.backend}: {time.monotonic() - started:.0f} s in all")
    assert not failed, "\n\n".join(f"== {n}\n{t}" for n, t in failed.items()) + server.log()
    # The run kept its ground (see schemathesis_hooks.py): its token and baby are still there,
    # so its later calls reached the code behind authentication and lookups.
    me = server.request("GET", f"/api/v1/babies/{family['babies'][0]}", token=family["write"])
    assert me.status == 200, me.body
