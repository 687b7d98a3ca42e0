"""Security features: CSP, cookie flags, session rotation, brute-force lockout, error pages."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client, override_settings
from django.urls import path

from nestling.store.models import User
from tests.conftest import PASSWORD, World


def test_content_security_policy_forbids_inline_scripts(db: None) -> None:
    response = Client().get("/accounts/login/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "<script>" not in response.content.decode()


def test_templates_have_no_inline_scripts_or_handlers() -> None:
    from pathlib import Path

    import nestling

    root = Path(nestling.__file__).parent / "web" / "templates"
    for template in root.rglob("*.html"):
        text = template.read_text()
        assert "<script>" not in text and " onclick=" not in text and "style=" not in text, template


def test_login_rotates_the_session_and_sets_safe_cookies(world: World) -> None:
    client = Client()
    client.get("/accounts/login/")
    client.cookies["sessionid"] = "attacker-fixed-session"
    response = client.post("/accounts/login/", {"username": "alice", "password": PASSWORD})
    assert response.status_code == 302
    cookie = client.cookies["sessionid"]
    assert cookie.value != "attacker-fixed-session"
    assert cookie["httponly"] and cookie["samesite"] == "Lax"


@override_settings(SESSION_COOKIE_SECURE=True, CSRF_COOKIE_SECURE=True)
def test_cookies_are_secure_behind_tls(world: World) -> None:
    client = Client()
    client.post("/accounts/login/", {"username": "alice", "password": PASSWORD})
    assert client.cookies["sessionid"]["secure"]


def test_repeated_wrong_passwords_lock_the_login(world: World, settings: Any) -> None:
    client = Client()
    for _ in range(settings.LOGIN_FAILURE_LIMIT - 1):
        page = client.post("/accounts/login/", {"username": "alice", "password": "wrong"})
        assert page.status_code == 200
    last = client.post("/accounts/login/", {"username": "alice", "password": "wrong"})
    assert last.status_code == 429
    locked = client.post("/accounts/login/", {"username": "alice", "password": PASSWORD})
    assert locked.status_code == 429
    assert "Too many attempts" in locked.content.decode()
    # Another account from the same address is not locked out.
    ok = client.post("/accounts/login/", {"username": "bob", "password": PASSWORD})
    assert ok.status_code == 302


def test_argon2_is_the_password_hasher(db: None) -> None:
    from django.conf import settings as live

    from nestling import settings as project

    assert project.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")
    with override_settings(PASSWORD_HASHERS=project.PASSWORD_HASHERS):
        user = User.objects.create_user("hashy", password="a-long-passphrase")
        assert user.password.startswith("argon2")
    assert live.PASSWORD_HASHERS  # the fast test hasher is only for the other tests


def boom(request: Any) -> Any:
    raise RuntimeError("kaboom")


urlpatterns = [path("boom/", boom)]


@override_settings(DEBUG=False)
def test_error_pages_render_in_production(db: None, caplog: Any) -> None:
    missing = Client().get("/no-such-page/")
    assert missing.status_code == 404 and "could not find that page" in missing.content.decode()
    with override_settings(ROOT_URLCONF=__name__):
        client = Client(raise_request_exception=False)
        failed = client.get("/boom/")
    assert failed.status_code == 500
    assert "Something went wrong" in failed.content.decode()
    assert any(
        "kaboom" in (r.exc_text or "") or r.exc_info
        for r in caplog.records
        if r.levelname == "ERROR"
    )


def test_forbidden_page_is_friendly(world: World) -> None:
    client = Client()
    client.force_login(world.vera)
    page = client.get(f"/households/{world.home_id}/settings/")
    assert page.status_code == 403 and "A parent of the household" in page.content.decode()


def test_csrf_failure_page_explains_the_base_url(world: World) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.alice)
    page = client.post("/settings/", {"theme": "dark"}, HTTP_ORIGIN="https://evil.example")
    assert page.status_code == 403 and "NESTLING_BASE_URL" in page.content.decode()


@pytest.mark.parametrize("signup", [True, False])
def test_signup_can_be_closed(db: None, settings: Any, signup: bool) -> None:
    settings.ALLOW_SIGNUP = signup
    assert Client().get("/accounts/signup/").status_code == (200 if signup else 404)


def test_pages_and_api_answers_are_never_stored_but_static_files_are_cached(
    world: World, settings: Any
) -> None:
    from tests.conftest import api_client

    client = Client()
    client.force_login(world.alice)
    for response in (
        client.get(f"/babies/{world.baby_id}/timeline/"),
        client.get(f"/households/{world.home_id}/"),
        client.get("/wellbeing/history/"),
        Client().get("/accounts/login/"),
        api_client(world.alice).get(f"/api/v1/babies/{world.baby_id}/entries"),
        api_client(world.alice).get("/api/v1/me"),
        Client().get("/api/v1/me"),  # a refusal too
        client.get("/no-such-page/"),
    ):
        assert "no-store" in response["Cache-Control"], response
    static = Client().get(settings.STATIC_URL + "nestling/nestling.css")
    assert static.status_code == 200
    assert "no-store" not in static["Cache-Control"] and "max-age" in static["Cache-Control"]
