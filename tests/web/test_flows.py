"""The pages a new family walks through: sign up, household, baby, invite, join."""

from __future__ import annotations

import re
from datetime import date, timedelta

from django.test import Client

from nestling.store.models import Baby, Household, Membership, User
from tests.conftest import World, page_client


def test_sign_up_create_household_add_baby(db: None) -> None:
    client = Client()
    response = client.post(
        "/accounts/signup/",
        {"username": "maya", "display_name": "Maya", "password": "a-long-enough-passphrase"},
    )
    assert response.status_code == 302 and response["Location"] == "/households/new/"
    response = client.post(
        "/households/new/",
        {
            "name": "Maya's",
            "time_zone": "Europe/Berlin",
            "country": "de",
            "units": "metric",
            "day_starts_at": "6",
            "relationship": "mother",
        },
    )
    household = Household.objects.get()
    assert response["Location"] == f"/households/{household.pk}/babies/new/"
    born = date.today() - timedelta(days=3)
    response = client.post(
        f"/households/{household.pk}/babies/new/", {"name": "Leo", "birth_date": born.isoformat()}
    )
    baby = Baby.objects.get()
    assert response["Location"] == f"/babies/{baby.pk}/"
    page = client.get(f"/babies/{baby.pk}/").content.decode()
    assert "Leo" in page and "3 days old" in page
    assert client.get("/").status_code == 302


def test_sign_up_errors_are_shown_next_to_the_field(db: None) -> None:
    User.objects.create_user("taken", password="x" * 12)
    page = Client().post("/accounts/signup/", {"username": "taken", "password": "short"})
    assert page.status_code == 200
    assert "That username is taken" in page.content.decode()


def test_baby_form_shows_named_errors_and_stores_nothing(world: World) -> None:
    client = page_client(world.alice)
    future = (date.today() + timedelta(days=3)).isoformat()
    page = client.post(
        f"/households/{world.home_id}/babies/new/",
        {"name": "Zed", "birth_date": future, "gestational_weeks": "50"},
    )
    text = page.content.decode()
    assert page.status_code == 200
    assert "cannot be in the future" in text and "between 22 and 44 weeks" in text
    assert not Baby.objects.filter(name="Zed").exists()


def test_household_settings_reject_unknown_time_zone(world: World) -> None:
    page = page_client(world.alice).post(
        f"/households/{world.home_id}/settings/",
        {
            "name": "X",
            "time_zone": "Nowhere/City",
            "country": "GB",
            "units": "metric",
            "day_starts_at": "6",
        },
    )
    assert page.status_code == 200
    assert Household.objects.get(pk=world.home_id).name == "Alice and Bob"


def test_invite_and_join_by_link(world: World) -> None:
    page = page_client(world.alice).post(
        f"/households/{world.home_id}/invite/", {"role": "caregiver", "relationship": "grandparent"}
    )
    code = re.search(r'id="invite-code">([A-Z0-9-]+)<', page.content.decode()).group(1)
    newcomer = Client()
    login_redirect = newcomer.get(f"/join/{code}/")
    assert login_redirect.status_code == 302 and "next=" in login_redirect["Location"]
    newcomer.post(
        "/accounts/signup/",
        {"username": "gran", "password": "a-long-passphrase!", "next": f"/join/{code}/"},
    )
    join_page = newcomer.get(f"/join/{code}/").content.decode()
    assert "Join Alice and Bob" in join_page and "Alice invited you" in join_page
    response = newcomer.post("/join/", {"code": code, "relationship": "grandparent"})
    assert response.status_code == 302
    member = Membership.objects.get(user__username="gran")
    assert (member.role, member.relationship) == ("caregiver", "grandparent")
    again = Client()
    again.force_login(world.charlie)
    used = again.post("/join/", {"code": code, "relationship": "other"}).content.decode()
    assert "already been used" in used


def test_parent_changes_role_on_the_member_page(world: World) -> None:
    client = page_client(world.alice)
    response = client.post(
        f"/households/{world.home_id}/members/{world.vera_member_id}/",
        {"role": "caregiver", "relationship": "grandparent"},
    )
    assert response.status_code == 302
    assert Membership.objects.get(pk=world.vera_member_id).role == "caregiver"


