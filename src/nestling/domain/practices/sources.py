"""The sources behind the practice library: key -> citation, taken from clinical-reference.md.

Every practice names at least one key from here. Each source is one the project's clinical
reference lists (clinical-reference.md §7.1, §7.5, §8, §9, §10) or one read in the stored corpus
at the address given; `strength` says honestly what kind of evidence it is.
Citations are bibliographic text, so they are not marked for translation.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from nestling.domain.errors import NotFound


class Strength(enum.StrEnum):
    """How much weight a source can carry; the UI may show it next to the 'why'."""

    GUIDELINE = "guideline"  # a national or international recommendation
    REVIEW = "review"  # a systematic review or meta-analysis
    STUDY = "study"  # a single, usually small, study
    PRACTICE = "practice"  # charities, instructors, programmes: common practice, no trial


@dataclass(frozen=True)
class Source:
    """One citable source; `note` says what it supports and how firmly."""

    key: str
    citation: str
    urls: tuple[str, ...]
    strength: Strength
    note: str = ""


_ALL = (
    Source(
        key="who-ten-steps-2018",
        citation=(
            "WHO/UNICEF. Ten Steps to Successful Breastfeeding, 2018 revision, Step 4: place "
            "newborns skin-to-skin with their mother immediately after birth for at least one hour."
        ),
        urls=(
            "https://chirec.be/en/10-recommendations-successful-breastfeeding",
            "http://www.tensteps.org/step-4-successful-breastfeeding.shtml",
        ),
        strength=Strength.GUIDELINE,
        note="Dose: at least 1 hour of skin-to-skin immediately after birth (term babies).",
    ),
    Source(
        key="who-kmc-2022",
        citation=(
            "WHO recommendations for care of the preterm or low-birth-weight infant (Nov 2022): "
            "kangaroo mother care from birth, 8–24 hours a day; WHO Global position paper on "
            "kangaroo mother care (2023), ISBN 978-92-4-007265-7, CC BY-NC-SA 3.0 IGO."
        ),
        urls=(
            "https://www.infantjournal.co.uk/news_detail.html?id=663",
            "https://healthynewbornnetwork.org/resource/2023/global-position-paper-on-kangaroo-mother-care/",
        ),
        strength=Strength.GUIDELINE,
        note=(
            "Preterm (<37 weeks) or low birth weight (<2.5 kg); includes sick babies in intensive "
            "care; partners and family can provide KMC."
        ),
    ),
    Source(
        key="cochrane-massage-2013",
        citation=(
            "Bennett C, Underdown A, Barlow J. Massage for promoting mental and physical health "
            "in typically developing infants under the age of six months. Cochrane Database Syst "
            "Rev 2013; CD005038."
        ),
        urls=(),
        strength=Strength.REVIEW,
        note=(
            "34 studies, 3,981 infants; high risk of bias; evidence judged insufficient, so any "
            "benefit is worded as 'may'."
        ),
    ),
    Source(
        key="massage-practice",
        citation=(
            "Infant-massage instructor guidance (tobabyandbeyond, babyandmelincoln, "
            "physicaltherapy.com, mumsadvice) as summarised in the clinical reference §9; no "
            "clinical guideline exists."
        ),
        urls=(),
        strength=Strength.PRACTICE,
        note=(
            "Agreed: quiet-alert state only; not hungry, just fed, asleep, crying or unwell; wait "
            "30–40 min after a feed; not on broken skin or with fever; ask first for preterm or "
            "special needs. Disagreed: wait after vaccinations 24 h / 48 h / 72 h / 1 week."
        ),
    ),
    Source(
        key="massage-oils",
        citation=(
            "Danby SG, AlEnezi T, Sultan A, et al. Effect of olive and sunflower seed oil on the "
            "adult skin barrier: implications for neonatal skin care. Pediatr Dermatol "
            "2013;30(1):42–50; International Association of Infant Massage (IAIM) guidance on "
            "unscented vegetable oils, as reported by instructors."
        ),
        urls=(
            "https://www.halbertdermatology.com.au/news/massaging-babies-with-oils/",
            "https://hertsbaby.co.uk/olive-oil-on-babies-skin/",
        ),
        strength=Strength.STUDY,
        note=(
            "A small study in adults: olive oil weakened the skin barrier, sunflower seed oil did "
            "not; dermatologists advise against nut oils. Instructors advise unscented plant oil, "
            "a patch test first, and no essential oils. No trial in babies settles which oil is "
            "best, so follow local advice."
        ),
    ),
    Source(
        key="aap-reading-2014",
        citation=(
            "American Academy of Pediatrics, Council on Early Childhood. Literacy promotion: an "
            "essential component of primary care pediatric practice. Pediatrics "
            "2014;134(2):404. doi:10.1542/peds.2014-1384."
        ),
        urls=("https://doi.org/10.1542/peds.2014-1384",),
        strength=Strength.GUIDELINE,
        note="Promote reading aloud beginning in infancy.",
    ),
    Source(
        key="aap-reading-2024",
        citation=(
            "Klass P, Miller-Fitzwater A, High PC; American Academy of Pediatrics. Literacy "
            "promotion policy statement, updated December 2024. Pediatrics "
            "2024;154(6):e2024069090."
        ),
        urls=("https://publications.aap.org/pediatrics",),
        strength=Strength.GUIDELINE,
        note="Encourage shared reading beginning at birth, at least through kindergarten.",
    ),
    Source(
        key="aap-responsive-feeding",
        citation=(
            "AAP HealthyChildren.org, 'How often and how much should your baby eat?' (mirror); "
            "NWH postpartum guide (nwh.org): feed on hunger cues; crying is a late cue."
        ),
        urls=("https://www.healthychildren.org", "https://www.nwh.org"),
        strength=Strength.PRACTICE,
        note=(
            "Feed on cues, not the clock; babies also suck for comfort. Parent information pages "
            "(read in a mirror copy), not a formal guideline."
        ),
    ),
    Source(
        key="henry-cry-sis-comfort",
        citation=(
            "HENRY Southend, 'Why is my baby crying?'; Cry-sis, 'Help with young babies: quick "
            "facts'. Comfort methods: holding, sling, skin-to-skin, rocking, talking or singing, "
            "rhythmic stroking; motion for tiredness; holding positions and walking for wind."
        ),
        urls=(
            "https://southend.henry.org.uk/soothing-your-baby",
            "https://www.cry-sis.org.uk/help-with-young-babies-quick-facts",
        ),
        strength=Strength.PRACTICE,
    ),
    Source(
        key="icon",
        citation=(
            "ICON: Babies cry, you can cope (Dr Suzanne Smith). Infant crying is normal; Comfort "
            "methods can sometimes soothe; it's OK to walk away; Never shake a baby."
        ),
        urls=(
            "https://www.rochdalesafeguarding.com",
            "https://www.barnsleyhospital.nhs.uk",
            "https://rise.mmu.ac.uk",
        ),
        strength=Strength.PRACTICE,
    ),
    Source(
        key="aap-safe-sleep-2022",
        citation=(
            "Moon RY, Carlin RF, Hand I; Task Force on Sudden Infant Death Syndrome and Committee "
            "on Fetus and Newborn. Sleep-related infant deaths: updated 2022 recommendations for "
            "reducing infant deaths in the sleep environment. Pediatrics 2022;150(1):e2022057990. "
            "doi:10.1542/peds.2022-057990."
        ),
        urls=(
            "https://doi.org/10.1542/peds.2022-057990",
            "https://publications.aap.org/pediatrics/article/150/1/e2022057990/188304/",
        ),
        strength=Strength.GUIDELINE,
        note=(
            "Back to sleep on a firm, flat, non-inclined surface; room-share without bed-sharing; "
            "no soft bedding; avoid overheating; a pacifier at sleep time. Awake, supervised tummy "
            "time is among its updated recommendations (read in the policy's abstract). Replaces "
            "the 2016 statement."
        ),
    ),
    Source(
        key="marx-nagy-2015",
        citation=(
            "Marx V, Nagy E. Fetal behavioural responses to maternal voice and touch. PLoS ONE "
            "2015. PMC4460088."
        ),
        urls=("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC4460088/",),
        strength=Strength.STUDY,
        note=(
            "4D scans of 23 fetuses at 21–33 weeks: more arm, head and mouth movements to touch; "
            "earliest responses to sound reported at 16 weeks. No IQ benefit is shown."
        ),
    ),
    Source(
        key="nhs-fetal-movements",
        citation="NHS, 'Your baby's movements'; Kicks Count; NHS trust pages.",
        urls=("https://www.nhs.uk/pregnancy/keeping-well/your-babys-movements/",),
        strength=Strength.GUIDELINE,
        note=(
            "First felt at 16–24 weeks; call the midwife immediately if movements slow, stop or "
            "change; do not count kicks to a number; no home dopplers or apps."
        ),
    ),
    Source(
        key="nhs-when-to-get-help",
        citation=(
            "NHS lists as summarised by NCT, 'When to urgently call a doctor about your baby', "
            "and NHS local health-visiting and 0–19 service pages."
        ),
        urls=(
            "https://www.nct.org.uk/information/baby-toddler/baby-and-toddler-health/"
            "when-urgently-call-doctor-about-baby",
        ),
        strength=Strength.GUIDELINE,
        note="Under 8 weeks and not wanting to feed; green or repeated vomiting; drier nappies.",
    ),
    Source(
        key="nice-ng143",
        citation=(
            "NICE NG143, Fever in under 5s: assessment and initial management (2019, updated "
            "2021), traffic-light table."
        ),
        urls=(
            "https://www.nasgp.org.uk/clinical-guidelines/paediatrics/"
            "traffic-light-system-for-identifying-risk-of-serious-illness/",
            "https://www.iatrox.com/guidelines/fever-under-5s",
        ),
        strength=Strength.GUIDELINE,
        note="Weak, high-pitched or continuous cry; under 3 months with 38 °C or more.",
    ),
    Source(
        key="acog-cpg4-2023",
        citation=(
            "ACOG Clinical Practice Guideline No. 4 (2023): screening for perinatal mental "
            "health conditions. Obstet Gynecol 141(6):1232–1261. "
            "doi:10.1097/AOG.0000000000005200."
        ),
        urls=("https://www.acog.org/en/programs/perinatal-mental-health/patient-screening",),
        strength=Strength.GUIDELINE,
        note="Screen everyone for depression and anxiety in pregnancy and after birth.",
    ),
    Source(
        key="nice-cg192",
        citation=(
            "NICE CG192, Antenatal and postnatal mental health: the two Whooley questions at "
            "first contact, booking and postnatally."
        ),
        urls=("https://www.nice.org.uk/guidance/cg192",),
        strength=Strength.GUIDELINE,
    ),
    Source(
        key="uspstf-perinatal-2019",
        citation=(
            "US Preventive Services Task Force (2019). Perinatal depression: preventive "
            "interventions. Perinatal depression affects as many as 1 in 7 women."
        ),
        urls=(
            "https://uspreventiveservicestaskforce.org/uspstf/document/"
            "RecommendationStatementFinal/perinatal-depression-preventive-interventions",
        ),
        strength=Strength.GUIDELINE,
        note="Refer people at increased risk to counselling (CBT or IPT).",
    ),
    Source(
        key="paulson-bazemore-2010",
        citation=(
            "Paulson JF, Bazemore SD. Prenatal and postpartum depression in fathers and its "
            "association with maternal depression: a meta-analysis. JAMA 2010;303(19):1961–1969."
        ),
        urls=(),
        strength=Strength.REVIEW,
        note="About 10.4% of fathers; higher at 3–6 months after the birth.",
    ),
    Source(
        key="psi-postpartum-psychosis",
        citation=(
            "Postpartum Support International, 'Postpartum psychosis'; Action on Postpartum "
            "Psychosis (app-network.org)."
        ),
        urls=("https://www.postpartum.net/learn-more/postpartum-psychosis/",),
        strength=Strength.PRACTICE,
        note="About 1–2 per 1,000 births; sudden onset, usually in the first 2 weeks; emergency.",
    ),
)

SOURCES: Mapping[str, Source] = MappingProxyType({source.key: source for source in _ALL})


def cite(key: str) -> Source:
    """The source for `key`; NotFound when the library names a source we do not hold."""
    try:
        return SOURCES[key]
    except KeyError:
        raise NotFound(f"No source with the key {key!r}.", field="source") from None
