"""Every main page passes axe-core's WCAG 2.1 A and AA checks on a phone, in light and in dark.

axe-core (Deque, MPL-2.0) is the script bundled by the pinned axe-playwright-python package; it
checks what a machine can check (names, labels, roles, contrast, landmarks, language). What it
cannot judge (the order a screen reader reads things in, whether a label makes sense) is covered
by the role- and label-based steps of the other browser tests, which fail when a control has no
accessible name.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from axe_playwright_python.base import AXE_FILE_PATH
from django.utils import timezone

from nestling.domain.practices import library
from nestling.services import demo, screenings
from nestling.services.access import Actor
from nestling.store.models import Entry, Screening, User
from tests.browser.conftest import PHONE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE = AXE_FILE_PATH.read_text(encoding="utf-8")


def violations(page: Any) -> list[str]:
    """axe's WCAG A/AA violations on the page, one readable line each."""
    page.evaluate(AXE)
    found = page.evaluate(
        "opts => axe.run(document, opts).then(r => r.violations)",
        {"runOnly": {"type": "tag", "values": WCAG}, "resultTypes": ["violations"]},
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at "
        + ", ".join(str(node["target"]) for node in v["nodes"][:3])
        for v in found
    ]


def _pages(result: demo.DemoResult) -> list[str]:
    baby, home = result.baby_id, result.household_id
    entry = Entry.objects.filter(baby_id=baby, kind="feed").latest("started_at")
    yesterday = (timezone.localdate() - timedelta(days=1)).isoformat()
    practice = library.PRACTICES[0].slug
    return [
        "/",
        f"/babies/{baby}/",
        f"/babies/{baby}/log/",
        f"/babies/{baby}/log/feed/",
        f"/babies/{baby}/timeline/?day={yesterday}",
        f"/entries/{entry.pk}/edit/",
        f"/entries/{entry.pk}/delete/",
        f"/babies/{baby}/cry/",
        "/practices/",
        f"/practices/{practice}/",
        f"/babies/{baby}/practices/{practice}/guide/",
        "/wellbeing/",
        "/wellbeing/history/",
        "/wellbeing/help/",
        "/wellbeing/help/?country=JP",  # a country without a full list: number and directory
        "/wellbeing/start/phq9/",
        "/settings/",
        "/settings/sessions/",
        "/settings/two-step/",
        "/settings/two-step/setup/",
        f"/households/{home}/",
        f"/babies/{baby}/edit/",
        "/households/new/",
        f"/households/{home}/changes/",
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_main_pages_pass_axe_wcag_a_and_aa(live_server: Any, browser: Any, scheme: str) -> None:
    result = demo.build(reset=True, now=timezone.now())
    context = browser.new_context(
        viewport=PHONE, device_scale_factor=1, is_mobile=True, has_touch=True, color_scheme=scheme
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    problems: dict[str, list[str]] = {}
    try:
        for path in ["/accounts/login/", "/accounts/signup/", "/accounts/reset/"]:
            page.goto(live_server.url + path)
            problems[path] = violations(page)
        page.goto(live_server.url + "/accounts/login/")
        page.get_by_label("Username").fill(result.logins[0].username)
        page.get_by_label("Password").fill(result.logins[0].password)
        page.get_by_role("button", name="Log in").click()
        page.wait_for_url(lambda url: "/accounts/login/" not in url)
        for path in _pages(result):
            response = page.goto(live_server.url + path)
            assert response is not None and response.status == 200, path
            assert "/accounts/login/" not in page.url, path  # still signed in: the page itself
            problems[path] = violations(page)
            wide = page.evaluate("document.documentElement.scrollWidth")
            if wide > PHONE["width"]:
                problems[path].append(f"scrolls sideways: {wide} px wide at {PHONE['width']} px")
        # A question of a questionnaire, one per screen.
        page.goto(live_server.url + "/wellbeing/start/phq9/")
        page.get_by_role("button", name="Begin").click()
        page.wait_for_url("**/wellbeing/screenings/**")
        assert Screening.objects.exists()
        problems["a PHQ-9 question"] = violations(page)
        # Saved for later after item 9: the wellbeing page with the crisis panel first.
        page.goto(page.url.split("?")[0] + "?item=8")
        page.get_by_label("Several days").check()
        page.get_by_role("button", name="Save and finish later").click()
        page.wait_for_url("**/wellbeing/?saved=1")
        problems["wellbeing, crisis help first"] = violations(page)
        # A result with item 9 skipped (help listed gently), its share preview, a trend scale.
        who = Actor(user=User.objects.get(username=result.logins[0].username))
        skipped = screenings.record(
            actor=who, instrument="phq9", answers=[0] * 8 + [None], now=timezone.now()
        ).screening
        trend = screenings.record(
            actor=who, instrument="mibs", answers=[1, 3, 3, 0, 3, 0, 3, 3], now=timezone.now()
        ).screening
        for path in (
            f"/wellbeing/screenings/{skipped.pk}/result/",
            f"/wellbeing/screenings/{skipped.pk}/share/",
            f"/wellbeing/screenings/{trend.pk}/result/",
        ):
            response = page.goto(live_server.url + path)
            assert response is not None and response.status == 200, path
            problems[path] = violations(page)
    finally:
        context.close()
    found = {path: lines for path, lines in problems.items() if lines}
    assert not found, "\n".join(f"{p}: {line}" for p, lines in found.items() for line in lines)


def test_the_check_finds_what_it_should(browser: Any) -> None:
    # Guards the guard: a wrong tag list or a broken script would make the test above pass
    # without checking anything.
    page = browser.new_page()
    try:
        page.set_content(
            '<html><head><title>x</title></head><body><main><img src="a.png"><button></button>'
            '<p style="color:#777;background:#888">faint</p></main></body></html>'
        )
        found = " ".join(violations(page))
    finally:
        page.close()
    for rule in ("image-alt", "button-name", "color-contrast", "html-has-lang"):
        assert rule in found, found
