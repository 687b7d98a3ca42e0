"""Wellbeing results: one result (crisis panel first), sharing, deleting, history and help."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from nestling.domain.errors import DomainError
from nestling.domain.instruments.base import TOTAL, Instrument
from nestling.services import access, households, instruments, scores, screenings
from nestling.web import screening_chart, screening_text
from nestling.web.screening_forms import SharingForm
from nestling.web.views import access_errors, actor, flash

PANEL_KEYS = {"crisis.panel", "crisis.local_emergency"}


def resource_rows(selection: Any) -> list[dict[str, Any]]:
    """Template rows for a ResourceSelection: each resource with its kind's label."""
    return [
        {"r": r, "kind": screening_text.RESOURCE_KINDS.get(r.kind.value, "")}
        for r in selection.resources
    ]


def panel_context(outcome: Any) -> dict[str, Any]:
    escalation = outcome.escalation
    return {
        "panel_messages": [_(m.text) for m in escalation.messages if m.key in PANEL_KEYS],
        "resources": resource_rows(escalation.resources),
        "resource_place": escalation.resources.name,
    }


def _bands(instrument: Instrument, result: Any) -> list[dict[str, Any]]:
    names = {s.code: _(s.name) for s in instrument.subscales}
    return [
        {
            "target": _("Total") if b.target == TOTAL else names.get(b.target, b.target),
            "score": b.score,
            "label": _(b.label),
            "partial": b.partial,
        }
        for b in result.bands
    ]


def _result_context(request: HttpRequest, view: Any) -> dict[str, Any]:
    screening, instrument, outcome = view.screening, view.instrument, view.outcome
    result, escalation = outcome.result, outcome.escalation
    level = result.help_level.value
    steps = screening_text.NEXT_STEPS if view.mine else screening_text.SUPPORTER_STEPS
    context: dict[str, Any] = {
        "view": view,
        "screening": screening,
        "instrument": instrument,
        "name": _(instrument.name),
        "result": result,
        "high": instrument.score_range()[1],
        "bands": _bands(instrument, result),
        "subscales": [(_(s.name), result.subscales.get(s.code)) for s in instrument.subscales],
        "crisis": escalation.crisis_panel,
        "level": level,
        "level_name": screening_text.LEVEL_NAMES[level],
        "next_step": steps[level],
        "level_messages": [_(m.text) for m in escalation.messages if m.key.startswith("level.")],
        "flag_messages": [_(m.text) for m in escalation.messages if m.key.startswith("flag.")],
        "about_messages": [_(m.text) for m in escalation.messages if m.key.startswith("about.")],
    }
    context.update(panel_context(outcome))
    return context


def _sharing_form(request: HttpRequest, screening: Any, data: Any = None) -> SharingForm:
    names = None
    if screening.household_id is not None:
        try:
            found = households.members(actor=actor(request), household_id=screening.household_id)
        except DomainError:
            found = []
        # Only worth offering when someone else is there to see it.
        others = [m.user.shown_name for m in found if m.user_id != request.user.pk]
        names = ", ".join(others) or None
    initial = [
        code
        for code, on in (
            ("report", screening.include_in_report),
            ("household", screening.shared_with_household),
        )
        if on
    ]
    return SharingForm(data, household=names, initial={"share": initial})


@login_required
@access_errors
def result(request: HttpRequest, screening_id: int) -> HttpResponse:
    view = screenings.read(actor=actor(request), screening_id=screening_id, now=timezone.now())
    if view.outcome is None:
        return redirect("screening-take", screening_id)
    if view.screening.household is not None:
        timezone.activate(view.screening.household.time_zone)
    context = _result_context(request, view)
    if view.mine:
        context["sharing"] = _sharing_form(request, view.screening)
    return render(request, "screenings/result.html", context)


@login_required
@access_errors
@require_POST
def sharing(request: HttpRequest, screening_id: int) -> HttpResponse:
    who = actor(request)
    screening = screenings.own(actor=who, screening_id=screening_id)
    form = _sharing_form(request, screening, request.POST)
    if form.is_valid():
        chosen = set(form.cleaned_data["share"])
        try:
            screenings.update(
                actor=who,
                screening_id=screening_id,
                include_in_report="report" in chosen,
                shared_with_household="household" in chosen,
                now=timezone.now(),
            )
        except DomainError as exc:
            flash(request, exc, pages=(404,))
        else:
            messages.success(request, _("Saved."))
    return redirect("screening-result", screening_id)


@login_required
@access_errors
def delete(request: HttpRequest, screening_id: int) -> HttpResponse:
    who = actor(request)
    screening = screenings.own(actor=who, screening_id=screening_id)
    if request.method == "POST":
        screenings.delete(actor=who, screening_id=screening_id)
        messages.success(request, _("Deleted."))
        return redirect("screening-history")
    name = _(instruments.definition(screening.instrument).name)
    return render(request, "screenings/delete.html", {"screening": screening, "name": name})


def _cutoffs(instrument: Instrument, latest: Any) -> list[int]:
    used = next(
        (b["cutoff_set"] for b in (latest.result or {}).get("bands", []) if b["target"] == TOTAL),
        None,
    )
    for cutoff_set in instrument.cutoff_sets:
        if cutoff_set.code == used:
            return [band.min_score for band in cutoff_set.bands[1:]]
    return []


@login_required
def history(request: HttpRequest) -> HttpResponse:
    who = actor(request)
    first = access.households_of(who)[:1]
    if first:
        timezone.activate(first[0].household.time_zone)
    catalogue = {i.code: i for i in instruments.catalogue()}
    groups = []
    for code, done in screenings.history(actor=who).items():
        instrument = catalogue[code]
        low, high = instrument.score_range()
        points = [
            (s.completed_at, s.result["total"]) for s in done if s.result.get("total") is not None
        ]
        groups.append(
            {
                "instrument": instrument,
                "name": _(instrument.name),
                "chart": screening_chart.chart(points, low, high, _cutoffs(instrument, done[-1])),
                "rows": [_history_row(s) for s in reversed(done)],
                "trend_only": instrument.trend_only,
                "higher_is_worse": instrument.higher_is_worse,
            }
        )
    shared = [
        {**_history_row(s), "who": s.user.shown_name, "name": _(catalogue[s.instrument].name)}
        for s in screenings.shared_with_me(actor=who)
    ]
    return render(request, "screenings/history.html", {"groups": groups, "shared": shared})


def _history_row(screening: Any) -> dict[str, Any]:
    level = (screening.result or {}).get("help_level", "none")
    return {
        "screening": screening,
        "total": (screening.result or {}).get("total"),
        "level": level,
        "level_name": screening_text.LEVEL_NAMES.get(level, ""),
    }


def crisis_help(request: HttpRequest) -> HttpResponse:
    """Crisis resources for anyone, signed in or not (never behind a login)."""
    who = actor(request) if request.user.is_authenticated else None
    selection, countries = scores.crisis_help(actor=who, country=request.GET.get("country"))
    context = {
        "selection": selection,
        "countries": countries,
        "resources": resource_rows(selection),
    }
    return render(request, "screenings/help.html", context)
