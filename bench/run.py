"""`make bench`: Nestling's speed as ratios to a bare Django floor, measured in one run.

For each database size, a fresh data directory is migrated and filled (bench/prepare.py), then
`nestling serve --workers 2` is started on a free loopback port and the scenarios below are run
against it by bench/load.py in a second process. The floor app (bench/floor_app.py) is served
the same way before and after. Results go to bench/results/<time>.json (raw) and
docs/performance.md (tables, ratios, PASS/MISS). See bench/README.md.

    .venv/bin/python bench/run.py [--sizes 1x,10x] [--seconds 20] [--requests 2000] [--no-doc]
"""

from __future__ import annotations

import argparse
import http.client
import importlib.metadata
import json
import os
import platform
import re
import resource
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
PYTHON = sys.executable
NESTLING = str(Path(sys.executable).with_name("nestling"))
RESULTS = BENCH / "results"
DOC = ROOT / "docs" / "performance.md"
MARKER = "<!-- runs: newest first; `make bench` adds one here -->"
HOST = "127.0.0.1"

# Days of history: 1x = one baby's first year; 10x = one baby with ten years of history, so the
# history behind the baby being looked at is ten times longer (not just the table: see README).
SIZES = {"1x": 365, "10x": 3650}
OFFSETS = list(range(0, 2000, 100))  # B and F2 page through the 2,000 newest, like the peer
SCENARIOS = {
    "A": "POST /api/v1/babies/{id}/entries (diaper, token)",
    "B": "GET /api/v1/babies/{id}/entries?limit=100&offset=k (token)",
    "C": "GET /babies/{id}/log/ (quick-log page, session)",
    "D": "GET /babies/{id}/timeline/?day=yesterday (session)",
    "E": "GET /api/v1/babies/{id}/cry-check (token)",
    "G": "GET /babies/{id}/ (the baby's page with the glance, session)",
    "F1": "floor: POST /api/rows (token)",
    "F2": "floor: GET /api/rows?limit=100&offset=k (token)",
}
# (figure, floor, at least): the targets, as req/s ratios. E "costs ≤ 2x F2" = ≥ 0.5.
TARGETS = [
    ("A", "F1", 0.70),
    ("B", "F2", 0.70),
    ("C", "F2", 0.50),
    ("D", "F2", 0.50),
    ("E", "F2", 0.50),
    ("G", "F2", 0.50),
]
NESTLING_SCENARIOS = ("A", "B", "C", "D", "E", "G")
FLAT = 1.5  # 10x history: every figure within 1.5x of 1x
DIARY = '{"kind":"diaper","started_at":"{now}","details":{"contents":"wet"}}'


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1x,10x", help="comma-separated: " + ",".join(SIZES))
    parser.add_argument("--seconds", type=float, default=15, help="time cap per scenario")
    parser.add_argument("--requests", type=int, default=2000, help="request cap per scenario")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-doc", action="store_true", help="do not update the docs")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data")
    parser.add_argument(
        "--wait-quiet",
        type=float,
        default=120,
        help="seconds to wait, before each size, for other programs to leave the CPUs alone",
    )
    args = parser.parse_args(argv)
    sizes = [s for s in args.sizes.split(",") if s]
    unknown = [s for s in sizes if s not in SIZES]
    if unknown:
        parser.error(f"unknown size(s): {', '.join(unknown)}")
    load = {"seconds": args.seconds, "requests": args.requests, "clients": args.clients}
    work = Path(tempfile.mkdtemp(prefix="nestling-bench-"))
    began = time.perf_counter()
    result: dict[str, Any] = {
        "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "load": {**load, "warmup_per_client": 2, "workers": args.workers},
        "calibration_s": [calibrate()],
        "sizes": {},
    }
    try:
        floor = Floor(work / "floor", args.workers)
        try:
            for size in sizes:
                wait_quiet(args.wait_quiet)
                result["sizes"][size] = nestling_pass(
                    work / size, SIZES[size], load, args.workers, floor
                )
                result["calibration_s"].append(calibrate())
        finally:
            floor.stop()
    finally:
        if not args.keep:
            subprocess.run(["rm", "-rf", str(work)], check=False)
    result["minutes"] = round((time.perf_counter() - began) / 60, 1)
    result["verdicts"] = verdicts(result)
    RESULTS.mkdir(exist_ok=True)
    stamp = result["started_at"].replace("+00:00", "Z").replace(":", "")
    (RESULTS / f"{stamp}.json").write_text(json.dumps(result, indent=2))
    section = render(result)
    print(section)
    if not args.no_doc:
        write_doc(section)
    return 0


