"""Journal pages: the one-tap quick log, the detail form, the timeline, timers and undo."""

from __future__ import annotations

from collections import OrderedDict
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from nestling.domain import kinds
from nestling.domain.cry.text import render as render_text
from nestling.domain.entries import duration_minutes
from nestling.domain.errors import DomainError, ValidationError
from nestling.domain.households import Access, Role
from nestling.domain.kinds import pregnancy
from nestling.domain.kinds.base import TapSection
from nestling.domain.safety import fetal
from nestling.services import access, babies, households, journal, timers
from nestling.services.journal import EntryData
from nestling.web import alerts as page_alerts
from nestling.web import entry_text
from nestling.web.context import remember_baby
from nestling.web.views import access_errors, actor, flash


def _buttons(
    section: TapSection,
    remembered: dict[tuple[str, str], dict[str, Any]] | None = None,
    units: str = "metric",
) -> list[tuple[str, str]]:
    """The quick log's buttons of one section, from the kinds' own taps: (value, label). A tap
    that remembers details shows them ("Bottle · 120 ml formula"), and is left out until
    there is something to remember (the detail form logs the first one)."""
    action = "timer" if section == "timer" else "log"
    found = []
    for kind, tap in kinds.taps(section):
        label = _(tap.label)
        if tap.remember:
            usual = (remembered or {}).get((kind.code, tap.variant))
            if not usual:
                continue
            label = kind.summary({**tap.details, **usual}, entry_text.words(units))
        found.append((":".join(p for p in (action, kind.code, tap.variant) if p), label))
    return found


def _remembered(who: Any, baby_id: int) -> dict[tuple[str, str], dict[str, Any]]:
    """What each remembering tap would log for this baby now."""
    return {
        (kind.code, tap.variant): journal.remembered(
            actor=who, baby_id=baby_id, kind=kind.code, like=dict(tap.details), keys=tap.remember
        )
        for section in ("care",)
        for kind, tap in kinds.taps(section)
        if tap.remember
    }


def baby_context(request: HttpRequest, baby_id: int, need: Access = Access.READ) -> dict[str, Any]:
    who = actor(request)
    view = babies.get(actor=who, baby_id=baby_id, now=timezone.now())
    if need > Access.READ:
        access.baby(who, baby_id, need)
    household = view.baby.household
    timezone.activate(household.time_zone)
    remember_baby(request, baby_id)
    return {
        "view": view,
        "baby": view.baby,
        "household": household,
        "units": household.units,
        "can_log": view.role != Role.VIEWER,
    }


class _RowText:
    """What every row of a list shares, worked out once per page instead of once per row:
    kind labels, the edit link and its label (a day can be 60 rows; see docs/performance.md)."""

    _SENTINEL = 987654321987654321

    def __init__(self) -> None:
        self.labels: dict[str, str] = {}
        self.edit_url = reverse("entry-edit", args=[self._SENTINEL])
        self.edit_label = _("Edit %(what)s at %(time)s")
        self._movements = ""

    def warning(self, entry: Any) -> str:
        """The fewer-movements warning on a movement entry that logged fewer (else nothing)."""
        if entry.kind != "fetal_movement" or not fetal.reduced(pregnancy.pattern_of(entry.details)):
            return ""
        if not self._movements:
            self._movements = render_text(fetal.CALL_NOW, translate=_)
        return self._movements

    def label(self, kind: str) -> str:
        if kind not in self.labels:
            self.labels[kind] = entry_text.kind_label(kind)
        return self.labels[kind]

    def url(self, pk: int) -> str:
        return self.edit_url.replace(str(self._SENTINEL), str(pk))


def _rows(entries: Any, units: str, zone: ZoneInfo | None = None) -> list[dict[str, Any]]:
    shared = _RowText()
    return [entry_row(entry, units, zone, shared) for entry in entries]