def test_removing_the_last_parent_explains_why(world: World) -> None:
    client = page_client(world.alice)
    client.post(f"/households/{world.home_id}/members/{world.bob_member_id}/remove/")
    me = Membership.objects.get(user=world.alice)
    response = client.post(f"/households/{world.home_id}/members/{me.pk}/remove/", follow=True)
    assert "at least one parent" in response.content.decode()
    assert Membership.objects.filter(pk=me.pk).exists()


def test_settings_profile_and_tokens(world: World) -> None:
    client = page_client(world.bob)
    response = client.post(
        "/settings/",
        {"display_name": "Bobby", "theme": "dark", "challenges": ["sleep_deprivation", "stress"]},
    )
    assert response.status_code == 302
    page = client.get("/settings/").content.decode()
    assert 'data-theme="dark"' in page and 'value="sleep_deprivation"' in page
    created = client.post("/settings/tokens/new/", {"name": "Script", "scope": "read"})
    raw = re.search(r'id="token-value">([^<]+)<', created.content.decode()).group(1)
    assert Client(HTTP_AUTHORIZATION=f"Bearer {raw}").get("/api/v1/me").status_code == 200
    assert raw not in client.get("/settings/").content.decode()


def test_baby_home_shows_corrected_age_and_pregnancy(world: World) -> None:
    client = page_client(world.alice)
    born = date.today() - timedelta(days=84)
    client.post(
        f"/households/{world.home_id}/babies/new/",
        {
            "name": "Pip",
            "birth_date": born.isoformat(),
            "gestational_weeks": "30",
            "gestational_days": "0",
        },
    )
    pip = Baby.objects.get(name="Pip")
    page = client.get(f"/babies/{pip.pk}/").content.decode()
    assert "12 weeks old" in page and "Corrected age: 2 weeks" in page
    client.post(
        f"/households/{world.home_id}/babies/new/",
        {"name": "Bump", "due_date": (date.today() + timedelta(days=70)).isoformat()},
    )
    bump = Baby.objects.get(name="Bump")
    assert "Week 30 of pregnancy" in client.get(f"/babies/{bump.pk}/").content.decode()


def _selected(page: str, name: str) -> str | None:
    select = page.split(f'name="{name}"', 1)[1].split("</select>", 1)[0]
    chosen = [
        part.split('"', 1)[0]
        for part in select.split('<option value="')[1:]
        if "selected" in part.split(">", 1)[0]
    ]
    return chosen[0] if chosen else None


def test_a_new_household_is_proposed_from_the_browsers_languages(db: None) -> None:
    client = Client()
    client.force_login(User.objects.create_user("kim", password="a-long-enough-passphrase"))
    page = client.get("/households/new/", HTTP_ACCEPT_LANGUAGE="de-AT,de;q=0.9").content.decode()
    assert (_selected(page, "country"), _selected(page, "time_zone")) == ("AT", "Europe/Vienna")
    assert 'id="proposal-hint"' in page and 'id="proposal-hint" hidden' not in page
    assert 'id="zone-countries"' in page and "household-locale.js" in page
    # Several time zones: the country is proposed, the zone is left to the page's script.
    page = client.get("/households/new/", HTTP_ACCEPT_LANGUAGE="en-US").content.decode()
    assert (_selected(page, "country"), _selected(page, "time_zone")) == ("US", "")
    # No hint at all: nothing is chosen for the person, and never a fixed GB.
    page = client.get("/households/new/").content.decode()
    assert (_selected(page, "country"), _selected(page, "time_zone")) == ("", "")
    assert 'id="proposal-hint" hidden' in page
    # What the person sent is shown back as sent, never replaced by a guess.
    sent = {"name": "", "country": "NZ", "time_zone": "Pacific/Auckland", "relationship": "father"}
    page = client.post("/households/new/", sent, HTTP_ACCEPT_LANGUAGE="de-AT").content.decode()
    assert (_selected(page, "country"), _selected(page, "time_zone")) == ("NZ", "Pacific/Auckland")
    assert "data-propose-place" not in page and "household-locale.js" not in page