# --- the servers -----------------------------------------------------------------------------


class Floor:
    """The floor app, up for the whole run, so each Nestling scenario sits between two floor
    runs of its partner (F1 for the insert, F2 for reads): drift over the run cancels out."""

    def __init__(self, data: Path, workers: int) -> None:
        data.mkdir(parents=True)
        app = str(BENCH / "floor_app.py")
        setup = command([PYTHON, app, "setup", "--data-dir", str(data)], dict(os.environ))
        token = json.loads(setup)["token"]
        self.port = free_port()
        self.server = start(
            [
                PYTHON,
                app,
                "serve",
                "--data-dir",
                str(data),
                "--port",
                str(self.port),
                "--workers",
                str(workers),
            ],
            dict(os.environ),
            data / "server.log",
        )
        bearer = {"Authorization": f"Bearer {token}"}
        self.specs = {
            "F1": {
                "method": "POST",
                "path": "/api/rows",
                "body": DIARY,
                "headers": bearer,
                "expect": [201],
            },
            "F2": {
                "path": "/api/rows?limit=100&offset={offset}",
                "offsets": OFFSETS,
                "headers": bearer,
            },
        }
        wait_ready(self.port, "/api/rows")

    def run(self, name: str, load: dict[str, Any], label: str) -> dict[str, Any]:
        figure = scenario(self.port, self.specs[name], load, self.server)
        print(f"[{label}] {name}: {brief(figure)}", flush=True)
        return figure

    def stop(self) -> None:
        stop(self.server)


def nestling_pass(
    data: Path, days: int, load: dict[str, Any], workers: int, floor: Floor
) -> dict[str, Any]:
    data.mkdir(parents=True)
    env = {**os.environ, "NESTLING_DATA_DIR": str(data), "NESTLING_SECRET_KEY": "bench-" * 8}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("DATABASE_URL", None)
    started = time.perf_counter()
    subprocess.run([NESTLING, "migrate", "--verbosity", "0"], env=env, check=True)
    info = json.loads(command([PYTHON, str(BENCH / "prepare.py"), "--days", str(days)], env))
    token = command(
        [NESTLING, "token", "create", info["username"], "--scope", "write", "--name", "bench"], env
    ).strip()
    info["prepare_s"] = round(time.perf_counter() - started, 1)
    print(f"[{data.name}] {info['entries']} entries ready in {info['prepare_s']} s", flush=True)
    port = free_port()
    server = start(
        [NESTLING, "serve", "--workers", str(workers), "--port", str(port), "--no-migrate"],
        env,
        data / "server.log",
    )
    try:
        wait_ready(port, "/healthz")
        specs = scenarios(port, info, token)
        figures: dict[str, Any] = {}
        previous: dict[str, dict[str, Any]] = {}
        for name, spec in specs.items():
            if name == "E" and probe(port, spec) == 404:
                figures[name] = {"not_implemented": True}
                print(f"[{data.name}] E: 404, not yet implemented", flush=True)
                continue
            partner = "F1" if name == "A" else "F2"
            before = previous.get(partner) or floor.run(partner, load, data.name)
            figure = scenario(port, spec, load, server)
            print(f"[{data.name}] {name}: {brief(figure)}", flush=True)
            after = previous[partner] = floor.run(partner, load, data.name)
            figures[name] = {**figure, "floor": {"name": partner, "before": before, "after": after}}
    finally:
        stop(server)
    return {"days": days, **info, "figures": figures}


