"""Wellbeing pages: suggestions and snoozing, starting, and one question per screen."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from nestling.domain.errors import DomainError
from nestling.domain.instruments.base import Instrument
from nestling.domain.screening_schedule import respondent_for
from nestling.services import (
    access,
    babies,
    instruments,
    screening_results,
    screening_schedule,
    screenings,
)
from nestling.web import screening_text
from nestling.web.forms import show_error
from nestling.web.screening_forms import ItemForm, StartForm
from nestling.web.views import access_errors, actor, flash
from nestling.web.views.screening_results import panel_context


def _catalogue_row(instrument: Instrument) -> dict[str, Any]:
    return {
        "instrument": instrument,
        "name": _(instrument.name),
        "intro": screening_text.intro(instrument.code),
        "tested_with": screening_text.TESTED_WITH.get(instrument.code, ""),
        "time_frame": _(instrument.time_frame),
        "available": instrument.text_licensed,
        "count": len(instrument.items),
    }


@login_required
def wellbeing(request: HttpRequest) -> HttpResponse:
    who = actor(request)
    now = timezone.now()
    catalogue = {i.code: i for i in instruments.catalogue()}
    offered = []
    for view in screening_schedule.suggestions(
        actor=who, now=now, catalogue=list(catalogue.values())
    ):
        s = view.suggestion
        offered.append(
            {
                **_catalogue_row(view.instrument),
                "when": _(s.touchpoint.label),
                "baby_name": s.baby_name,
                "resume": s.resume,
                "week": (now.date() + timedelta(days=7)).isoformat(),
                "window_end": (s.ends_on + timedelta(days=1)).isoformat(),
                "baby_id": view.baby_id,
            }
        )
    under_way = screenings.under_way(actor=who, now=now, catalogue=list(catalogue.values()))
    rows = [
        {
            "screening": row.screening,
            "name": _(row.instrument.name),
            "answered": sum(a is not None for a in row.screening.answers),
            "count": len(row.screening.answers),
        }
        for row in under_way
    ]
    context = {
        "offered": offered,
        "under_way": rows,
        "catalogue": [_catalogue_row(i) for i in catalogue.values()],
        "has_history": bool(
            screening_results.mine(actor=who, status=screenings.COMPLETED, limit=1)
        ),
        "saved": request.GET.get("saved") == "1",
    }
    # Answers saved for later that call for crisis help put it first (issue 11, silence 1).
    crisis = next((row.crisis for row in under_way if row.crisis is not None), None)
    if crisis is not None:
        context.update(panel_context(crisis), crisis=True)
    return render(request, "screenings/wellbeing.html", context)


@login_required
@access_errors
@require_POST
def snooze(request: HttpRequest) -> HttpResponse:
    try:
        until = date.fromisoformat(request.POST.get("until", ""))
        screening_schedule.snooze(
            actor=actor(request),
            instrument=request.POST.get("instrument", ""),
            until=until,
            now=timezone.now(),
        )
    except ValueError:
        messages.error(request, _("Choose when to be reminded."))
    except DomainError as exc:
        flash(request, exc, pages=(404,))
    else:
        messages.success(request, _("Fine. We will not suggest it again before then."))
    return redirect("wellbeing")


def _start_choices(
    request: HttpRequest, found: list[Any]
) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """Household and baby choices from the actor's memberships (`found`)."""
    who = actor(request)
    homes = [(m.household_id, m.household.name) for m in found]
    several = len(homes) > 1
    options = []
    for member in found:
        for view in babies.in_household(
            actor=who, household_id=member.household_id, now=timezone.now()
        ):
            label = view.baby.name
            if view.age is None:
                label = _("%(name)s (on the way)") % {"name": label}
            if several:
                label = f"{label} · {member.household.name}"
            options.append((view.baby.pk, label))
    return homes, options


def _initial_respondent(members: list[Any], instrument: Instrument) -> str:
    first = members[:1]
    mapped = respondent_for(first[0].relationship if first else None)
    allowed = [r.value for r in instrument.respondents]
    return mapped.value if mapped.value in allowed else allowed[0]


