"""A baby's home page, and adding, editing and removing a baby."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from nestling.domain.cry.text import render as render_text
from nestling.domain.errors import DomainError
from nestling.domain.households import Access, Role
from nestling.domain.safety.alerts import kind_notice
from nestling.formats import cry as present_cry
from nestling.services import access, babies, cry, glance, households, plans, timers
from nestling.services.babies import FIELDS
from nestling.web import entry_text
from nestling.web.context import remember_baby
from nestling.web.forms import BabyForm, show_error
from nestling.web.views import access_errors, actor
from nestling.web.views.journal import entry_row


@login_required
@access_errors
def baby_new(request: HttpRequest, household_id: int) -> HttpResponse:
    who = actor(request)
    household = access.household(who, household_id, Access.MANAGE)
    form = BabyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            view = babies.create(
                actor=who, household_id=household_id, values=form.cleaned_data, now=timezone.now()
            )
        except DomainError as exc:
            show_error(form, exc)
        else:
            return redirect("baby", view.baby.pk)
    return render(request, "babies/form.html", {"form": form, "household": household, "baby": None})


@login_required
@access_errors
def baby_home(request: HttpRequest, baby_id: int) -> HttpResponse:
    who = actor(request)
    view = babies.get(actor=who, baby_id=baby_id, now=timezone.now())
    household = view.baby.household
    timezone.activate(household.time_zone)
    remember_baby(request, baby_id)
    context = {
        "view": view,
        "baby": view.baby,
        "household": household,
        "can_manage": view.role == Role.PARENT,
        "siblings": [
            b
            for b in babies.in_household(actor=who, household_id=household.pk, now=timezone.now())
            if b.baby.pk != baby_id
        ],
        "members": households.members(actor=who, household_id=household.pk),
        "today": _moments(request, baby_id),
        **_warnings(request, baby_id, view.age is None),
    }
    if view.age is not None:
        context["glance"] = _glance(who, baby_id, household.units)
        context["running"] = [
            entry_row(e, household.units) for e in timers.running(actor=who, baby_id=baby_id)
        ]
    return render(request, "babies/home.html", context)


def _ago(moment: object, now: object) -> str:
    minutes = int((now - moment).total_seconds() // 60)  # type: ignore[operator]
    return _("%(time)s ago") % {"time": entry_text.minutes(max(0, minutes))}


def _glance(who: object, baby_id: int, units: str) -> dict[str, object]:
    """The glance's facts, worded: "2 h 10 min ago", "Bottle · 120 ml formula", "next: right"."""
    now = timezone.now()
    found = glance.at_a_glance(actor=who, baby_id=baby_id, now=now)  # type: ignore[arg-type]
    fed = found.last_feed
    return {
        "feed": fed
        and {
            "ago": _ago(fed.ended_at or fed.started_at, now),
            "summary": entry_text.summary(fed.kind, dict(fed.details), units),
            "running": fed.running,
            "next_side": entry_text.label(found.next_side) if found.next_side else "",
        },
        "wet": found.last_wet and _ago(found.last_wet, now),
        "dirty": found.last_dirty and _ago(found.last_dirty, now),
        "wet_today": found.wet_today,
        "dirty_today": found.dirty_today,
        "asleep": found.asleep_since
        and {"since": timezone.localtime(found.asleep_since), "for": _ago(found.asleep_since, now)},
        "awake": found.awake_since
        and {"since": timezone.localtime(found.awake_since), "for": _ago(found.awake_since, now)},
        "moments": found.moments_by_caregiver,
    }


def _warnings(request: HttpRequest, baby_id: int, prenatal: bool) -> dict[str, object]:
    """Warning signs in the journal first (the same as the cry helper's), and in pregnancy the
    words about fewer movements."""
    if prenatal:
        notice = [render_text(text, translate=_) for text in kind_notice("fetal_movement")]
        return {"flags": [], "advice": [], "movement_notice": notice}
    found = present_cry.warnings_data(
        cry.warnings(actor=actor(request), baby_id=baby_id, now=timezone.now())
    )
    return {"flags": present_cry.flag_boxes(found), "advice": found["advice"]}


def _moments(request: HttpRequest, baby_id: int) -> dict[str, object]:
    """Today's suggestions for the person looking, with their reasons translated."""
    found = plans.day_plan(actor=actor(request), baby_id=baby_id, now=timezone.now())
    return {
        "suggestions": [
            {
                "practice": s.practice,
                "why": _(s.why_today),
            }
            for s in found.plan.suggestions
        ],
        "notes": [_(n) for n in found.plan.notes],
        "week": celebrate(
            plans.week_of_moments(actor=actor(request), baby_id=baby_id, now=timezone.now())
        ),
    }


WEEK_PHRASES = {
    "skin_to_skin": ("one skin-to-skin cuddle", "%(n)s skin-to-skin cuddles"),
    "massage": ("one massage", "%(n)s massages"),
    "reading": ("read together once", "read together %(n)s times"),
    "talking": ("one chat", "%(n)s chats"),
    "singing": ("one song", "%(n)s songs"),
    "rocking": ("one rocking cuddle", "%(n)s rocking cuddles"),
    "eye_contact_play": ("one face-to-face game", "%(n)s face-to-face games"),
    "bath": ("one bath together", "%(n)s baths together"),
    "tummy_time": ("one tummy time", "%(n)s tummy times"),
    "walk": ("one walk", "%(n)s walks"),
    "bump_talk": ("one chat with the bump", "%(n)s chats with the bump"),
}


def celebrate(counts: dict[str, int]) -> list[str]:
    """'3 songs', 'read together twice'... for what happened; nothing about what did not."""
    return [
        ngettext(WEEK_PHRASES[kind][0], WEEK_PHRASES[kind][1], n) % {"n": n}
        for kind, n in sorted(counts.items(), key=lambda item: -item[1])
        if kind in WEEK_PHRASES and n > 0
    ]


@login_required
@access_errors
def baby_edit(request: HttpRequest, baby_id: int) -> HttpResponse:
    who = actor(request)
    baby, _member = access.baby(who, baby_id, Access.MANAGE)
    form = BabyForm(request.POST or None, initial={field: getattr(baby, field) for field in FIELDS})
    if request.method == "POST" and form.is_valid():
        try:
            babies.update(actor=who, baby_id=baby_id, values=form.cleaned_data, now=timezone.now())
        except DomainError as exc:
            show_error(form, exc)
        else:
            messages.success(request, _("Saved."))
            return redirect("baby", baby_id)
    return render(
        request, "babies/form.html", {"form": form, "household": baby.household, "baby": baby}
    )


@login_required
@access_errors
def baby_delete(request: HttpRequest, baby_id: int) -> HttpResponse:
    who = actor(request)
    baby, _member = access.baby(who, baby_id, Access.MANAGE)
    if request.method == "POST":
        household_id = baby.household_id
        babies.delete(actor=who, baby_id=baby_id, now=timezone.now())
        messages.success(request, _("%(name)s was removed.") % {"name": baby.name})
        return redirect("household", household_id)
    return render(request, "babies/delete.html", {"baby": baby})
