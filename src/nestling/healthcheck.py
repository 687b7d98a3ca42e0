"""`python -m nestling.healthcheck`: exit 0 when this machine's `nestling serve` answers /healthz.

A container runs this every half minute, so it loads no Django (starting Django would cost more
than the check): only the standard library, reading the same variables the server reads.
"""

from __future__ import annotations

import os
import sys
import urllib.error
import urllib.request
from collections.abc import Mapping
from urllib.parse import urlsplit

TIMEOUT_SECONDS = 5
WILDCARDS = {"", "0.0.0.0", "::", "[::]"}  # noqa: S104 - listening everywhere is reached locally


def target(environ: Mapping[str, str]) -> tuple[str, dict[str, str]]:
    """The URL of the local /healthz and the headers the server will accept."""
    host = environ.get("NESTLING_HOST", "").strip()
    if host in WILDCARDS:
        host = "127.0.0.1"
    elif ":" in host and not host.startswith("["):
        host = f"[{host}]"
    port = environ.get("NESTLING_PORT", "").strip() or "8000"
    headers = {}
    # With a base URL the server allows only that host name, so ask for it by that name.
    base = urlsplit(environ.get("NESTLING_BASE_URL", "").strip())
    if base.hostname:
        headers["Host"] = base.netloc.rpartition("@")[2]
    return f"http://{host}:{port}/healthz", headers


def problem(environ: Mapping[str, str]) -> str | None:
    """None when the server answers healthy, else what went wrong."""
    url, headers = target(environ)
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 - always http://host
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310
            body = response.read(100)
    except urllib.error.HTTPError as err:
        return f"{url} answered {err.code}"
    except OSError as err:
        return f"{url} is not answering: {err}"
    if body.strip() != b"ok":
        return f"{url} answered {body[:40]!r} instead of ok"
    return None


def main() -> int:
    found = problem(os.environ)
    if found:
        print(found, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