@login_required
@access_errors
def start(request: HttpRequest, code: str) -> HttpResponse:
    instrument = instruments.definition(code)
    context: dict[str, Any] = {**_catalogue_row(instrument), "form": None}
    if not instrument.text_licensed:
        return render(request, "screenings/start.html", context)
    members = access.households_of(actor(request))
    homes, options = _start_choices(request, members)
    baby = request.GET.get("baby", "")
    form = StartForm(
        request.POST or None,
        households=homes,
        babies=options,
        respondents=[r.value for r in instrument.respondents],
        initial={
            "household": homes[0][0] if homes else None,
            # The baby the suggestion was about, else the only one.
            "baby": int(baby) if baby.isdigit() else (options[0][0] if len(options) == 1 else None),
            "respondent": _initial_respondent(members, instrument),
        },
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            screening = screenings.start(
                actor=actor(request),
                instrument=code,
                household_id=data.get("household") if len(homes) > 1 else None,
                baby_id=data.get("baby"),
                respondent=data["respondent"],
                language=request.LANGUAGE_CODE,
                now=timezone.now(),
            )
        except DomainError as exc:
            show_error(form, exc)
        else:
            return redirect("screening-take", screening.pk)
    under_way = screening_results.mine(actor=actor(request), instrument=code, status="in_progress")
    context.update(form=form, under_way=under_way[0] if under_way else None)
    return render(request, "screenings/start.html", context)


def _item_index(request: HttpRequest, screening: Any, count: int) -> int:
    raw = request.POST.get("item") or request.GET.get("item")
    index = int(raw) if raw and raw.isdigit() else screening.current_item
    return min(max(index, 0), count - 1)


@login_required
@access_errors
def take(request: HttpRequest, screening_id: int) -> HttpResponse:
    who = actor(request)
    # The full panel right after a critical answer, and when coming back to the questionnaire
    # (no question named): resuming shows help first too (issue 11, silence 1).
    resumed = "item" not in request.GET
    shown = request.method == "GET" and (request.GET.get("help") == "1" or resumed)
    state = screenings.progress(
        actor=who, screening_id=screening_id, now=timezone.now(), show_crisis=shown
    )
    screening, instrument = state.screening, state.instrument
    if screening.status == screenings.COMPLETED:
        return redirect("screening-result", screening.pk)
    count = len(instrument.items)
    index = _item_index(request, screening, count)
    item = instrument.items[index]
    form = ItemForm(
        request.POST or None,
        question=_(item.text),
        options=[_(o.label) for o in item.options],
        initial={"answer": screening.answers[index]},
    )
    if request.method == "POST" and form.is_valid():
        answered = form.cleaned_data["answer"]
        action = request.POST.get("action", "next")
        if answered is None and action in ("next", "finish"):
            form.add_error(
                "answer", _("Choose the answer closest to how you feel, or skip this question.")
            )
        else:
            try:
                return _move(request, screening.pk, index, count, answered, action)
            except DomainError as exc:
                if exc.status == 404:
                    raise
                show_error(form, exc)
    context = {
        "screening": screening,
        "instrument": instrument,
        "name": _(instrument.name),
        "stem": _(instrument.stem),
        "time_frame": _(instrument.time_frame),
        "form": form,
        "index": index,
        "number": index + 1,
        "count": count,
        "last": index == count - 1,
        "crisis": state.crisis,
        "full_panel": shown and state.crisis is not None,
    }
    if state.crisis is not None:
        context.update(panel_context(state.crisis))
    return render(request, "screenings/take.html", context)


def _move(
    request: HttpRequest, screening_id: int, index: int, count: int, answer: int | None, action: str
) -> HttpResponse:
    """Save the answer (skipping saves a blank), then go where the button says."""
    who = actor(request)
    target = {"back": index - 1, "skip": index + 1, "next": index + 1}.get(action, index)
    keep = answer is not None or action == "skip"
    crisis = False
    if keep:
        _saved, crisis = screenings.save_answer(
            actor=who,
            screening_id=screening_id,
            item=index,
            answer=answer,
            move_to=min(max(target, 0), count - 1),
            now=timezone.now(),
        )
    if action == "save":
        # Saved answers that call for crisis help: the next page puts it first, above any note.
        if screenings.progress(
            actor=who, screening_id=screening_id, now=timezone.now(), show_crisis=False
        ).crisis:
            return redirect(f"{reverse('wellbeing')}?saved=1")
        messages.success(request, _("Saved. You can carry on whenever you like."))
        return redirect("wellbeing")
    if action == "finish" or (action in ("next", "skip") and index == count - 1):
        screenings.complete(actor=who, screening_id=screening_id, now=timezone.now())
        return redirect("screening-result", screening_id)
    url = f"{reverse('screening-take', args=[screening_id])}?item={min(max(target, 0), count - 1)}"
    return redirect(f"{url}&help=1" if crisis else url)
