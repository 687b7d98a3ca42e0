"""The cry helper on a phone: start a crying spell, safety first, then the checklist, one tap each.

Every step is a plain POST form (no scripts needed) that logs to the journal, so the other
caregiver sees the spell, what was tried and what helped. Ticked warning signs travel in the
address (`?s=...`) so the page can always be reloaded, and are logged as a symptom entry.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from nestling.domain.cry import SOOTHING_LABELS
from nestling.domain.errors import DomainError
from nestling.domain.households import Role
from nestling.domain.safety.signs import CODES as SYMPTOMS
from nestling.formats import cry as present
from nestling.services import babies, cry, journal
from nestling.web.views import access_errors, actor, flash

STRAIN_KINDS = ("support_line", "urgent_advice", "routine_care")
TOP_REASONS = 3
FIT_LABELS = {
    "strong": gettext_lazy("Likely"),
    "some": gettext_lazy("Possible"),
    "weak": gettext_lazy("Less likely"),
}


def _ticked(values: list[str]) -> list[str]:
    return [code for code in dict.fromkeys(values) if code in SYMPTOMS]


def _helper_url(baby_id: int, ticked: list[str], anchor: str = "") -> str:
    url = reverse("cry", args=[baby_id])
    query = urlencode([("s", code) for code in ticked])
    return f"{url}?{query}{anchor}" if query else f"{url}{anchor}"


@login_required
@access_errors
def helper(request: HttpRequest, baby_id: int) -> HttpResponse:
    who = actor(request)
    now = timezone.now()
    ticked = _ticked(request.GET.getlist("s"))
    view = babies.get(actor=who, baby_id=baby_id, now=now)
    try:
        result = cry.check(actor=who, baby_id=baby_id, now=now, symptoms=ticked)
    except DomainError as exc:
        flash(request, exc, pages=(404,))
        return redirect("baby", baby_id)
    timezone.activate(result.household.time_zone)
    data = present.as_data(result)
    reasons = _with_states(data)
    ctx = {
        "view": view,
        "baby": view.baby,
        "can_log": view.role != Role.VIEWER,
        "data": data,
        "episode": data["episode"],
        "episode_started": result.episode.started_at if result.episode else None,
        "ticked": ticked,
        "symptoms": _symptoms(data, ticked, baby_id),
        "open_check": bool(ticked or data["red_flags"] or any(s["hint"] for s in data["symptoms"])),
        "top_reasons": reasons[:TOP_REASONS],
        "more_reasons": reasons[TOP_REASONS:],
        "flags": present.flag_boxes(data),
        "strain_lines": [h for h in data["help"] if h["kind"] in STRAIN_KINDS],
        "days": _days(data),
        "checkin_url": reverse("entry-new", args=[baby_id, "checkin"]),
        "wellbeing_url": _optional_url("wellbeing"),
        "ended": _just_ended(request, who, data["episode"]),
    }
    return render(request, "cry/helper.html", ctx)


def _just_ended(request: HttpRequest, who: Any, running: Any) -> dict[str, Any] | None:
    """The spell "that helped" just ended, for its undo button (none while one is running)."""
    ended = request.GET.get("ended", "")
    if running or not ended.isdigit():
        return None
    try:
        entry = journal.get(actor=who, entry_id=int(ended))
    except DomainError:
        return None
    if entry.kind != "cry" or entry.running:
        return None
    return {"id": entry.pk, "soothing": request.GET.get("soothing", "")}


def _optional_url(name: str) -> str | None:
    try:
        return reverse(name)
    except NoReverseMatch:
        return None


def _with_states(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Each action marked with what happened to it in the spell going on now."""
    episode = data["episode"] or {"tried": [], "soothed_by": []}
    for reason in data["reasons"]:
        score = reason["score"]
        reason["fit"] = "strong" if score >= 0.6 else ("some" if score >= 0.3 else "weak")
        reason["fit_label"] = FIT_LABELS[reason["fit"]]
        for item in reason["suggestions"]:
            code = item["soothing"]
            item["label"] = _(SOOTHING_LABELS[code]) if code else None
            item["state"] = (
                "helped"
                if code in episode["soothed_by"]
                else ("tried" if code in episode["tried"] else None)
            )
    return list(data["reasons"])


