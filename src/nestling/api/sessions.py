"""Where I am signed in: my browser sessions, listed and ended (tokens are under /tokens)."""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth import logout
from django.http import HttpRequest
from django.utils import timezone
from ninja import Router, Schema, Status

from nestling.api.auth import actor
from nestling.services import sessions

router = Router(tags=["sessions"])


class SessionOut(Schema):
    id: str
    current: bool
    browser: str
    system: str
    device: str
    user_agent_known: bool
    address: str
    created_at: datetime | None
    last_seen: datetime | None
    expires_at: datetime


class EndedOut(Schema):
    ended: int


def _current(request: HttpRequest) -> str | None:
    # A token's request has no browser session of its own: none of the list is "current".
    if hasattr(getattr(request, "auth", None), "scope"):
        return None
    return request.session.session_key


@router.get("/sessions", response=list[SessionOut], summary="Where I am signed in")
def list_sessions(request: HttpRequest) -> list[SessionOut]:
    found = sessions.of(actor=actor(request), current_key=_current(request), now=timezone.now())
    return [
        SessionOut(
            id=s.id,
            current=s.current,
            browser=s.device.browser,
            system=s.device.system,
            device=s.device.model,
            user_agent_known=bool(s.device.browser or s.device.system),
            address=s.address,
            created_at=s.created_at,
            last_seen=s.last_seen,
            expires_at=s.expires_at,
        )
        for s in found
    ]


@router.post(
    "/sessions/end-others", response=EndedOut, summary="Sign out every other browser session"
)
def end_other_sessions(request: HttpRequest) -> EndedOut:
    ended = sessions.end_others(actor=actor(request), current_key=_current(request))
    return EndedOut(ended=ended)


# After /sessions/end-others, so that the literal path wins over the parameter.
@router.delete("/sessions/{session_id}", response={204: None}, summary="Sign out a session")
def end_session(request: HttpRequest, session_id: str) -> Status[None]:
    was_current = sessions.end(
        actor=actor(request),
        session_id=session_id,
        current_key=_current(request),
        now=timezone.now(),
    )
    if was_current:
        logout(request)  # this very browser: its cookie is cleared with the answer
    return Status(204, None)