def entry_row(
    entry: Any, units: str, zone: ZoneInfo | None = None, shared: _RowText | None = None
) -> dict[str, Any]:
    """Everything a row shows, worked out here: the templates only print (a day can be 60 rows)."""
    text = shared or _RowText()
    label = text.label(entry.kind)
    local = entry.started_at.astimezone(zone) if zone else timezone.localtime(entry.started_at)
    time = f"{local.hour:02d}:{local.minute:02d}"
    return {
        "entry": entry,
        "running": entry.running,
        "private": entry.private,
        "note": entry.note,
        "label": label,
        "summary": entry_text.summary(entry.kind, entry.details, units),
        "duration": entry_text.minutes(duration_minutes(entry.started_at, entry.ended_at)),
        "time": time,
        "iso": local.isoformat(),
        "edit_url": text.url(entry.pk),
        "edit_label": text.edit_label % {"what": label, "time": time},
        "who": entry.caregiver.shown_name if entry.caregiver_id else "",
        "warning": text.warning(entry),
    }


@login_required
@access_errors
def quick_log(request: HttpRequest, baby_id: int) -> HttpResponse:
    who = actor(request)
    if request.method == "POST":
        return _tap(request, baby_id)
    ctx = baby_context(request, baby_id)
    units = ctx["units"]
    logged, saved = None, {"alerts": []}
    entry = _just_saved(who, request.GET.get("logged", ""))
    if entry is not None:
        logged, saved = entry_row(entry, units), page_alerts.context(entry)
    prenatal = ctx["view"].age is None
    ctx.update(
        running=_rows(timers.running(actor=who, baby_id=baby_id), units),
        recent=_rows(journal.listing(actor=who, baby_id=baby_id, limit=8), units),
        timer_buttons=[] if prenatal else _buttons("timer"),
        care_buttons=[] if prenatal else _buttons("care", _remembered(who, baby_id), units),
        bonding_buttons=_buttons("prenatal" if prenatal else "bonding"),
        twins=[
            v.baby
            for v in babies.in_household(
                actor=who, household_id=ctx["household"].pk, now=timezone.now()
            )
            if v.baby.pk != baby_id and v.age is not None
        ],
        logged=logged,
        more=_more_kinds(prenatal),
        **saved,
    )
    return render(request, "journal/log.html", ctx)


def _just_saved(who: Any, value: str) -> Any:
    """The entry named in `?logged=` or `?saved=`, or None (deleted since, or not theirs)."""
    if not value.isdigit():
        return None
    try:
        return journal.get(actor=who, entry_id=int(value))
    except DomainError:
        return None


def _more_kinds(prenatal: bool) -> list[tuple[str, list[tuple[str, str]]]]:
    groups: OrderedDict[str, list[tuple[str, str]]] = OrderedDict()
    titles = {
        "bonding": _("Bonding moments"),
        "care": _("Care"),
        "cues": _("Baby's cues"),
        "health": _("Health"),
        "parent": _("You"),
        "note": _("Notes"),
        "prenatal": _("Pregnancy"),
    }
    for code, spec in kinds.KINDS.items():
        if prenatal != (spec.category == kinds.Category.PRENATAL) and spec.category not in (
            kinds.Category.PARENT,
            kinds.Category.NOTE,
        ):
            continue
        groups.setdefault(str(titles[spec.category.value]), []).append(
            (code, entry_text.kind_label(code))
        )
    return list(groups.items())


def _tap(request: HttpRequest, baby_id: int) -> HttpResponse:
    who = actor(request)
    here = reverse("quick-log", args=[baby_id])
    tap = request.POST.get("tap", "")
    action, _sep, rest = tap.partition(":")
    kind, _sep, variant = rest.partition(":")
    also = [int(b) for b in request.POST.getlist("also") if b.isdigit()]
    spec = kinds.KINDS.get(kind)
    tap_spec = next((t for t in spec.taps if t.variant == variant), None) if spec else None
    details = dict(tap_spec.details) if tap_spec else {}
    if tap_spec is not None and tap_spec.remember:
        details.update(
            journal.remembered(
                actor=who, baby_id=baby_id, kind=kind, like=details, keys=tap_spec.remember
            )
        )
    try:
        if tap_spec is not None and action == ("timer" if tap_spec.section == "timer" else "log"):
            if action == "timer":
                timers.start_timer(
                    actor=who,
                    baby_id=baby_id,
                    kind=kind,
                    details=details,
                    now=timezone.now(),
                )
                return redirect(here)
            created = journal.record(
                actor=who,
                baby_id=baby_id,
                now=timezone.now(),
                data=EntryData(kind=kind, details=details),
                also_baby_ids=also,
            )
            return redirect(f"{here}?logged={created[0].pk}")
        raise ValidationError(_("Unknown button."), field="tap")
    except DomainError as exc:
        flash(request, exc, pages=(404,))
        return redirect(here)


