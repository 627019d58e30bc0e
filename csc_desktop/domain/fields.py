"""Every record field is declared once here: its type, label, owner, reference list and limits.

Storage, validation, the CLI's JSON, forms, exports and sheets all read these declarations.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class FieldType(StrEnum):
    TEXT = "text"  # one line
    LONGTEXT = "longtext"
    DATE = "date"
    INT = "int"
    NUMBER = "number"  # decimal, e.g. expert-days
    MONEY = "money"  # EUR, stored as integer cents
    BOOL = "bool"
    CODE = "code"  # one reference-data code
    CODES = "codes"  # several reference-data codes
    INSTITUTION = "institution"
    INSTITUTIONS = "institutions"
    RECORD = "record"  # id of another record


class Owner(StrEnum):
    TEAM = "team"
    HQ = "hq"
    SYSTEM = "system"  # set by the services, never by a person


@dataclass(frozen=True)
class Field:
    name: str
    type: FieldType
    label: str
    group: str = "General"
    required: bool = False
    owner: Owner = Owner.TEAM
    ref_list: str | None = None
    max_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    help: str = ""
    searchable: bool = False

    @property
    def multi(self) -> bool:
        return self.type in (FieldType.CODES, FieldType.INSTITUTIONS)


class Kind(StrEnum):
    PRE_INVESTIGATION = "pre-investigation"
    TAF_REQUEST = "taf-request"
    TRAINING = "training"
    MILESTONE = "milestone"
    AUTHORITY_FEEDBACK = "authority-feedback"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS = {
    Kind.PRE_INVESTIGATION: "Pre-investigation",
    Kind.TAF_REQUEST: "TAF request",
    Kind.TRAINING: "Training",
    Kind.MILESTONE: "Milestone",
    Kind.AUTHORITY_FEEDBACK: "Authority feedback",
}

F = FieldType
_T = 300  # default maximum length of a one-line text
_L = 20_000  # of a long text


def _common_head() -> list[Field]:
    return [
        Field(
            "title",
            F.TEXT,
            "Title",
            required=True,
            max_length=_T,
            searchable=True,
            help="A non-identifying title: no names of suspects or victims.",
        ),
        Field("country", F.CODE, "Country", required=True, ref_list="country"),
    ]


PRE_INVESTIGATION_FIELDS: tuple[Field, ...] = (
    *_common_head(),
    Field(
        "reference",
        F.TEXT,
        "Case reference",
        required=True,
        max_length=120,
        searchable=True,
        help="The team's own reference for the case; unique within the country.",
    ),
    Field("opened_on", F.DATE, "Support started on", required=True),
    Field(
        "crime_areas",
        F.CODES,
        "Crime areas",
        required=True,
        ref_list="crime_area",
        help="EMPACT priorities of the cycle in force on the start date, or terrorism / violent extremism.",
    ),
    Field(
        "lead_institution",
        F.INSTITUTION,
        "Lead institution",
        ref_list="institution",
        searchable=True,
    ),
    Field(
        "institutions",
        F.INSTITUTIONS,
        "Other institutions involved",
        ref_list="institution",
        searchable=True,
    ),
    Field("partner_countries", F.CODES, "Partner countries", ref_list="country"),
    Field("eu_agencies", F.CODES, "EU agencies involved", ref_list="eu_agency"),
    Field("cross_border", F.BOOL, "Cross-border case"),
    Field("support_given", F.LONGTEXT, "Support given", max_length=_L, searchable=True),
    Field(
        "submitted_to_prosecutor_on",
        F.DATE,
        "Submitted to the prosecutor's office on",
        group="Milestones",
    ),
    Field(
        "accepted_by_prosecutor_on",
        F.DATE,
        "Accepted by the prosecutor's office on",
        group="Milestones",
    ),
    Field("prosecution_started_on", F.DATE, "Prosecution started on", group="Milestones"),
    Field(
        "jit_established_on", F.DATE, "Joint Investigation Team established on", group="Milestones"
    ),
    Field(
        "jit_partner_states", F.CODES, "JIT partner states", ref_list="country", group="Milestones"
    ),
    Field("jit_eurojust", F.BOOL, "Eurojust participates in the JIT", group="Milestones"),
    Field("jit_europol", F.BOOL, "Europol participates in the JIT", group="Milestones"),
    Field("closed_on", F.DATE, "Closed on", group="Milestones"),
    Field("notes", F.LONGTEXT, "Notes", max_length=_L, searchable=True),
)

TAF_REQUEST_FIELDS: tuple[Field, ...] = (
    *_common_head(),
    Field(
        "requesting_institution",
        F.INSTITUTION,
        "Requesting institution",
        required=True,
        ref_list="institution",
        searchable=True,
    ),
    Field(
        "partner_institutions",
        F.INSTITUTIONS,
        "Partner institutions",
        ref_list="institution",
        searchable=True,
    ),
    Field("topic", F.TEXT, "Topic", max_length=_T, searchable=True),
    Field("crime_areas", F.CODES, "Crime areas", ref_list="crime_area"),
    Field("assistance_type", F.CODE, "Type of assistance", required=True, ref_list="taf_type"),
    Field("expertise_profile", F.LONGTEXT, "Expertise profile", max_length=_L, searchable=True),
    Field("start_date", F.DATE, "Start date", group="Planning"),
    Field("end_date", F.DATE, "End date", group="Planning"),
    Field("expert_days", F.NUMBER, "Expert-days", minimum=0, maximum=10_000, group="Planning"),
    Field(
        "participants_count",
        F.INT,
        "Expected participants",
        minimum=0,
        maximum=100_000,
        group="Planning",
    ),
    Field(
        "budget_eur",
        F.MONEY,
        "Budget estimate (EUR)",
        minimum=0,
        maximum=100_000_000,
        group="Planning",
    ),
    Field("justification", F.LONGTEXT, "Justification", max_length=_L, searchable=True),
    Field("criteria", F.CODES, "Criteria met", ref_list="taf_criterion"),
    Field("linked_record", F.RECORD, "Resulting training or pre-investigation"),
    Field("submitted_on", F.DATE, "Submitted on", owner=Owner.SYSTEM, group="Workflow"),
    Field(
        "assessment",
        F.LONGTEXT,
        "HQ assessment",
        owner=Owner.HQ,
        max_length=_L,
        group="HQ decision",
    ),
    Field("assessed_on", F.DATE, "Assessed on", owner=Owner.HQ, group="HQ decision"),
    Field("decision_on", F.DATE, "Decided on", owner=Owner.HQ, group="HQ decision"),
    Field(
        "decision_notes",
        F.LONGTEXT,
        "Decision notes",
        owner=Owner.HQ,
        max_length=_L,
        group="HQ decision",
    ),
    Field(
        "approved_budget_eur",
        F.MONEY,
        "Approved budget (EUR)",
        owner=Owner.HQ,
        minimum=0,
        maximum=100_000_000,
        group="HQ decision",
    ),
    Field("delivered_on", F.DATE, "Delivered on", group="Workflow"),
    Field("closed_on", F.DATE, "Closed on", group="Workflow"),
)

TRAINING_FIELDS: tuple[Field, ...] = (
    *_common_head(),
    Field("topic", F.TEXT, "Topic", max_length=_T, searchable=True),
    Field("crime_areas", F.CODES, "Crime areas", ref_list="crime_area"),
    Field("start_date", F.DATE, "First day", required=True),
    Field("end_date", F.DATE, "Last day", required=True),
    Field("venue", F.TEXT, "Venue", required=True, max_length=_T, searchable=True),
    Field("trainers", F.TEXT, "Trainers", max_length=_T, searchable=True),
    Field(
        "organiser_institution",
        F.INSTITUTION,
        "Organising institution",
        ref_list="institution",
        searchable=True,
    ),
    Field(
        "beneficiary_institutions",
        F.INSTITUTIONS,
        "Beneficiary institutions",
        ref_list="institution",
        searchable=True,
    ),
    Field("linked_taf_request", F.RECORD, "TAF request it came from"),
    Field("notes", F.LONGTEXT, "Notes", max_length=_L, searchable=True),
)

PARTICIPANT_FIELDS: tuple[Field, ...] = (
    Field("name", F.TEXT, "Name", required=True, max_length=200, searchable=True),
    Field("gender", F.CODE, "Gender", required=True, ref_list="gender"),
    Field("institution", F.INSTITUTION, "Institution", ref_list="institution", searchable=True),
    Field("position", F.TEXT, "Position", max_length=200, searchable=True),
    Field("function", F.CODE, "Function", ref_list="function"),
    Field("evaluation", F.INT, "Evaluation (1–5)", minimum=1, maximum=5),
    Field("pre_score", F.NUMBER, "Pre-test score", minimum=0, maximum=100),
    Field("post_score", F.NUMBER, "Post-test score", minimum=0, maximum=100),
)

# An institutional result the project reports (an agreement with Eurojust signed, a draft law on
# cross-border cooperation, a strategy adopted): counted by kind, country and date.
MILESTONE_FIELDS: tuple[Field, ...] = (
    Field(
        "title",
        F.TEXT,
        "Document title",
        required=True,
        max_length=_T,
        searchable=True,
        help="The title of the agreement, draft law or strategy.",
    ),
    Field("country", F.CODE, "Country", required=True, ref_list="country"),
    Field("milestone_kind", F.CODE, "Kind of milestone", required=True, ref_list="milestone_kind"),
    Field(
        "institution",
        F.INSTITUTION,
        "Institution",
        required=True,
        ref_list="institution",
        searchable=True,
        help="The institution that signed, drafted or adopted it.",
    ),
    Field("reached_on", F.DATE, "Date (signed, adopted or submitted)", required=True),
    Field(
        "document_reference",
        F.TEXT,
        "Document reference",
        max_length=_T,
        searchable=True,
        help="Number, official gazette or registry reference.",
    ),
    Field("notes", F.LONGTEXT, "Notes", max_length=_L, searchable=True),
)

# What an authority answered when asked about the project's effect (survey, letter, meeting).
AUTHORITY_FEEDBACK_FIELDS: tuple[Field, ...] = (
    Field(
        "title",
        F.TEXT,
        "Title",
        required=True,
        max_length=_T,
        searchable=True,
        help="A short description, e.g. “Annual survey 2026”.",
    ),
    Field("country", F.CODE, "Country", required=True, ref_list="country"),
    Field(
        "institution",
        F.INSTITUTION,
        "Institution",
        required=True,
        ref_list="institution",
        searchable=True,
    ),
    Field("given_on", F.DATE, "Date of the answer", required=True),
    Field("question", F.LONGTEXT, "Question", required=True, max_length=_L, searchable=True),
    Field(
        "confirms_effectiveness",
        F.CODE,
        "Confirms increased effectiveness of investigations",
        required=True,
        ref_list="feedback_answer",
    ),
    Field("answer", F.LONGTEXT, "Answer", max_length=_L, searchable=True),
    Field("document_reference", F.TEXT, "Document reference", max_length=_T, searchable=True),
    Field("notes", F.LONGTEXT, "Notes", max_length=_L, searchable=True),
)

FIELDS: dict[Kind, tuple[Field, ...]] = {
    Kind.PRE_INVESTIGATION: PRE_INVESTIGATION_FIELDS,
    Kind.TAF_REQUEST: TAF_REQUEST_FIELDS,
    Kind.TRAINING: TRAINING_FIELDS,
    Kind.MILESTONE: MILESTONE_FIELDS,
    Kind.AUTHORITY_FEEDBACK: AUTHORITY_FEEDBACK_FIELDS,
}

# The date that places a record in time: the EMPACT cycle, lists sorted "by date", report periods.
DATE_FIELD: dict[Kind, str] = {
    Kind.PRE_INVESTIGATION: "opened_on",
    Kind.TAF_REQUEST: "start_date",
    Kind.TRAINING: "start_date",
    Kind.MILESTONE: "reached_on",
    Kind.AUTHORITY_FEEDBACK: "given_on",
}

STATUS_LIST: dict[Kind, str] = {
    Kind.PRE_INVESTIGATION: "status.pre_investigation",
    Kind.TAF_REQUEST: "status.taf_request",
    Kind.TRAINING: "status.training",
    Kind.MILESTONE: "status.milestone",
    Kind.AUTHORITY_FEEDBACK: "status.authority_feedback",
}


def field_map(kind: Kind) -> dict[str, Field]:
    return {f.name: f for f in FIELDS[kind]}
