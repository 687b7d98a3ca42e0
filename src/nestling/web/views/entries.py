"""Entry pages: the detail form for a new entry, editing one, and deleting one."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from nestling.domain import days, kinds
from nestling.domain.cry.text import render as render_text
from nestling.domain.errors import DomainError, ValidationError
from nestling.domain.households import Access
from nestling.domain.safety.alerts import kind_notice
from nestling.services import journal
from nestling.services.journal import EntryData
from nestling.web import entry_forms, entry_text
from nestling.web.forms import show_error
from nestling.web.views import access_errors, actor
from nestling.web.views.journal import baby_context, entry_row, member_choices


def _entry_data(form: entry_forms.EntryForm, zone: str, units: str) -> EntryData:
    data = form.cleaned_data
    fields = {"started_at", "note", "details"}
    ended = None
    if "ended_at" in form.fields:
        ended = entry_forms.parse_local(data.get("ended_at", ""), zone)
        fields.add("ended_at")
    caregiver = data.get("caregiver")
    if caregiver is not None:
        fields.add("caregiver_id")
    return EntryData(
        kind=form.kind,
        started_at=entry_forms.parse_local(data["started_at"], zone),
        ended_at=ended,
        caregiver_id=caregiver,
        note=data.get("note", ""),
        details=entry_forms.details_from(form.kind, form.detail_values(), units),
        set_fields=fields,
    )


def _show(form: entry_forms.EntryForm, exc: DomainError) -> None:
    if exc.field and exc.field.startswith("details."):
        name = exc.field.removeprefix("details.").split(".")[0]
        exc.field = entry_forms.form_name(name, form.units, form.kind)
        if isinstance(exc, ValidationError):
            exc.errors = [(exc.field if f == exc.errors[0][0] else f, m) for f, m in exc.errors]
    show_error(form, exc)


@login_required
@access_errors
def entry_new(request: HttpRequest, baby_id: int, kind: str) -> HttpResponse:
    if kind not in kinds.KINDS:
        raise Http404
    ctx = baby_context(request, baby_id, Access.LOG)
    household, units = ctx["household"], ctx["units"]
    zone = household.time_zone
    form = entry_forms.EntryForm(
        request.POST or None,
        kind=kind,
        units=units,
        members=member_choices(request, household.pk),
        initial={
            "started_at": entry_forms.local_input(timezone.now(), zone),
            "caregiver": request.user.pk,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            created = journal.record(
                actor=actor(request),
                baby_id=baby_id,
                data=_entry_data(form, zone, units),
                now=timezone.now(),
            )
        except DomainError as exc:
            _show(form, exc)
        else:
            return redirect(f"{reverse('quick-log', args=[baby_id])}?logged={created[0].pk}")
    ctx.update(
        form=form,
        kind=kind,
        label=entry_text.kind_label(kind),
        entry=None,
        now_local=entry_forms.local_input(timezone.now(), zone),
        notice=_notice(kind),
    )
    return render(request, "journal/entry_form.html", ctx)


@login_required
@access_errors
def entry_edit(request: HttpRequest, entry_id: int) -> HttpResponse:
    who = actor(request)
    entry = journal.get(actor=who, entry_id=entry_id)
    ctx = baby_context(request, entry.baby_id, Access.LOG)
    household, units = ctx["household"], ctx["units"]
    zone = household.time_zone
    initial = {
        "started_at": entry_forms.local_input(entry.started_at, zone),
        "ended_at": entry_forms.local_input(entry.ended_at, zone),
        "caregiver": entry.caregiver_id,
        "note": entry.note,
        "version": entry.version,
        **entry_forms.initial_from(entry.kind, entry.details, units),
    }
    form = entry_forms.EntryForm(
        request.POST or None,
        kind=entry.kind,
        units=units,
        members=member_choices(request, household.pk),
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        try:
            journal.update(
                actor=who,
                entry_id=entry_id,
                version=form.cleaned_data.get("version") or entry.version,
                data=_entry_data(form, zone, units),
                now=timezone.now(),
            )
        except DomainError as exc:
            _show(form, exc)
        else:
            messages.success(request, _("Saved."))
            return redirect(f"{_timeline_url(entry, household)}&saved={entry_id}")
    ctx.update(
        form=form,
        kind=entry.kind,
        label=entry_text.kind_label(entry.kind),
        entry=entry,
        now_local=entry_forms.local_input(timezone.now(), zone),
        notice=_notice(entry.kind),
    )
    return render(request, "journal/entry_form.html", ctx)


def _notice(kind: str) -> list[str]:
    """Safety words the form shows before anything is logged (fewer fetal movements: call)."""
    return [render_text(text, translate=_) for text in kind_notice(kind)]


def _timeline_url(entry: Any, household: Any) -> str:
    on = days.day_of(entry.started_at, household.time_zone, household.day_starts_at)
    return f"{reverse('timeline', args=[entry.baby_id])}?day={on.isoformat()}"


@login_required
@access_errors
def entry_delete(request: HttpRequest, entry_id: int) -> HttpResponse:
    who = actor(request)
    entry = journal.get(actor=who, entry_id=entry_id)
    ctx = baby_context(request, entry.baby_id, Access.LOG)
    if request.method == "POST":
        journal.delete(actor=who, entry_id=entry_id, now=timezone.now())
        messages.success(request, _("Deleted."))
        return redirect(_timeline_url(entry, ctx["household"]))
    row = entry_row(entry, ctx["units"])
    ctx.update(row=row, rows=[row])
    return render(request, "journal/delete.html", ctx)