def scenarios(port: int, info: dict[str, Any], token: str) -> dict[str, dict[str, Any]]:
    """Reads first, the write last: every read sees the same prepared database."""
    cookie = log_in(port, info["username"], info["password"])
    baby = info["baby_id"]
    bearer = {"Authorization": f"Bearer {token}"}
    browser = {"Cookie": cookie}
    yesterday = datetime.now(ZoneInfo("Europe/London")).date() - timedelta(days=1)
    return {
        "B": {
            "path": f"/api/v1/babies/{baby}/entries?limit=100&offset={{offset}}",
            "offsets": OFFSETS,
            "headers": bearer,
        },
        "C": {"path": f"/babies/{baby}/log/", "headers": browser},
        "D": {"path": f"/babies/{baby}/timeline/?day={yesterday.isoformat()}", "headers": browser},
        "E": {"path": f"/api/v1/babies/{baby}/cry-check", "headers": bearer},
        "G": {"path": f"/babies/{baby}/", "headers": browser},
        "A": {
            "method": "POST",
            "path": f"/api/v1/babies/{baby}/entries",
            "body": DIARY,
            "headers": bearer,
            "expect": [201],
        },
    }


def scenario(
    port: int, spec: dict[str, Any], load: dict[str, Any], server: subprocess.Popen[bytes]
) -> dict[str, Any]:
    """One load run, with how much CPU other programs on the machine took meanwhile."""
    full = {"port": port, "warmup": 2, **load, **spec}
    before = cpu_snapshot(server)
    out = command([PYTHON, str(BENCH / "load.py"), json.dumps(full)], dict(os.environ))
    figure = dict(json.loads(out))
    figure["other_cpu"] = other_cpu(before, cpu_snapshot(server))
    return figure


PROC_STAT = Path("/proc/stat")


def cpu_ticks() -> tuple[int, int]:
    """(busy, total) clock ticks of all CPUs since boot, from /proc/stat (check it exists);
    busy is all but idle and iowait."""
    fields = [int(x) for x in PROC_STAT.read_text().split("\n", 1)[0].split()[1:]]
    return sum(fields[:3]) + sum(fields[5:8]), sum(fields[:8])


