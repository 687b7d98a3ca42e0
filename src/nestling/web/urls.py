"""Page URLs."""

from __future__ import annotations

from django.urls import path

from nestling.web.views import (
    accounts,
    babies,
    crisis,
    cry,
    entries,
    households,
    journal,
    practices,
    recovery,
    security,
    twostep,
)
from nestling.web.views import screening_results as results
from nestling.web.views import screenings as wellbeing

urlpatterns = [
    path("", households.home, name="home"),
    path("accounts/signup/", accounts.signup, name="signup"),
    path("accounts/login/", accounts.LoginView.as_view(), name="login"),
    path("accounts/login/code/", twostep.login_code, name="login-code"),
    path("accounts/logout/", accounts.LogoutView.as_view(), name="logout"),
    path("accounts/password/", accounts.PasswordChangeView.as_view(), name="password"),
    path("accounts/reset/", recovery.ResetView.as_view(), name="password-reset"),
    path("accounts/reset/sent/", recovery.ResetSentView.as_view(), name="password-reset-sent"),
    path(
        "accounts/reset/<uidb64>/<token>/",
        recovery.ResetConfirmView.as_view(),
        name="password-reset-confirm",
    ),
    path("accounts/reset/done/", recovery.ResetDoneView.as_view(), name="password-reset-done"),
    path("settings/", accounts.settings_page, name="settings"),
    path("settings/tokens/new/", accounts.token_create, name="token-new"),
    path("settings/tokens/<int:token_id>/revoke/", accounts.token_revoke, name="token-revoke"),
    path("households/new/", households.household_new, name="household-new"),
    path("households/<int:household_id>/", households.household_page, name="household"),
    path(
        "households/<int:household_id>/settings/",
        households.household_settings,
        name="household-settings",
    ),
    path("households/<int:household_id>/invite/", households.invite, name="invite"),
    path("households/<int:household_id>/changes/", households.changes, name="household-changes"),
    path(
        "households/<int:household_id>/invitations/<int:invitation_id>/revoke/",
        households.invitation_revoke,
        name="invitation-revoke",
    ),
    path(
        "households/<int:household_id>/members/<int:member_id>/",
        households.member_edit,
        name="member",
    ),
    path(
        "households/<int:household_id>/members/<int:member_id>/remove/",
        households.member_remove,
        name="member-remove",
    ),
    path("households/<int:household_id>/babies/new/", babies.baby_new, name="baby-new"),
    path("join/", households.join, name="join-form"),
    path("join/<str:code>/", households.join, name="join"),
    path("babies/<int:baby_id>/", babies.baby_home, name="baby"),
    path("babies/<int:baby_id>/edit/", babies.baby_edit, name="baby-edit"),
    path("babies/<int:baby_id>/delete/", babies.baby_delete, name="baby-delete"),
    path("babies/<int:baby_id>/log/", journal.quick_log, name="quick-log"),
    path("babies/<int:baby_id>/log/<str:kind>/", entries.entry_new, name="entry-new"),
    path("babies/<int:baby_id>/undo/", journal.undo, name="undo"),
    path("babies/<int:baby_id>/timeline/", journal.timeline, name="timeline"),
    path("entries/<int:entry_id>/edit/", entries.entry_edit, name="entry-edit"),
    path("entries/<int:entry_id>/delete/", entries.entry_delete, name="entry-delete"),
    path("timers/<int:timer_id>/stop/", journal.timer_stop, name="timer-stop"),
    path("timers/<int:timer_id>/switch/", journal.timer_switch, name="timer-switch"),
    path("practices/", practices.library, name="practices"),
    path("practices/<slug:slug>/", practices.detail, name="practice"),
    path("babies/<int:baby_id>/practices/<slug:slug>/guide/", practices.guide, name="guide"),
    path(
        "babies/<int:baby_id>/practices/<slug:slug>/finish/", practices.finish, name="guide-finish"
    ),
    path("babies/<int:baby_id>/plan/<slug:slug>/", practices.choose, name="plan-choose"),
]

# Wellbeing: questionnaires, results, history, and crisis help that needs no account.
urlpatterns += [
    path("wellbeing/", wellbeing.wellbeing, name="wellbeing"),
    path("wellbeing/help/", crisis.crisis_help, name="crisis-help"),
    path("wellbeing/history/", results.history, name="screening-history"),
    path("wellbeing/snooze/", wellbeing.snooze, name="screening-snooze"),
    path("wellbeing/start/<slug:code>/", wellbeing.start, name="screening-start"),
    path("wellbeing/screenings/<int:screening_id>/", wellbeing.take, name="screening-take"),
    path(
        "wellbeing/screenings/<int:screening_id>/result/",
        results.result,
        name="screening-result",
    ),
    path(
        "wellbeing/screenings/<int:screening_id>/appointment/",
        results.appointment,
        name="screening-appointment",
    ),
    path(
        "wellbeing/screenings/<int:screening_id>/share/",
        results.share,
        name="screening-share",
    ),
    path(
        "wellbeing/screenings/<int:screening_id>/unshare/",
        results.unshare,
        name="screening-unshare",
    ),
    path(
        "wellbeing/screenings/<int:screening_id>/delete/",
        results.delete,
        name="screening-delete",
    ),
]

# The cry helper: a crying spell, the safety check and the checklist, one tap each.
urlpatterns += [
    path("babies/<int:baby_id>/cry/", cry.helper, name="cry"),
    path("babies/<int:baby_id>/cry/start/", cry.start, name="cry-start"),
    path("babies/<int:baby_id>/cry/symptom/", cry.symptom, name="cry-symptom"),
    path("cry/<int:episode_id>/tried/", cry.tried, name="cry-tried"),
    path("cry/<int:episode_id>/stop/", cry.stop, name="cry-stop"),
    path("cry/<int:episode_id>/resume/", cry.resume, name="cry-resume"),
]

# Sign-in and security under Settings: where you are signed in.
urlpatterns += [
    path("settings/sessions/", security.signed_in, name="sessions"),
    path("settings/sessions/end-others/", security.sessions_end_others, name="sessions-end-others"),
    path("settings/sessions/<str:session_id>/end/", security.session_end, name="session-end"),
    path("settings/two-step/", twostep.overview, name="two-step"),
    path("settings/two-step/setup/", twostep.setup, name="two-step-setup"),
    path("settings/two-step/codes/", twostep.new_codes, name="two-step-codes"),
    path("settings/two-step/off/", twostep.turn_off, name="two-step-off"),
]
