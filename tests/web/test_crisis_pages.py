"""The public help page: any country, picked by name, checked lines only, never a blank."""

from __future__ import annotations

from django.test import Client

from nestling.store.models import Household
from tests.conftest import World, page_client

URL = "/wellbeing/help/"


def test_anyone_can_pick_another_country_by_name(db: None) -> None:
    page = Client().get(URL, {"country": "de"}).content.decode()
    assert "Help lines in Germany" in page and 'href="tel:112"' in page
    assert "TelefonSeelsorge" in page and 'href="tel:08001110111"' in page
    assert '<option value="DE" selected>Germany</option>' in page
    assert '<option value="JP">Japan</option>' in page  # every country, not only the directory's


def test_a_country_without_a_list_still_gets_digits_and_the_directory(db: None) -> None:
    page = Client().get(URL, {"country": "JP"}).content.decode()
    assert "We don't have a checked list of help lines for Japan yet" in page
    assert 'href="tel:119"' in page and 'href="https://findahelpline.com"' in page
    assert "Find a helpline" in page


def test_unchecked_lines_never_reach_the_page(db: None) -> None:
    page = Client().get(URL, {"country": "GB"}).content.decode()
    assert "tel:999" in page and "Cry-sis" in page
    assert "0808 1961 776" not in page  # PANDAS' helpline is not yet confirmed


def test_a_bad_code_shows_the_usual_page_not_an_error(db: None) -> None:
    response = Client().get(URL, {"country": "<script>"})
    assert response.status_code == 200 and "findahelpline.com" in response.content.decode()


def test_a_signed_in_parent_sees_their_households_country_first(world: World) -> None:
    Household.objects.filter(pk=world.home_id).update(country="US")
    page = page_client(world.alice).get(URL).content.decode()
    assert "Help lines in United States" in page and 'href="tel:988"' in page
    assert "NHS 111" not in page
