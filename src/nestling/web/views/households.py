"""The household page, its settings, members, invitations, and joining with a code."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from nestling.domain.errors import DomainError, TooManyAttempts
from nestling.domain.households import Access, HouseholdSettings, Role
from nestling.formats import audit as words
from nestling.services import access, audit, babies, households, invitations, places
from nestling.web.forms import (
    HouseholdForm,
    InviteForm,
    JoinForm,
    MemberForm,
    NewHouseholdForm,
    show_error,
)
from nestling.web.views import access_errors, actor, flash

AUDIT_PAGE = 50


def home(request: HttpRequest) -> HttpResponse:
    """Land on the baby: the one baby's page, or a picker when there are several babies or
    households (the household admin page is one tap away, not the first thing at 3 a.m.)."""
    if not request.user.is_authenticated:
        return render(request, "welcome.html")
    who = actor(request)
    mine = access.households_of(who)
    if not mine:
        return redirect("household-new")
    found = babies.all_of(actor=who, now=timezone.now())
    if len(found) == 1:
        return redirect("baby", found[0].baby.pk)
    if not found and len(mine) == 1:
        return redirect("household", mine[0].household_id)
    return render(request, "households/choose.html", {"memberships": mine, "babies": found})


@login_required
def household_new(request: HttpRequest) -> HttpResponse:
    # Proposed from the browser's languages here, and from its time zone by the page's script
    # (household-locale.js); the person sees the guess and can change it.
    proposal = places.propose(accept_language=request.headers.get("Accept-Language", ""))
    form = NewHouseholdForm(
        request.POST or None,
        initial={
            "time_zone": proposal.time_zone or "",
            "country": proposal.country or "",
            "units": "metric",
            "day_starts_at": 6,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            member = households.create(
                actor=actor(request),
                settings=HouseholdSettings(**form.settings_values()),
                relationship=form.cleaned_data["relationship"],
                now=timezone.now(),
            )
        except DomainError as exc:
            show_error(form, exc)
        else:
            messages.success(request, _("Welcome! Now add your baby — or the baby on the way."))
            return redirect(reverse("baby-new", args=[member.household_id]))
    context = {
        "form": form,
        "propose": not form.is_bound,  # never overwrite what the person sent
        "proposed": proposal.country is not None,
        "zone_countries": places.zone_countries(),
    }
    return render(request, "households/new.html", context)


@login_required
@access_errors
def household_page(request: HttpRequest, household_id: int) -> HttpResponse:
    who = actor(request)
    mine = access.membership(who, household_id)
    timezone.activate(mine.household.time_zone)
    now = timezone.now()
    is_parent = mine.role == Role.PARENT
    context = {
        "household": mine.household,
        "me": mine,
        "is_parent": is_parent,
        "babies": babies.in_household(actor=who, household_id=household_id, now=now),
        "members": households.members(actor=who, household_id=household_id),
        "invitations": (
            invitations.pending(actor=who, household_id=household_id, now=now) if is_parent else []
        ),
        "invite_form": InviteForm() if is_parent else None,
    }
    return render(request, "households/detail.html", context)


@login_required
@access_errors
def household_settings(request: HttpRequest, household_id: int) -> HttpResponse:
    who = actor(request)
    household = access.household(who, household_id, Access.MANAGE)
    initial = {
        "name": household.name,
        "time_zone": household.time_zone,
        "country": household.country,
        "units": household.units,
        "day_starts_at": household.day_starts_at.hour,
    }
    form = HouseholdForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            households.update(
                actor=who,
                household_id=household_id,
                changes=form.settings_values(),
                now=timezone.now(),
            )
        except DomainError as exc:
            show_error(form, exc)
        else:
            messages.success(request, _("Household settings saved."))
            return redirect("household", household_id)
    return render(request, "households/settings.html", {"form": form, "household": household})


@login_required
@access_errors
@require_POST
def invite(request: HttpRequest, household_id: int) -> HttpResponse:
    who = actor(request)
    household = access.household(who, household_id, Access.MANAGE)
    form = InviteForm(request.POST)
    if form.is_valid():
        try:
            invitation, code = invitations.create(
                actor=who, household_id=household_id, now=timezone.now(), **form.cleaned_data
            )
        except DomainError as exc:
            show_error(form, exc)
        else:
            timezone.activate(household.time_zone)
            link = request.build_absolute_uri(reverse("join", args=[code]))
            return render(
                request,
                "households/invitation_created.html",
                {"household": household, "invitation": invitation, "code": code, "link": link},
            )
    messages.error(request, _("Please choose what the new member can do."))
    return redirect("household", household_id)


@login_required
@access_errors
@require_POST
def invitation_revoke(request: HttpRequest, household_id: int, invitation_id: int) -> HttpResponse:
    invitations.revoke(actor=actor(request), invitation_id=invitation_id, now=timezone.now())
    messages.success(request, _("The invitation was withdrawn."))
    return redirect("household", household_id)


@login_required
@access_errors
def member_edit(request: HttpRequest, household_id: int, member_id: int) -> HttpResponse:
    who = actor(request)
    household = access.household(who, household_id, Access.MANAGE)
    found = [
        m for m in households.members(actor=who, household_id=household_id) if m.pk == member_id
    ]
    if not found:
        raise Http404
    member = found[0]
    form = MemberForm(
        request.POST or None, initial={"role": member.role, "relationship": member.relationship}
    )
    if request.method == "POST" and form.is_valid():
        try:
            households.change_member(
                actor=who,
                household_id=household_id,
                member_id=member_id,
                now=timezone.now(),
                **form.cleaned_data,
            )
        except DomainError as exc:
            show_error(form, exc)
        else:
            messages.success(request, _("Saved."))
            return redirect("household", household_id)
    return render(
        request, "households/member.html", {"form": form, "member": member, "household": household}
    )


@login_required
@access_errors
@require_POST
def member_remove(request: HttpRequest, household_id: int, member_id: int) -> HttpResponse:
    who = actor(request)
    leaving = access.membership(who, household_id).pk == member_id
    try:
        households.remove_member(
            actor=who, household_id=household_id, member_id=member_id, now=timezone.now()
        )
    except DomainError as exc:
        flash(request, exc)
        return redirect("household", household_id)
    if leaving:
        messages.success(request, _("You have left the household."))
        return redirect("home")
    messages.success(request, _("The member was removed."))
    return redirect("household", household_id)


@login_required
def join(request: HttpRequest, code: str = "") -> HttpResponse:
    form = JoinForm(request.POST or None, initial={"code": code})
    invitation = None
    if code and request.method == "GET":
        try:
            invitation = invitations.peek(actor=actor(request), code=code, now=timezone.now())
        except TooManyAttempts:
            raise
        except DomainError as exc:
            show_error(form, exc)
        else:
            if invitation.relationship:
                form.initial["relationship"] = invitation.relationship
    if request.method == "POST" and form.is_valid():
        try:
            member = invitations.accept(
                actor=actor(request), now=timezone.now(), **form.cleaned_data
            )
        except TooManyAttempts:
            raise
        except DomainError as exc:
            show_error(form, exc)
        else:
            messages.success(request, _("Welcome to %(name)s!") % {"name": member.household.name})
            return redirect("household", member.household_id)
    return render(request, "households/join.html", {"form": form, "invitation": invitation})


@login_required
@access_errors
def changes(request: HttpRequest, household_id: int) -> HttpResponse:
    """The household's audit trail, for its parents, a page of PAGE at a time."""
    try:
        offset = max(0, int(request.GET.get("offset", "0")))
    except ValueError:
        offset = 0
    page = audit.trail(
        actor=actor(request), household_id=household_id, limit=AUDIT_PAGE, offset=offset
    )
    household = page.household
    timezone.activate(household.time_zone)
    events = [words.as_json(e, household.time_zone) for e in page.items]
    context = {
        "household": household,
        "events": events,
        "older": page.next_offset,
        "newer": max(0, offset - AUDIT_PAGE) if offset else None,
    }
    return render(request, "households/changes.html", context)