def usable_cpus() -> int | None:
    """How many CPUs this process may run on (None when even the machine's count is unknown)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def machine_busy(seconds: float = 3) -> float:
    """The share of all CPUs in use over a few seconds (0 when /proc is not there)."""
    if not PROC_STAT.exists():
        return 0.0
    busy0, total0 = cpu_ticks()
    time.sleep(seconds)
    busy1, total1 = cpu_ticks()
    return (busy1 - busy0) / max(1, total1 - total0)


def wait_quiet(limit: float, threshold: float = 0.1) -> None:
    """Give other programs up to `limit` seconds to finish, so they do not skew the figures."""
    deadline = time.monotonic() + limit
    while (busy := machine_busy()) > threshold and time.monotonic() < deadline:
        print(f"waiting: other programs use {busy:.0%} of the CPUs", flush=True)
        time.sleep(5)


def cpu_snapshot(server: subprocess.Popen[bytes]) -> tuple[float, float, float, float]:
    """(wall s, machine busy CPU s, this server's CPU s, finished children's CPU s)."""
    tick = os.sysconf("SC_CLK_TCK")
    busy = cpu_ticks()[0] / tick if PROC_STAT.exists() else 0.0
    mine = 0.0
    for proc in Path("/proc").glob("[0-9]*/stat"):
        try:
            parts = proc.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(parts[2]) == server.pid:  # in the server's process group: master and workers
            mine += (int(parts[11]) + int(parts[12])) / tick
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.monotonic(), busy, mine, children.ru_utime + children.ru_stime


def other_cpu(
    before: tuple[float, float, float, float], after: tuple[float, float, float, float]
) -> float:
    """The share of all CPUs used by programs other than the server and the load generator:
    above about 0.1 something else was running, and the figures are less trustworthy."""
    wall = after[0] - before[0]
    busy, server, client = (after[i] - before[i] for i in (1, 2, 3))
    cpus = usable_cpus()
    return round(max(0.0, busy - server - client) / (wall * (cpus or 1)), 2) if wall else 0.0


def brief(figure: dict[str, Any]) -> str:
    return (
        f"{figure['rps']} req/s, p50 {figure['p50_ms']} ms, p99 {figure['p99_ms']} ms, "
        f"{figure['requests']} requests, {figure['errors']} errors {figure['sample_error'][:120]}"
    )


# --- processes and HTTP ----------------------------------------------------------------------


def command(args: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(args, env=env, check=False, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:3])} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def start(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        # Its own session, so stopping it stops its gunicorn workers and nothing else.
        return subprocess.Popen(
            args, env=env, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT, start_new_session=True
        )


def stop(server: subprocess.Popen[bytes]) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def wait_ready(port: int, path: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=5)
            conn.request("GET", path)
            conn.getresponse().read()
            conn.close()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"the server on port {port} did not start")


def probe(port: int, spec: dict[str, Any]) -> int:
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    conn.request(spec.get("method", "GET"), spec["path"], headers=spec.get("headers", {}))
    status = conn.getresponse().status
    conn.close()
    return status


def log_in(port: int, username: str, password: str) -> str:
    """Sign in through the login form, as a browser does; returns the Cookie header."""
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    conn.request("GET", "/accounts/login/")
    response = conn.getresponse()
    page = response.read().decode()
    csrf = _cookie(response.getheader("Set-Cookie", ""), "csrftoken")
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    if not csrf or not found:
        raise RuntimeError("no CSRF token on the login page")
    form = urlencode(
        {"username": username, "password": password, "csrfmiddlewaretoken": found.group(1)}
    )
    conn.request(
        "POST",
        "/accounts/login/",
        body=form,
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={csrf}",
        },
    )
    response = conn.getresponse()
    response.read()
    session = _cookie(response.getheader("Set-Cookie", ""), "sessionid")
    conn.close()
    if response.status != 302 or not session:
        raise RuntimeError(f"login failed: {response.status}")
    return f"csrftoken={csrf}; sessionid={session}"


def _cookie(header: str, name: str) -> str:
    found = re.search(rf"{name}=([^;,\s]+)", header)
    return found.group(1) if found else ""


# --- machine and calibration -----------------------------------------------------------------


def calibrate() -> float:
    """Seconds for a fixed pure-Python loop: lower is faster; compare runs by it."""
    started = time.perf_counter()
    total = 0
    for i in range(3_000_000):
        total += i * i % 7
    return round(time.perf_counter() - started, 3)


def machine() -> dict[str, Any]:
    cpu = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        found = re.search(r"model name\s*:\s*(.+)", cpuinfo.read_text())
        cpu = found.group(1).strip() if found else ""
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        found = re.search(r"MemTotal:\s*(\d+) kB", meminfo.read_text())
        memory = f"{int(found.group(1)) / 1024 / 1024:.1f} GiB" if found else ""
    commit = subprocess.run(
        ["git", "describe", "--always", "--dirty"],
        cwd=ROOT,
        check=False,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return {
        "nproc": usable_cpus(),
        "cpu": cpu or platform.processor(),
        "memory": memory,
        "os": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "packages": {
            name: importlib.metadata.version(name)
            for name in ("django", "django-ninja", "pydantic", "gunicorn")
        },
        "commit": commit,
    }


# --- verdicts and the report -----------------------------------------------------------------


def floor_rps(figure: dict[str, Any]) -> float:
    """The partner floor's req/s around a scenario: the mean of the runs just before and after."""
    legs = figure["floor"]
    return float(legs["before"]["rps"] + legs["after"]["rps"]) / 2


def ratio(figure: dict[str, Any] | None) -> float | None:
    if not figure or figure.get("not_implemented"):
        return None
    return float(figure["rps"]) / floor_rps(figure)


