"""Wellbeing results: one result (crisis help first), marking, sharing after a preview, deleting,
history and the public help page."""

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
from nestling.domain.instruments.sharing import ShareScope
from nestling.services import access, instruments, scores, screening_results
from nestling.services.access import Audience
from nestling.services.screenings import ScreeningView
from nestling.web import screening_chart, screening_text
from nestling.web.forms import show_error
from nestling.web.screening_forms import ReportForm, ShareForm
from nestling.web.views import access_errors, actor, flash
from nestling.web.views.crisis import resource_rows

PANEL_KEYS = {"crisis.panel", "crisis.local_emergency"}


def panel_context(outcome: Any) -> dict[str, Any]:
    escalation = outcome.escalation
    return {
        "panel_messages": [m.shown(_) for m in escalation.messages if m.key in PANEL_KEYS],
        "resources": resource_rows(escalation.resources),
        "resource_place": escalation.resources.name,
    }


def _bands(instrument: Instrument, result: Any) -> list[dict[str, Any]]:
    """Each band in a parent's words with the range it covers (from the band that matched)."""
    names = {s.code: _(s.parent_name) for s in instrument.subscales}
    return [
        {
            "target": _("Total") if b.target == TOTAL else names.get(b.target, b.target),
            "score": b.score,
            "plain": _(b.plain or b.label),
            "low": b.min_score,
            "high": b.max_score,
            "partial": b.partial,
        }
        for b in result.bands
    ]


def _messages(escalation: Any, prefix: str) -> list[str]:
    return [m.shown(_) for m in escalation.messages if m.key.startswith(prefix)]


def _result_context(view: Any, scope: ShareScope | None = None) -> dict[str, Any]:
    """What the result page shows its reader; `scope` previews a sharing choice not yet made."""
    screening, instrument, outcome = view.screening, view.instrument, view.outcome
    result, escalation = outcome.result, outcome.escalation
    level = result.help_level.value
    scope = scope or scores.share_scope(screening)
    level_name = screening_text.level_name(level, instrument.trend_only)
    if view.mine:
        next_step = screening_text.NEXT_STEPS[level]
    elif scope is ShareScope.SCORE:
        # The score alone says nothing about how soon they were asked to get help: no level,
        # and nothing that reads as "all is well" (issue 10).
        level_name, next_step = "", screening_text.SUPPORTER_SCORE_ONLY
    elif instrument.trend_only and level == "none":
        next_step = screening_text.SUPPORTER_TREND
    else:
        next_step = screening_text.SUPPORTER_STEPS[level]
    context: dict[str, Any] = {
        "view": view,
        "screening": screening,
        "instrument": instrument,
        "name": _(instrument.name),
        "result": result,
        "high": instrument.score_range()[1],
        "bands": _bands(instrument, result),
        "subscales": [
            (_(s.parent_name), result.subscales[s.code])
            for s in instrument.subscales
            if s.code in result.subscales
        ],
        "crisis": escalation.crisis_panel,
        "gentle_resources": escalation.show_resources and not escalation.crisis_panel,
        "level": level,
        "level_name": level_name,
        "next_step": next_step,
        "level_messages": _messages(escalation, "level.") + _messages(escalation, "band."),
        "flag_messages": _messages(escalation, "flag."),
        "about_messages": _messages(escalation, "about."),
        "share_scope": screening_text.SHARE_SCOPES[scope.value],
    }
    context.update(panel_context(outcome))
    return context


def _trend_chart(request: HttpRequest, view: Any) -> Any:
    """For a scale without a pass mark: the respondent's results so far, as a line."""
    done = screening_results.trend(actor=actor(request), screening=view.screening)
    points = [
        (s.completed_at, s.result["total"]) for s in done if s.result.get("total") is not None
    ]
    low, high = view.instrument.score_range()
    return screening_chart.chart(points, low, high)


def _people(request: HttpRequest, screening: Any) -> str | None:
    """The others in the household a result could be shared with, or None if nobody."""
    if screening.household_id is None:
        return None
    try:
        preview = screening_results.share_preview(actor=actor(request), screening_id=screening.pk)
    except DomainError:
        return None
    return ", ".join(preview.people) or None


@login_required
@access_errors
def result(request: HttpRequest, screening_id: int) -> HttpResponse:
    view = screening_results.read(
        actor=actor(request), screening_id=screening_id, now=timezone.now()
    )
    if view.outcome is None:
        return redirect("screening-take", screening_id)
    if view.screening.household is not None:
        timezone.activate(view.screening.household.time_zone)
    context = _result_context(view)
    if view.mine:
        context["report"] = ReportForm(
            initial={"include_in_report": view.screening.include_in_report}
        )
        context["people"] = _people(request, view.screening)
        if view.instrument.trend_only:
            context["trend"] = _trend_chart(request, view)
    return render(request, "screenings/result.html", context)


