"""Bonding pages: the practice library, today's moments and step-by-step guided sessions."""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from nestling.domain.errors import DomainError, NotFound
from nestling.domain.practices.practice import Category, Practice
from nestling.domain.practices.sources import SOURCES
from nestling.services import access, babies, plans
from nestling.web.context import NAV_BABY
from nestling.web.views import access_errors, actor, flash

CATEGORY_LABELS = {
    Category.TOUCH: gettext_lazy("Touch"),
    Category.VOICE: gettext_lazy("Voice"),
    Category.MOVEMENT: gettext_lazy("Movement"),
    Category.FACE: gettext_lazy("Face and gaze"),
    Category.ROUTINE: gettext_lazy("Routine"),
    Category.PREGNANCY: gettext_lazy("Pregnancy"),
    Category.SELF_CARE: gettext_lazy("Care for you"),
}
ADAPTATION_LABELS = {
    "preterm_nicu": gettext_lazy("Born early or in a neonatal unit"),
    "twins": gettext_lazy("Twins"),
    "caesarean": gettext_lazy("After a caesarean"),
    "partner_father": gettext_lazy("For partners and fathers"),
    "feeling_low": gettext_lazy("If you are feeling low"),
}


@login_required
def library(request: HttpRequest) -> HttpResponse:
    """The practice library, opening on what fits the baby last looked at."""
    query = request.GET.get("q", "").strip()
    category = request.GET.get("category") or None
    baby_id = request.session.get(NAV_BABY)
    try:
        found = _ordered(request, baby_id, query, category)
    except DomainError:
        found, category = _ordered(request, baby_id, query, None), None
    return render(
        request,
        "practices/library.html",
        {
            "practices": [(p, str(CATEGORY_LABELS[p.category])) for p in found],
            "q": query,
            "category": category,
            "categories": [(c.value, str(label)) for c, label in CATEGORY_LABELS.items()],
        },
    )


@login_required
@access_errors
def detail(request: HttpRequest, slug: str) -> HttpResponse:
    practice = plans.practice(slug)
    mine = _babies(request)
    return render(
        request,
        "practices/detail.html",
        {
            "practice": practice,
            "sources": [SOURCES[k] for k in practice.source_keys],
            "adaptations": _adaptations(practice),
            "category": CATEGORY_LABELS[practice.category],
            "babies": mine,
        },
    )


def _ordered(
    request: HttpRequest, baby_id: int | None, query: str, category: str | None
) -> list[Practice]:
    if baby_id is not None:
        try:
            found, _stage, _weeks = plans.practices_for(
                actor=actor(request),
                baby_id=baby_id,
                now=timezone.now(),
                query=query,
                category=category,
            )
            return found
        except NotFound:
            pass  # a baby no longer reachable: the plain library
    return plans.practices(query=query, category=category)


def _adaptations(practice: Practice) -> list[tuple[Promise, str]]:
    """(who it is for, untranslated advice) pairs, for the "Making it work for you" list."""
    return [(ADAPTATION_LABELS[a.audience.value], a.text) for a in practice.adaptations]


def _babies(request: HttpRequest) -> list[object]:
    found: list[object] = []
    for member in access.households_of(actor(request)):
        found += [
            v.baby
            for v in babies.in_household(
                actor=actor(request), household_id=member.household_id, now=timezone.now()
            )
        ]
    return found


@login_required
@access_errors
def guide(request: HttpRequest, baby_id: int, slug: str) -> HttpResponse:
    practice = plans.practice(slug)
    view = babies.get(actor=actor(request), baby_id=baby_id, now=timezone.now())
    try:
        step = int(request.GET.get("step", "0"))
    except ValueError:
        step = 0
    if not 0 <= step <= len(practice.steps) + 1:
        raise Http404
    started = request.GET.get("started") or timezone.now().isoformat()
    return render(
        request,
        "practices/guide.html",
        {
            "practice": practice,
            "baby": view.baby,
            "step": step,
            "total": len(practice.steps),
            "current": practice.steps[step - 1] if 1 <= step <= len(practice.steps) else None,
            "started": started,
            "finishing": step == len(practice.steps) + 1,
            "responses": [
                ("calm", _("Calm")),
                ("alert", _("Alert")),
                ("smiling", _("Smiling")),
                ("fussing", _("Fussing")),
                ("asleep", _("Fell asleep")),
            ],
            "adaptations": _adaptations(practice),
        },
    )


@login_required
@access_errors
@require_POST
def finish(request: HttpRequest, baby_id: int, slug: str) -> HttpResponse:
    try:
        started = datetime.fromisoformat(request.POST.get("started", ""))
    except ValueError:
        started = timezone.now()
    try:
        entry = plans.finish_session(
            actor=actor(request),
            baby_id=baby_id,
            slug=slug,
            started_at=started,
            now=timezone.now(),
            response=request.POST.get("response") or None,
            note=request.POST.get("note", ""),
        )
    except DomainError as exc:
        flash(request, exc)
        return redirect(reverse("guide", args=[baby_id, slug]))
    return redirect(f"{reverse('quick-log', args=[baby_id])}?logged={entry.pk}")


@login_required
@access_errors
@require_POST
def choose(request: HttpRequest, baby_id: int, slug: str) -> HttpResponse:
    try:
        plans.choose(
            actor=actor(request),
            baby_id=baby_id,
            slug=slug,
            action=request.POST.get("action", ""),
            now=timezone.now(),
        )
    except DomainError as exc:
        flash(request, exc)
    return redirect(reverse("baby", args=[baby_id]) + "#moments")