def _symptoms(data: dict[str, Any], ticked: list[str], baby_id: int) -> list[dict[str, Any]]:
    rows = []
    for symptom in data["symptoms"]:
        code = symptom["code"]
        others = [c for c in ticked if c != code]
        rows.append(
            {
                **symptom,
                "untick_url": _helper_url(baby_id, others, "#check"),
                "tick_url": _helper_url(baby_id, [*ticked, code]),
            }
        )
    return rows


def _days(data: dict[str, Any]) -> list[dict[str, Any]]:
    days = data["patterns"]["days"]
    top = max([240, *[d["minutes"] for d in days]])
    return [{**d, "date": date.fromisoformat(d["day"]), "max": top} for d in days]


@login_required
@access_errors
@require_POST
def start(request: HttpRequest, baby_id: int) -> HttpResponse:
    try:
        cry.start_episode(actor=actor(request), baby_id=baby_id, now=timezone.now())
    except DomainError as exc:
        flash(request, exc)
    return redirect("cry", baby_id)


@login_required
@access_errors
@require_POST
def symptom(request: HttpRequest, baby_id: int) -> HttpResponse:
    """Tick a warning sign: log it for the household and show the page with it ticked."""
    code = request.POST.get("symptom", "")
    ticked = _ticked([*request.POST.getlist("s"), code])
    try:
        cry.record_symptoms(
            actor=actor(request),
            baby_id=baby_id,
            symptoms=[code] if code in SYMPTOMS else [],
            now=timezone.now(),
        )
    except DomainError as exc:
        flash(request, exc)
    return redirect(_helper_url(baby_id, ticked))


@login_required
@access_errors
@require_POST
def tried(request: HttpRequest, episode_id: int) -> HttpResponse:
    who = actor(request)
    entry = journal.get(actor=who, entry_id=episode_id)
    soothing = request.POST.get("soothing", "")
    helped = request.POST.get("helped") == "1"
    ticked = _ticked(request.POST.getlist("s"))
    try:
        if not helped:
            cry.mark(
                actor=who,
                episode_id=episode_id,
                soothing=soothing,
                helped=False,
                now=timezone.now(),
            )
        else:
            cry.stop_episode(
                actor=who, episode_id=episode_id, now=timezone.now(), soothed_by=soothing
            )
    except DomainError as exc:
        flash(request, exc)
        return redirect(_helper_url(entry.baby_id, ticked))
    what = _(SOOTHING_LABELS.get(soothing, soothing))
    if helped:
        return _helped(request, entry, soothing, ticked)
    messages.success(request, _("Noted: %(what)s, no change yet.") % {"what": what})
    return redirect(_helper_url(entry.baby_id, ticked, "#reasons"))


def _helped(request: HttpRequest, entry: Any, soothing: str, ticked: list[str]) -> HttpResponse:
    """ "That helped" ends the spell in one tap; the page says so and offers to undo it."""
    messages.success(
        request,
        _("Noted: %(what)s helped, and the crying spell is logged. Well done for staying with it.")
        % {"what": _(SOOTHING_LABELS.get(soothing, soothing))},
    )
    query = urlencode([("ended", entry.pk), ("soothing", soothing), *[("s", c) for c in ticked]])
    return redirect(f"{reverse('cry', args=[entry.baby_id])}?{query}#spell")


@login_required
@access_errors
@require_POST
def resume(request: HttpRequest, episode_id: int) -> HttpResponse:
    """Undo "that helped": the baby is still crying, the same spell goes on."""
    who = actor(request)
    entry = journal.get(actor=who, entry_id=episode_id)
    try:
        cry.resume_episode(
            actor=who,
            episode_id=episode_id,
            now=timezone.now(),
            soothing=request.POST.get("soothing", ""),
        )
    except DomainError as exc:
        flash(request, exc)
    else:
        messages.success(request, _("Undone: the crying spell goes on."))
    return redirect(f"{reverse('cry', args=[entry.baby_id])}#spell")


@login_required
@access_errors
@require_POST
def stop(request: HttpRequest, episode_id: int) -> HttpResponse:
    who = actor(request)
    entry = journal.get(actor=who, entry_id=episode_id)
    try:
        stopped = cry.stop_episode(actor=who, episode_id=episode_id, now=timezone.now())
    except DomainError as exc:
        flash(request, exc)
        return redirect("cry", entry.baby_id)
    messages.success(request, _("Well done for staying with it."))
    return redirect(f"{reverse('quick-log', args=[entry.baby_id])}?logged={stopped.pk}")
