# ruff: noqa: E501  (one translatable sentence per line, as written in the data file)
"""Every sentence of the packaged crisis directory, marked so translators see it.

The directory is data (src/nestling/data/crisis_resources.json); pages and the API pass
its descriptions, opening hours and generic names through gettext, and this list is how
they reach the catalogue. A test keeps it in step with the file; an operator's own
wording simply shows as written. Service names (Samaritans, 988...) are not translated.
"""

from __future__ import annotations

from nestling.domain.text import gettext_noop as _

STRINGS = (
    _(
        "Call now if you or your baby are in danger, or if you might act on thoughts of harming yourself or your baby."
    ),
    _("Emergency services"),
    _(
        "Free and confidential. Call or text 988, or chat online, if you have thoughts of suicide or are in emotional distress."
    ),
    _("24/7"),
    _(
        "Free, confidential support before, during and after pregnancy, by call or text, in English and Spanish, with interpreters in 60 languages. This is not a crisis line: in an emergency call 911."
    ),
    _(
        "Information, support and local resources for parents, in English and Spanish. Not a crisis line."
    ),
    _("Tell them how you have been feeling; they can arrange support."),
    _("Your doctor, midwife or your baby's pediatrician"),
    _(
        "Call or text if you are thinking about suicide or worried about someone, in English or French."
    ),
    _(
        "A nurse gives advice when it is urgent but not an emergency. 811 works in most provinces and territories; where it does not, call your provincial health line."
    ),
    _("Your doctor, midwife or your baby's doctor"),
    _(
        "Urgent medical advice when it is not an emergency, free from any phone, in England and Wales. Elsewhere in the UK, call your GP or its out-of-hours service."
    ),
    _(
        "Someone to talk to when things feel too much. Free from any phone, and the call does not show on your bill."
    ),
    _("Text SHOUT to 85258 for free, confidential support by text, any time."),
    _(
        "Support for parents with mental health difficulties in pregnancy and after birth: text PANDAS to 85258."
    ),
    _("Support for families with a baby who cries a lot or does not sleep."),
    _("Every day, 9 am to 10 pm"),
    _("For concerns that are not urgent, and to follow up this result."),
    _("Your GP, midwife or health visitor"),
    _("Someone to talk to when things feel too much. Free from any phone."),
    _("Free support if you are thinking about suicide or self-harm. Call, or text HELP to 51444."),
    _("Tells you which mental health services near you can help. Not a crisis line."),
    _("For urgent medical advice when it is not an emergency, and to follow up this result."),
    _("Your GP or GP out-of-hours service"),
    _("Crisis support and suicide prevention, by phone or text, any time."),
    _(
        "Support for expecting and new parents with anxiety or depression, from counsellors and peer volunteers."
    ),
    _("Monday to Saturday, 9 am to 7:30 pm (AEST)"),
    _(
        "Medical advice when it is urgent but not an emergency; they tell you where to go. A registered nurse answers."
    ),
    _("Your GP, midwife or child health nurse"),
    _("Call or text 1737 to talk with a trained counsellor, free, any time."),
    _("Free advice from nurses about babies and young children, and support for you, any time."),
    _("Your GP, midwife or Well Child nurse"),
    _("Free and anonymous, day and night. The second number 0800 111 0 222 also works."),
    _("The on-call doctors' service when your practice is closed and it cannot wait."),
    _("Confidential, anonymous advice for pregnant women in distress, free and at any time."),
    _("Free and anonymous support for parents who feel overwhelmed or worried about their child."),
    _("Your doctor, midwife or paediatrician"),
    _("Ambulance (Rettung)"),
    _("Free and anonymous, day and night, from any phone in Austria."),
    _(
        "Medical advice when it is urgent but not an emergency; they tell you where to go. A qualified nurse answers."
    ),
    _("Ambulance (Sanität)"),
    _(
        "Someone to talk to, anonymously, day and night. Also in French (La Main Tendue) and Italian (Telefono Amico)."
    ),
    _("For medical advice that cannot wait, and to follow up this result."),
    _("Your doctor, midwife or paediatrician; out of hours, your canton's on-call doctor"),
    _("SAMU (medical emergencies)"),
    _(
        "Free and confidential, answered by health professionals, for you or someone you are worried about."
    ),
    _(
        "At night and at weekends, when it cannot wait for your doctor: a doctor advises you or finds a doctor on call. Some regions use 116 117 instead."
    ),
    _("Your doctor, midwife or the PMI (mother and child health) service"),
    _("Free and anonymous, day and night, in Dutch."),
    _("Free and anonymous, day and night, in French."),
    _(
        "The doctor on call when your GP is closed, at weekends and on public holidays. Not yet everywhere in Flanders: there, ask your GP's practice."
    ),
    _("Your GP, midwife or Kind en Gezin / ONE nurse"),
    _("Free and anonymous, day and night. 0800-0113 also works."),
    _(
        "For urgent medical advice when it is not an emergency, and to follow up this result. Your GP's answering message gives the huisartsenpost number."
    ),
    _("Your GP, or the huisartsenpost out of hours"),
    _(
        "Free, confidential support for anyone with thoughts of suicide, and for their family and friends."
    ),
    _("Someone to talk to when you are going through a hard time."),
    _("Your doctor, midwife or health centre (centro de salud)"),
    _("Someone to listen, for free, if you feel alone, anxious or in despair."),
    _("Every day, 10 am to midnight"),
    _(
        "The on-call doctor (guardia medica) at night and at weekends. Not every region uses 116 117 yet: your ASL gives the local number."
    ),
    _("Your doctor, midwife or paediatrician (pediatra di libera scelta)"),
    _("Free support from psychologists and nurses if you have thoughts of suicide or self-harm."),
    _(
        "Medical advice when it is urgent but not an emergency; they tell you where to go. Option 4 puts you through to a psychologist."
    ),
    _("Emotional support if you feel lonely, anxious or in despair."),
    _("Every day, 3:30 pm to 12:30 am"),
    _("Your family doctor (médico de família) or midwife"),
    _("Anonymous support by phone or chat if you have thoughts of suicide."),
    _(
        "Medical advice when it is urgent but not an emergency; they tell you where to go. A nurse answers."
    ),
    _("Your midwife (barnmorska), BVC nurse or doctor"),
    _("Medical emergency (113)"),
    _("Free, day and night, for anyone who needs someone to talk to."),
    _("Someone to talk to in a crisis, day and night."),
    _("The out-of-hours doctor (legevakt) near you, when your GP is closed and it cannot wait."),
    _("Your GP (fastlege), midwife or health visitor (helsestasjon)"),
    _(
        "Anonymous support if you have thoughts of suicide. Lines are busy: if you cannot get through, call 112 or your doctor."
    ),
    _(
        "Urgent help outside your doctor's opening hours in the Copenhagen region (Region Hovedstaden). Other regions have their own lægevagt number."
    ),
    _("Your doctor, midwife or health visitor (sundhedsplejerske)"),
    _(
        "A crisis worker or trained volunteer to talk to, anonymously, day and night, in Finnish. In English: 09 2525 0113 at set times."
    ),
    _(
        "Medical advice when it is urgent but not an emergency; they tell you where to go. Not yet in Lapland and Åland: there, call your health centre."
    ),
    _("Your maternity or child health clinic (neuvola) or doctor"),
    _("The government's free mental health helpline, in 20 languages, day and night."),
    _("Your doctor, midwife or nearest health centre"),
    _(
        "Free support if you are thinking about suicide, from the South African Depression and Anxiety Group."
    ),
    _("Free counselling by phone; or send an SMS to 31393 and a counsellor calls you back."),
    _("Your clinic, midwife or doctor"),
    _("SAMU (ambulance)"),
    _("Free, confidential emotional support and suicide prevention, day and night."),
    _("Your health centre (UBS), midwife or doctor"),
    _("Free support for mental health, addiction and thoughts of suicide, day and night."),
    _("Your doctor, midwife or health centre"),
    _(
        "If you or your baby are in danger, or you might act on thoughts of harming yourself or your baby, call your local emergency number now."
    ),
    _("Your local emergency number"),
    _("Your doctor, midwife or nurse"),
    _("Wherever you are"),
)