def verdicts(result: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for size, run in result["sizes"].items():
        for name, partner, least in TARGETS:
            figure = run["figures"].get(name)
            value = ratio(figure)
            row = {"size": size, "check": f"{name}/{partner} ≥ {least:.2f}"}
            if figure is None or value is None:
                found.append({**row, "value": None, "verdict": "not yet implemented"})
                continue
            verdict = "PASS" if value >= least and not figure["errors"] else "MISS"
            found.append({**row, "value": round(value, 2), "verdict": verdict})
    one, ten = result["sizes"].get("1x"), result["sizes"].get("10x")
    if one and ten:
        for name in NESTLING_SCENARIOS:
            a, b = one["figures"].get(name), ten["figures"].get(name)
            if ratio(a) is None or ratio(b) is None:
                continue
            assert a is not None and b is not None
            # Compared through their floor ratios, so a machine that slowed down in between
            # is not read as Nestling slowing down; p50 is compared directly.
            slower = max(
                a["rps"] / b["rps"] * floor_rps(b) / floor_rps(a),
                b["p50_ms"] / a["p50_ms"] * floor_rps(b) / floor_rps(a),
            )
            row = {"size": "10x vs 1x", "check": f"{name} within {FLAT}x"}
            found.append(
                {**row, "value": round(slower, 2), "verdict": "PASS" if slower <= FLAT else "MISS"}
            )
    return found


def render(result: dict[str, Any]) -> str:
    m, load = result["machine"], result["load"]
    lines = [
        f"## Run of {result['started_at'].replace('T', ' ')[:16]} UTC (commit {m['commit']})",
        "",
        f"- Machine: {m['nproc']} CPUs ({m['cpu']}), {m['memory']} RAM; {m['os']}",
        f"- Software: Python {m['python']}, SQLite {m['sqlite']}, "
        + ", ".join(f"{k} {v}" for k, v in m["packages"].items()),
        f"- Load: {load['clients']} clients, at most {load['requests']} requests or "
        f"{load['seconds']:g} s per scenario after {load['clients'] * load['warmup_per_client']} "
        f"warm-up requests; gunicorn {load['workers']} sync workers; client and server share "
        "the CPUs",
        "- CPU calibration (fixed pure-Python loop, s, lower is faster; start, then after each "
        f"size): {', '.join(f'{c:.2f}' for c in result['calibration_s'])}",
        f"- Whole run: {result['minutes']} min",
        "",
        "| Scenario | size | entries | requests | req/s | p50 ms | p99 ms | errors "
        "| floor req/s (before / after) | ratio | other CPU |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for size, run in result["sizes"].items():
        for name in NESTLING_SCENARIOS:
            lines.append(_row(name, size, run))
    lines += ["", "| Check | size | value | verdict |", "|---|---|---|---|"]
    for v in result["verdicts"]:
        value = "—" if v["value"] is None else f"{v['value']:.2f}"
        lines.append(f"| {v['check']} | {v['size']} | {value} | {v['verdict']} |")
    return "\n".join(lines) + "\n"


def _row(name: str, size: str, run: dict[str, Any]) -> str:
    f = run["figures"].get(name) or {"not_implemented": True}
    label = f"{name} {SCENARIOS[name]}"
    if f.get("not_implemented"):
        return (
            f"| {label} | {size} | {run['entries']:,} | — | — | — | — | — | — "
            "| not yet implemented | — |"
        )
    legs = f["floor"]
    busy = max(x.get("other_cpu", 0.0) for x in (f, legs["before"], legs["after"]))
    capped = " (time cap)" if f["time_capped"] else ""
    return (
        f"| {label} | {size} | {run['entries']:,} | {f['requests']}{capped} | {f['rps']} | "
        f"{f['p50_ms']} | {f['p99_ms']} | {f['errors']} | {legs['name']} "
        f"{legs['before']['rps']} / {legs['after']['rps']} | {ratio(f):.2f} | {busy:.0%} |"
    )


def write_doc(section: str) -> None:
    header = (BENCH / "performance_header.md").read_text()
    runs = ""
    if DOC.exists() and MARKER in DOC.read_text():
        runs = DOC.read_text().split(MARKER, 1)[1].lstrip("\n")
    DOC.parent.mkdir(exist_ok=True)
    DOC.write_text(f"{header.rstrip()}\n\n{MARKER}\n\n{section}\n{runs}".rstrip() + "\n")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