@login_required
@access_errors
@require_POST
def timer_stop(request: HttpRequest, timer_id: int) -> HttpResponse:
    who = actor(request)
    back = _back(request)
    try:
        stopped = timers.stop_timer(actor=who, timer_id=timer_id, now=timezone.now())
    except DomainError as exc:
        flash(request, exc, pages=(404,))
        return redirect(
            back or reverse("quick-log", args=[journal.get(actor=who, entry_id=timer_id).baby_id])
        )
    return redirect(back or f"{reverse('quick-log', args=[stopped.baby_id])}?logged={stopped.pk}")


def _back(request: HttpRequest) -> str | None:
    """Where a button asked to return (the baby's page), if it is a path on this site."""
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts=None):
        return target if target.startswith("/") else None
    return None


@login_required
@access_errors
@require_POST
def timer_switch(request: HttpRequest, timer_id: int) -> HttpResponse:
    who = actor(request)
    try:
        entry = timers.switch_side(actor=who, timer_id=timer_id, now=timezone.now())
    except DomainError as exc:
        flash(request, exc, pages=(404,))
        entry = journal.get(actor=who, entry_id=timer_id)
    return redirect(_back(request) or reverse("quick-log", args=[entry.baby_id]))


@login_required
@access_errors
@require_POST
def undo(request: HttpRequest, baby_id: int) -> HttpResponse:
    removed = journal.undo_last(actor=actor(request), baby_id=baby_id, now=timezone.now())
    if removed is None:
        messages.error(request, _("There is nothing of yours from the last few minutes to undo."))
    else:
        messages.success(
            request, _("Undone: %(what)s.") % {"what": entry_text.kind_label(removed.kind)}
        )
    return redirect("quick-log", baby_id)


def member_choices(request: HttpRequest, household_id: int) -> list[tuple[int, str]]:
    found = households.members(actor=actor(request), household_id=household_id)
    return [(m.user_id, m.user.shown_name) for m in found]


@login_required
@access_errors
def timeline(request: HttpRequest, baby_id: int) -> HttpResponse:
    who = actor(request)
    ctx = baby_context(request, baby_id)
    household, units = ctx["household"], ctx["units"]
    today = journal.today(ctx["baby"], timezone.now())
    try:
        on = date.fromisoformat(request.GET.get("day", "")) if request.GET.get("day") else today
    except ValueError:
        on = today
    kind = request.GET.get("kind", "")
    kind_filter = [kind] if kind in kinds.KINDS else None
    caregiver = request.GET.get("caregiver", "")
    caregiver_id = int(caregiver) if caregiver.isdigit() else None
    found = journal.day(
        actor=who, baby_id=baby_id, on=on, kinds=kind_filter, caregiver_id=caregiver_id
    )
    edited = _just_saved(who, request.GET.get("saved", ""))
    saved = page_alerts.context(edited) if edited is not None else {"alerts": []}
    zone = ZoneInfo(household.time_zone)
    hours: OrderedDict[str, list[dict[str, Any]]] = OrderedDict()
    for row in _rows(found.entries, units, zone):
        hours.setdefault(row["time"][:2] + ":00", []).append(row)
    ctx.update(
        day=on,
        today=today,
        hours=list(hours.items()),
        previous=on - timedelta(days=1),
        next=on + timedelta(days=1) if on < today else None,
        kind=kind if kind_filter else "",
        caregiver=caregiver_id,
        kinds=[(code, entry_text.kind_label(code)) for code in kinds.KINDS],
        members=member_choices(request, household.pk),
        **saved,
    )
    return render(request, "journal/timeline.html", ctx)