@login_required
@access_errors
@require_POST
def appointment(request: HttpRequest, screening_id: int) -> HttpResponse:
    """Mark (or unmark) a result to show at the next appointment."""
    form = ReportForm(request.POST)
    if form.is_valid():
        try:
            screening_results.update(
                actor=actor(request),
                screening_id=screening_id,
                include_in_report=form.cleaned_data["include_in_report"],
                now=timezone.now(),
            )
        except DomainError as exc:
            flash(request, exc, pages=(404,))
        else:
            messages.success(request, _("Saved."))
    return redirect("screening-result", screening_id)


def _preview_rows(preview: Any) -> list[dict[str, Any]]:
    """Each sharing choice with the household's view of the result, as they would see it."""
    rows = []
    for scope, outcome in preview.choices:
        shown = ScreeningView(preview.screening, preview.instrument, Audience.HOUSEHOLD, outcome)
        rows.append(
            {
                "scope": scope.value,
                "label": screening_text.SHARE_SCOPES[scope.value],
                **_result_context(shown, scope),
            }
        )
    return rows


@login_required
@access_errors
def share(request: HttpRequest, screening_id: int) -> HttpResponse:
    """See what the household would see under each choice, then share (issue 10)."""
    who = actor(request)
    try:
        preview = screening_results.share_preview(actor=who, screening_id=screening_id)
    except DomainError as exc:
        flash(request, exc, pages=(404,))
        return redirect("screening-result", screening_id)
    rows = _preview_rows(preview)
    form = ShareForm(
        request.POST or None,
        choices=[(row["scope"], row["label"]) for row in rows],
        initial={"share_scope": preview.screening.share_scope or rows[0]["scope"]},
    )
    if request.method == "POST" and form.is_valid():
        try:
            screening_results.update(
                actor=who,
                screening_id=screening_id,
                shared_with_household=True,
                share_scope=form.cleaned_data["share_scope"],
                now=timezone.now(),
            )
        except DomainError as exc:
            show_error(form, exc)
        else:
            messages.success(request, _("Shared. You can stop sharing at any time."))
            return redirect("screening-result", screening_id)
    context = {
        "screening": preview.screening,
        "name": _(preview.instrument.name),
        "people": ", ".join(preview.people),
        "rows": rows,
        "form": form,
    }
    return render(request, "screenings/share.html", context)


@login_required
@access_errors
@require_POST
def unshare(request: HttpRequest, screening_id: int) -> HttpResponse:
    try:
        screening_results.update(
            actor=actor(request),
            screening_id=screening_id,
            shared_with_household=False,
            now=timezone.now(),
        )
    except DomainError as exc:
        flash(request, exc, pages=(404,))
    else:
        messages.success(request, _("You are no longer sharing this result."))
    return redirect("screening-result", screening_id)


@login_required
@access_errors
def delete(request: HttpRequest, screening_id: int) -> HttpResponse:
    who = actor(request)
    screening = screening_results.own(actor=who, screening_id=screening_id)
    if request.method == "POST":
        screening_results.delete(actor=who, screening_id=screening_id)
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
    found = screening_results.history(actor=who, now=timezone.now())
    groups = []
    for code, done in found.groups.items():
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
                "rows": [_history_row(s, instrument) for s in reversed(done)],
                "trend_only": instrument.trend_only,
                "higher_is_worse": instrument.higher_is_worse,
            }
        )
    shared = [
        {
            **_history_row(row.screening, catalogue[row.screening.instrument], row),
            "who": row.screening.user.shown_name,
            "name": _(catalogue[row.screening.instrument].name),
        }
        for row in screening_results.summarise(who, screening_results.shared_with_me(actor=who))
    ]
    context: dict[str, Any] = {"groups": groups, "shared": shared, "crisis": False}
    # A result here that called for crisis help puts that help first (issue 11, silence 1).
    if found.crisis is not None:
        context.update(panel_context(found.crisis), crisis=True)
    return render(request, "screenings/history.html", context)


def _history_row(screening: Any, instrument: Instrument, listed: Any = None) -> dict[str, Any]:
    """A history row; `listed` (from summarise) when the reader sees only what was shared."""
    if listed is not None:
        total = listed.total
        level = listed.help_level.value if listed.help_level is not None else "none"
    else:
        total = (screening.result or {}).get("total")
        level = (screening.result or {}).get("help_level", "none")
    name = screening_text.level_name(level, instrument.trend_only)
    if listed is not None and scores.share_scope(screening) is ShareScope.SCORE:
        name = ""  # shared as a score only: no level, nothing that reads as "all is well"
    return {"screening": screening, "total": total, "level": level, "level_name": name}
