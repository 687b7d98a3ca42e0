"""Personal API tokens."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from ninja import Router, Schema, Status

from nestling.api.auth import actor
from nestling.api.schemas import PathId, Strict, choice
from nestling.services import tokens

router = Router(tags=["tokens"])


Scope = choice(tokens.SCOPES)


class TokenIn(Strict):
    name: str
    scope: Scope = "read"


class TokenOut(Schema):
    id: int
    name: str
    scope: str
    prefix: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


class TokenCreated(TokenOut):
    token: str


def token_out(t: Any) -> TokenOut:
    return TokenOut(
        id=t.pk,
        name=t.name,
        scope=t.scope,
        prefix=t.prefix,
        created_at=t.created_at,
        last_used_at=t.last_used_at,
        revoked_at=t.revoked_at,
    )


@router.get("/tokens", response=list[TokenOut], summary="My API tokens")
def list_tokens(request: HttpRequest) -> list[TokenOut]:
    return [token_out(t) for t in tokens.of(actor=actor(request))]


@router.post("/tokens", response={201: TokenCreated}, summary="Create a token (shown once)")
def create_token(request: HttpRequest, payload: TokenIn) -> Status[TokenCreated]:
    token, raw = tokens.create(actor=actor(request), now=timezone.now(), **payload.model_dump())
    return Status(201, TokenCreated(**token_out(token).model_dump(), token=raw))


@router.delete("/tokens/{token_id}", response={204: None}, summary="Revoke a token")
def revoke_token(request: HttpRequest, token_id: PathId) -> Status[None]:
    tokens.revoke(actor=actor(request), token_id=token_id, now=timezone.now())
    return Status(204, None)
