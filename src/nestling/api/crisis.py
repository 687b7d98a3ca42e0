"""Crisis help without an account: GET /crisis-resources?country=XX."""

from __future__ import annotations

from datetime import date

from django.http import HttpRequest
from django.utils.translation import gettext
from ninja import Field, Query, Router, Schema

from nestling.domain import crisis as rules
from nestling.domain.crisis import CrisisResource, Phrase, ResourceSelection
from nestling.services import crisis
from nestling.services.access import actor_of

router = Router(tags=["crisis"])


class CrisisLineOut(Schema):
    id: str
    name: str
    kind: str = Field(
        ...,
        description="emergency, crisis_line, urgent_advice, support_line, routine_care or "
        "directory (an international directory of helplines: see `url`).",
    )
    phone: str | None = Field(..., description="Digits to dial.")
    phone_label: str | None = Field(..., description="The number as advertised, e.g. letters.")
    text: str | None = Field(..., description="A number to send a text message to.")
    url: str | None
    hours: str
    description: str
    crisis_line: bool
    nationwide: bool = Field(..., description="False: the line covers only part of the country.")
    verified: bool = Field(
        ..., description="False: not yet confirmed from a source; see `note`. Pages hide these."
    )
    checked: date | None = Field(..., description="When the line was last checked.")
    source: str = Field(..., description="Where it was checked.")
    note: str


class CrisisResourcesOut(Schema):
    country: str | None = Field(
        ..., description="The directory entry shown; null when the country has none (fallback)."
    )
    asked: str | None = Field(..., description="The country asked for (or the household's).")
    name: str
    fallback: bool
    emergency_number: str | None = Field(
        ..., description="Digits to call in an emergency; null when the country is unknown."
    )
    urgent_advice: str = Field(
        ..., description="Where to get medical advice that cannot wait, in the country's terms."
    )
    resources: list[CrisisLineOut] = Field(..., description="Emergency first, in display order.")


def _said(words: Phrase) -> str:
    template = gettext(words.template)
    return template % words.params if words.params else template


def _line(line: CrisisResource) -> CrisisLineOut:
    return CrisisLineOut(
        **line.model_dump(exclude={"name", "description", "hours", "kind"}),
        kind=line.kind.value,
        name=gettext(line.name),
        description=gettext(line.description) if line.description else "",
        hours=gettext(line.hours) if line.hours else "",
    )


def resources_out(selection: ResourceSelection) -> CrisisResourcesOut:
    return CrisisResourcesOut(
        country=selection.country,
        asked=selection.asked,
        name=gettext(selection.name),
        fallback=selection.fallback,
        emergency_number=selection.emergency_number,
        urgent_advice=_said(rules.urgent_advice_phrase(selection)),
        resources=[_line(line) for line in selection.resources],
    )


@router.get(
    "/crisis-resources",
    auth=None,
    response=CrisisResourcesOut,  # its 422 (a bad code) is added by api/openapi.py
    summary="Where to turn in a country, now (no account needed)",
    description=(
        "The country's emergency number, crisis and suicide lines, its line for urgent medical "
        "advice and support lines for parents, each with where and when it was checked. A "
        "country without a full entry gets its emergency number when known and an "
        "international helpline directory, never nothing. Without `country`, a signed-in "
        "browser gets its household's country. Unchecked lines only with `include_unverified`."
    ),
)
def crisis_resources(
    request: HttpRequest,
    country: str | None = Query(
        None, description="ISO 3166-1 alpha-2 code, any case, e.g. US or gb (UK works too)."
    ),
    include_unverified: bool = Query(
        False, description="Also return lines nobody has confirmed yet (marked verified=false)."
    ),
) -> CrisisResourcesOut:
    who = actor_of(request) if request.user.is_authenticated else None
    selection = crisis.lines_for(country=country, actor=who, include_unverified=include_unverified)
    return resources_out(selection)
