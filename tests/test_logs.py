"""Structured logs: one JSON object per line, with the request's fields and any exception."""

from __future__ import annotations

import json
import logging

from nestling.logs import JsonFormatter


def test_request_line_is_json_with_its_fields() -> None:
    record = logging.makeLogRecord(
        {
            "name": "nestling.request",
            "levelname": "INFO",
            "msg": "%s %s %s",
            "args": ("GET", "/babies/1/", 200),
            "method": "GET",
            "path": "/babies/1/",
            "status": 200,
            "duration_ms": 3.2,
            "user_id": 7,
        }
    )
    line = json.loads(JsonFormatter().format(record))
    assert line["message"] == "GET /babies/1/ 200"
    assert (line["status"], line["duration_ms"], line["user_id"]) == (200, 3.2, 7)
    assert line["level"] == "INFO" and line["time"].endswith("+00:00")


def test_exceptions_are_kept_and_requests_dropped() -> None:
    try:
        raise RuntimeError("kaboom")
    except RuntimeError:
        import sys

        record = logging.makeLogRecord(
            {
                "name": "django.request",
                "levelname": "ERROR",
                "msg": "Internal Server Error",
                "exc_info": sys.exc_info(),
                "request": object(),
            }
        )
    line = json.loads(JsonFormatter().format(record))
    assert "kaboom" in line["exception"] and "request" not in line
