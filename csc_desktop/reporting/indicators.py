"""The project's indicators, each declared once: what it counts (its ``Source``), the date that
puts a record in the period, and a definition in plain words.

Everything else — figures, drill-down lists, the dashboard, the XLSX and PDF reports,
``docs/indicators.md`` — reads these declarations. The English label and definition here are the
source text; translations live in :mod:`csc_desktop.reporting.labels`, keyed by indicator key.

Rules every indicator follows:

* A deleted record (a tombstone) never counts, nor do the participants of a deleted training.
* A record counts in the period that holds *the indicator's own date* (acceptance for
  "accepted", prosecution start for "prosecution"…), not the record's creation or its status today.
  A case that moves on (accepted, then prosecuted, then closed) therefore keeps counting under each
  step in the period that step happened; a date cleared again (a correction) stops it counting.
* Periods include both their first and last day.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import String, and_, cast, func, or_
from sqlalchemy.sql.elements import ColumnElement

from csc_desktop.domain.reference import ReferenceData
from csc_desktop.reporting.sources import (
    UNSPECIFIED,
    Part,
    Source,
    first_of_each,
    latest_of_each,
    live,
)
from csc_desktop.store.schema import (
    authority_feedback,
    milestones,
    participants,
    pre_investigations,
    taf_requests,
    trainings,
)


class Unit(StrEnum):
    COUNT = "count"  # how many records
    DAYS = "days"  # a sum of expert-days
    EUR = "eur"  # a sum in euro
    SHARE = "share"  # positive ÷ counted, between 0 and 1
    OF_RECORDS = "of_records"  # positive out of counted ("12 of 12 authorities")
    OF_COUNTRIES = "of_countries"  # countries out of the countries reported on ("4 of 6")


class Group(StrEnum):
    INVESTIGATIONS = "investigations"
    TAF = "taf"
    TRAINING = "training"
    INSTITUTIONAL = "institutional"


@dataclass(frozen=True)
class Indicator:
    """One figure: the rows of ``source`` meeting ``only`` (all of them when None), counted, or
    their ``amount`` summed, or the share of them meeting ``positive``; split by the breakdowns
    named in ``parts``."""

    key: str
    group: Group
    unit: Unit
    label: str
    definition: str
    source: Source
    only: ColumnElement[Any] | None = None
    amount: ColumnElement[Any] | None = None
    amount_scale: int = 1  # money is stored in cents
    positive: ColumnElement[Any] | None = None
    parts: tuple[str, ...] = ()

    @property
    def by_quarter(self) -> bool:
        """A cumulative figure ("countries that have…") has no meaningful split by quarter."""
        return not self.source.cumulative

    def conditions(self) -> list[ColumnElement[Any]]:
        """What a row of the source must meet to count, besides the period and the countries."""
        return [*self.source.where, *([self.only] if self.only is not None else [])]


# -- breakdowns --------------------------------------------------------------------------------


def _institution_kind(reference: ReferenceData, code: Any) -> str:
    if not code:
        return UNSPECIFIED
    item = reference.get("institution", code)
    return str(item.attrs.get("kind") or "other") if item else "other"


def _has_crime_area(table: Any, code: str) -> Any:
    """Whether a record's crime areas include ``code``, read from the record's own list of codes
    (a JSON text such as ``["migrant_smuggling", "drug_trafficking"]``): no join, so the test
    costs nothing more than reading the row (``record_crime_areas`` holds the same codes)."""
    return cast(table.c.crime_areas, String).like(f'%"{code}"%')


GENDER = Part("gender", participants.c.gender, names_list="gender")
FUNCTION = Part("function", participants.c.function, names_list="function")
INSTITUTION_KIND = Part(
    "institution_kind",
    participants.c.institution,
    translate=_institution_kind,
    names_list="institution_kind",
)
THB = "trafficking_in_human_beings"
SMUGGLING = "migrant_smuggling"
CRIME_AREA = Part(
    "crime_area",
    flags=(
        (THB, _has_crime_area(pre_investigations, THB)),
        (SMUGGLING, _has_crime_area(pre_investigations, SMUGGLING)),
    ),
    names_list="crime_area",
)
ASSISTANCE_TYPE = Part("assistance_type", taf_requests.c.assistance_type, names_list="taf_type")

# -- sources: indicators of one source are computed by one query ------------------------------

pi, taf, tr, ms, fb = pre_investigations, taf_requests, trainings, milestones, authority_feedback


def _pre_investigations(day: Any, parts: tuple[Part, ...] = ()) -> Source:
    return Source(
        kind="pre-investigation",
        from_=pi,
        id=pi.c.id,
        country=pi.c.country,
        day=day,
        title=pi.c.title,
        where=(live(pi), day.is_not(None)),
        parts=parts,
    )


def _taf(day: Any) -> Source:
    return Source(
        kind="taf-request",
        from_=taf,
        id=taf.c.id,
        country=taf.c.country,
        day=day,
        title=taf.c.title,
        where=(live(taf), day.is_not(None)),
        parts=(ASSISTANCE_TYPE,),
    )


def _first_milestones(milestone_kind: str) -> Source:
    kind_is = ms.c.milestone_kind == milestone_kind
    return Source(
        kind="milestone",
        from_=ms,
        id=ms.c.id,
        country=ms.c.country,
        day=ms.c.reached_on,
        title=ms.c.title,
        where=(live(ms), kind_is, first_of_each(ms, "country", "reached_on", kind_is)),
        cumulative=True,
        additive=(live(ms), kind_is),
    )


PI_OPENED = _pre_investigations(pi.c.opened_on)
PI_THB_OR_SMUGGLING = Source(
    kind="pre-investigation",
    from_=pi,
    id=pi.c.id,
    country=pi.c.country,
    day=pi.c.opened_on,
    title=pi.c.title,
    where=(live(pi), pi.c.opened_on.is_not(None), or_(*[flag for _, flag in CRIME_AREA.flags])),
    parts=(CRIME_AREA,),
)
PI_ACCEPTED = _pre_investigations(pi.c.accepted_by_prosecutor_on)
PI_PROSECUTED = _pre_investigations(pi.c.prosecution_started_on)
PI_JIT = _pre_investigations(pi.c.jit_established_on)
TAF_SUBMITTED = _taf(taf.c.submitted_on)
TAF_DECIDED = _taf(taf.c.decision_on)
TAF_DELIVERED = _taf(taf.c.delivered_on)
TAF_APPROVED = or_(
    taf.c.status.in_(("approved", "delivered")),
    # Closed after delivery; a request closed after rejection has no delivery date.
    and_(taf.c.status == "closed", taf.c.delivered_on.is_not(None)),
)
TAF_WAS_DELIVERED = taf.c.status.in_(("delivered", "closed"))
HELD = tr.c.status == "held"
TRAININGS_HELD = Source(
    kind="training",
    from_=tr,
    id=tr.c.id,
    country=tr.c.country,
    day=tr.c.start_date,
    title=tr.c.title,
    where=(live(tr), HELD),
)
PARTICIPANTS = Source(
    kind="participant",
    from_=participants.join(tr, participants.c.training_id == tr.c.id),
    id=participants.c.id,
    country=tr.c.country,
    day=tr.c.start_date,
    title=tr.c.title,
    where=(live(tr), live(participants), HELD),
    parts=(GENDER, INSTITUTION_KIND, FUNCTION),
    parent_id=tr.c.id,
    read_together=True,
)
MILESTONES = Source(
    kind="milestone",
    from_=ms,
    id=ms.c.id,
    country=ms.c.country,
    day=ms.c.reached_on,
    title=ms.c.title,
    where=(live(ms),),
)
FIRST_EUROJUST_AGREEMENTS = _first_milestones("eurojust_agreement")
FIRST_DRAFT_LAWS = _first_milestones("draft_law_cross_border")
LATEST_FEEDBACK = Source(
    kind="authority-feedback",
    from_=fb,
    id=fb.c.id,
    country=fb.c.country,
    day=fb.c.given_on,
    title=fb.c.title,
    where=(live(fb), latest_of_each(fb, "institution", "given_on")),
    monthly=False,
    parts=(
        Part(
            "institution_kind",
            fb.c.institution,
            translate=_institution_kind,
            names_list="institution_kind",
        ),
    ),
)
# -- the indicators ----------------------------------------------------------------------------

INDICATORS: tuple[Indicator, ...] = (
    Indicator(
        "jits_supported",
        Group.INVESTIGATIONS,
        Unit.COUNT,
        "Joint Investigation Teams supported",
        "Supported pre-investigations in which a Joint Investigation Team (JIT) was established, "
        "counted in the period that holds the date the JIT was established.",
        PI_JIT,
    ),
    Indicator(
        "investigations_prosecuted",
        Group.INVESTIGATIONS,
        Unit.COUNT,
        "Supported investigations that resulted in prosecution",
        "Supported pre-investigations in which prosecution started, counted in the period that "
        "holds the date prosecution started. A case closed since still counts.",
        PI_PROSECUTED,
    ),
    Indicator(
        "pre_investigations_supported",
        Group.INVESTIGATIONS,
        Unit.COUNT,
        "Pre-investigations supported",
        "Pre-investigations whose support by the project started in the period (the date support "
        "started), whatever has happened to them since.",
        PI_OPENED,
    ),
    Indicator(
        "pre_investigations_accepted",
        Group.INVESTIGATIONS,
        Unit.COUNT,
        "Pre-investigations accepted by prosecutors' offices",
        "Supported pre-investigations that a prosecutor's office accepted, counted in the period "
        "that holds the date of acceptance. A case that has moved on since (prosecution, closure) "
        "still counts; a case accepted but never prosecuted counts here and not under prosecution.",
        PI_ACCEPTED,
    ),
    Indicator(
        "thb_smuggling_investigations",
        Group.INVESTIGATIONS,
        Unit.COUNT,
        "Investigations related to trafficking in human beings and migrant smuggling",
        "Pre-investigations whose support started in the period and whose crime areas include "
        "trafficking in human beings or migrant smuggling. A case with both counts once in the "
        "total and under each crime area in the breakdown.",
        PI_THB_OR_SMUGGLING,
        parts=("crime_area",),
    ),
    Indicator(
        "taf_received",
        Group.TAF,
        Unit.COUNT,
        "TAF requests received",
        "TAF requests submitted to HQ, counted in the period that holds the date of their latest "
        "submission. A request withdrawn to draft does not count until it is submitted again.",
        TAF_SUBMITTED,
        only=taf.c.status != "draft",
        parts=("assistance_type",),
    ),
    Indicator(
        "taf_approved",
        Group.TAF,
        Unit.COUNT,
        "TAF requests approved",
        "TAF requests HQ approved, counted in the period that holds the date of HQ's decision, "
        "including those delivered or closed since. Rejected requests do not count.",
        TAF_DECIDED,
        only=TAF_APPROVED,
        parts=("assistance_type",),
    ),
    Indicator(
        "taf_delivered",
        Group.TAF,
        Unit.COUNT,
        "TAF requests delivered",
        "TAF requests marked delivered (or closed after delivery), counted in the period that "
        "holds the delivery date.",
        TAF_DELIVERED,
        only=TAF_WAS_DELIVERED,
        parts=("assistance_type",),
    ),
    Indicator(
        "taf_expert_days",
        Group.TAF,
        Unit.DAYS,
        "TAF expert-days delivered",
        "The sum of the expert-days of the TAF requests delivered in the period (the requests "
        "counted in “TAF requests delivered”); a request without expert-days adds nothing.",
        TAF_DELIVERED,
        only=TAF_WAS_DELIVERED,
        amount=func.coalesce(taf.c.expert_days, 0),
        parts=("assistance_type",),
    ),
    Indicator(
        "taf_budget_approved",
        Group.TAF,
        Unit.EUR,
        "TAF budget approved (EUR)",
        "The sum in euro of the budgets of the TAF requests approved in the period (the requests "
        "counted in “TAF requests approved”): the budget HQ approved, or the request's own "
        "estimate where HQ recorded none.",
        TAF_DECIDED,
        only=TAF_APPROVED,
        amount=func.coalesce(taf.c.approved_budget_eur, taf.c.budget_eur, 0),
        amount_scale=100,
        parts=("assistance_type",),
    ),
    Indicator(
        "trainings_held",
        Group.TRAINING,
        Unit.COUNT,
        "Trainings held",
        "Trainings marked as held whose first day is in the period. Planned and cancelled "
        "trainings do not count; a training reopened to planned stops counting.",
        TRAININGS_HELD,
    ),
    Indicator(
        "participants",
        Group.TRAINING,
        Unit.COUNT,
        "Training participants",
        "Participants listed on the trainings held in the period (the trainings counted in "
        "“Trainings held”); a person on two trainings counts twice. Broken down by gender, by "
        "the kind of their institution and by function, as recorded on the participant list.",
        PARTICIPANTS,
        parts=("gender", "institution_kind", "function"),
    ),
    Indicator(
        "positive_assessment_share",
        Group.TRAINING,
        Unit.SHARE,
        "Participants who assessed the training positively",
        "Of the participants of the trainings held in the period who gave an evaluation (1 to 5), "
        "the share who gave 4 or 5. Participants who gave no evaluation are left out of both "
        "numbers.",
        PARTICIPANTS,
        only=participants.c.evaluation.is_not(None),
        positive=participants.c.evaluation >= 4,
        parts=("gender",),
    ),
    Indicator(
        "eurojust_agreements",
        Group.INSTITUTIONAL,
        Unit.COUNT,
        "Agreements with Eurojust signed",
        "Milestones of the kind “cooperation agreement with Eurojust signed” dated in the period.",
        MILESTONES,
        only=ms.c.milestone_kind == "eurojust_agreement",
    ),
    Indicator(
        "countries_with_eurojust_agreement",
        Group.INSTITUTIONAL,
        Unit.OF_COUNTRIES,
        "Countries with an agreement with Eurojust",
        "Countries reported on that have a milestone “cooperation agreement with Eurojust "
        "signed” dated on or before the last day of the period (earlier agreements count too), "
        "out of the countries reported on. The records behind it are each country's first such "
        "milestone.",
        FIRST_EUROJUST_AGREEMENTS,
    ),
    Indicator(
        "draft_laws_cross_border",
        Group.INSTITUTIONAL,
        Unit.COUNT,
        "Draft laws on cross-border cooperation",
        "Milestones of the kind “draft law on cross-border cooperation” dated in the period.",
        MILESTONES,
        only=ms.c.milestone_kind == "draft_law_cross_border",
    ),
    Indicator(
        "countries_with_draft_law",
        Group.INSTITUTIONAL,
        Unit.OF_COUNTRIES,
        "Countries with a new draft law on cross-border cooperation",
        "Countries reported on that have a milestone “draft law on cross-border cooperation” "
        "dated on or before the last day of the period, out of the countries reported on. The "
        "records behind it are each country's first such milestone.",
        FIRST_DRAFT_LAWS,
    ),
    Indicator(
        "authorities_confirming",
        Group.INSTITUTIONAL,
        Unit.OF_RECORDS,
        "Authorities confirming increased effectiveness of investigations",
        "Institutions whose latest feedback in the period confirms an increased effectiveness of "
        "investigations (answer “yes”; “partly” and “no” do not count), out of all institutions "
        "that gave feedback in the period. The records behind it are each institution's latest "
        "feedback in the period.",
        LATEST_FEEDBACK,
        positive=fb.c.confirms_effectiveness == "yes",
        parts=("institution_kind",),
    ),
)

BY_KEY: dict[str, Indicator] = {i.key: i for i in INDICATORS}
GROUPS: tuple[Group, ...] = tuple(Group)


def indicator(key: str) -> Indicator:
    return BY_KEY[key]
