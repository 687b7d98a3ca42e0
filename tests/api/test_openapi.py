"""The OpenAPI document: one name per schema, formats that match what the API sends, and the
errors of every operation documented in one shared shape."""

from __future__ import annotations

import typing
from collections import defaultdict
from typing import Any

from django.test import Client
from pydantic import BaseModel

from nestling.api import api
from nestling.api.openapi import EXTRA, PREFIX
from tests.conftest import World, api_client


def _nested_models(annotation: Any, found: set[type[BaseModel]]) -> None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        if annotation in found:
            return
        found.add(annotation)
        for field in annotation.model_fields.values():
            _nested_models(field.annotation, found)
        return
    for arg in typing.get_args(annotation):
        _nested_models(arg, found)


def _our_models() -> set[type[BaseModel]]:
    found: set[type[BaseModel]] = set()
    for router in api._get_bound_routers():
        for view in router.path_operations.values():
            for operation in view.operations:
                for model in [*operation.models, *operation.response_models.values()]:
                    _nested_models(model, found)
    return {m for m in found if m.__module__.startswith("nestling.")}


def _document() -> dict[str, Any]:
    return Client().get("/api/v1/openapi.json").json()  # type: ignore[no-any-return]


def test_every_schema_has_its_own_name(db: None) -> None:
    by_name: dict[str, set[str]] = defaultdict(set)
    models = _our_models()
    assert len(models) > 40
    for model in models:
        by_name[model.__name__].add(f"{model.__module__}.{model.__qualname__}")
    shared = {name: where for name, where in by_name.items() if len(where) > 1}
    assert not shared, f"two schemas share a name (the document would show one for both): {shared}"


def test_the_plan_is_documented_with_its_own_suggestions(db: None) -> None:
    doc = _document()
    plan = doc["components"]["schemas"]["PlanOut"]["properties"]["suggestions"]
    suggestion = doc["components"]["schemas"][plan["items"]["$ref"].rsplit("/", 1)[1]]
    assert {"practice", "why_today", "minutes"} <= set(suggestion["properties"])


def test_times_of_day_are_declared_as_sent(world: World) -> None:
    """JSON Schema's `format: time` needs an offset; a local time must not claim it."""
    import re

    doc = _document()
    day_start = doc["components"]["schemas"]["HouseholdOut"]["properties"]["day_starts_at"]
    assert "format" not in day_start
    sent = api_client(world.alice).get(f"/api/v1/households/{world.home_id}").json()
    assert re.fullmatch(day_start["pattern"], sent["day_starts_at"])
    assert re.fullmatch(day_start["pattern"], "06:00")
    assert not re.fullmatch(day_start["pattern"], "06:00:00Z")
    assert "time" not in {
        s.get("format")
        for schema in doc["components"]["schemas"].values()
        for s in schema.get("properties", {}).values()
    }


def test_every_operation_documents_its_errors_in_one_shape(db: None) -> None:
    doc = _document()
    error = doc["components"]["schemas"]["Error"]
    assert {"detail", "field", "code"} <= set(error["required"])
    assert "errors" in error["properties"]
    operations = 0
    for path, methods in doc["paths"].items():
        for method, operation in methods.items():
            operations += 1
            responses = operation["responses"]
            codes = {int(c) for c in responses}
            if operation.get("security"):  # the crisis lines answer without an account
                assert {401, 429} <= codes, (method, path)
            else:
                assert (method, path) == ("get", PREFIX + "/crisis-resources")
            if method != "get":
                assert 403 in codes, (method, path)
            if "{" in path:
                assert 404 in codes, (method, path)
            if "requestBody" in operation:
                assert {400, 413, 415, 422} <= codes, (method, path)
            for code in codes - {200, 201, 204}:
                schema = responses[str(code)]["content"]["application/json"]["schema"]
                assert schema == {"$ref": "#/components/schemas/Error"}, (method, path, code)
    assert operations >= 54


def test_every_extra_error_names_a_real_operation(db: None) -> None:
    paths = _document()["paths"]
    for method, path in EXTRA:
        assert method in paths.get(PREFIX + path, {}), (method, path)


def test_the_cry_check_is_documented_field_by_field(world: World) -> None:
    """Every part of the cry check has a declared shape, and nothing it builds is dropped."""
    doc = _document()["components"]["schemas"]
    for name in ("advice", "symptoms", "what_works", "help"):
        items = doc["CryCheckOut"]["properties"][name]["items"]
        assert "$ref" in items, name
    response = api_client(world.alice).post(
        f"/api/v1/babies/{world.baby_id}/cry-check", {}, content_type="application/json"
    )
    body = response.json()
    assert response.status_code == 200, body
    assert set(body) == set(doc["CryCheckOut"]["properties"])
    assert len(body["patterns"]["days"]) == 7 and "minutes" in body["patterns"]["days"][0]
    assert body["reasons"] and all("suggestions" in r for r in body["reasons"])
    assert body["age_used"]["days"] >= 0
