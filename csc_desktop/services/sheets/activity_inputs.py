"""A stored pre-investigation or TAF request as its activity sheet prints it: the facts, the
support given, and the two signature blocks (the adviser who prints and signs it, and the lead or
requesting institution). Names of people other than the adviser are never printed: the
beneficiary's signatory writes name and function by hand."""

from __future__ import annotations

from typing import Any

from csc_desktop.services.sheets.names import FactList, Names, as_date, as_number
from csc_desktop.sheets.formatting import Formatter
from csc_desktop.sheets.labels import PROJECT_NAME
from csc_desktop.sheets.model import ActivitySheet, PrintContext, SheetKind, Signatory


def pre_investigation_sheet(
    record: dict[str, Any], context: PrintContext, names: Names, adviser: str
) -> ActivitySheet:
    opened = as_date(record.get("opened_on"))
    facts = FactList(names)
    facts.add("reference", record.get("reference"))
    facts.add("opened_on", opened)
    facts.add("status", names.item("status.pre_investigation", record.get("status")))
    facts.add("crime_areas", names.items("crime_area", record.get("crime_areas"), opened))
    facts.add("lead_institution", names.institution(record.get("lead_institution")))
    facts.add("institutions", names.items("institution", record.get("institutions")))
    facts.add("partner_countries", names.items("country", record.get("partner_countries")))
    facts.add("eu_agencies", names.items("eu_agency", record.get("eu_agencies")))
    facts.add_answer("cross_border", record.get("cross_border"))
    for milestone in (
        "submitted_to_prosecutor_on",
        "accepted_by_prosecutor_on",
        "prosecution_started_on",
        "jit_established_on",
    ):
        facts.add(milestone, as_date(record.get(milestone)))
    if record.get("jit_established_on"):
        facts.add("jit_partner_states", names.items("country", record.get("jit_partner_states")))
        facts.add_answer("jit_eurojust", bool(record.get("jit_eurojust")))
        facts.add_answer("jit_europol", bool(record.get("jit_europol")))
    facts.add("closed_on", as_date(record.get("closed_on")))
    return ActivitySheet(
        context=context,
        activity=SheetKind.PRE_INVESTIGATION,
        title=record["title"],
        country=names.country(record["country"]),
        facts=tuple(facts.facts),
        support_given=record.get("support_given") or "",
        adviser=_adviser(adviser),
        beneficiary=Signatory(institution=names.institution(record.get("lead_institution"))),
    )


def taf_mission_sheet(
    record: dict[str, Any], context: PrintContext, names: Names, adviser: str
) -> ActivitySheet:
    start, end = as_date(record.get("start_date")), as_date(record.get("end_date"))
    facts = FactList(names)
    facts.add("requesting_institution", names.institution(record.get("requesting_institution")))
    facts.add(
        "partner_institutions", names.items("institution", record.get("partner_institutions"))
    )
    facts.add("topic", record.get("topic"))
    facts.add("crime_areas", names.items("crime_area", record.get("crime_areas"), start))
    facts.add("assistance_type", names.item("taf_type", record.get("assistance_type")))
    if start is not None:
        period = Formatter(context.language).period(start, end) if end and end > start else start
        facts.add_label("dates", period)
    facts.add("expert_days", as_number(record.get("expert_days")))
    facts.add("participants_count", as_number(record.get("participants_count")))
    facts.add("budget_eur", names.money(record.get("budget_eur")))
    facts.add("status", names.item("status.taf_request", record.get("status")))
    facts.add("decision_on", as_date(record.get("decision_on")))
    facts.add("approved_budget_eur", names.money(record.get("approved_budget_eur")))
    facts.add("delivered_on", as_date(record.get("delivered_on")))
    facts.add("justification", record.get("justification"))
    return ActivitySheet(
        context=context,
        activity=SheetKind.TAF_MISSION,
        title=record["title"],
        country=names.country(record["country"]),
        facts=tuple(facts.facts),
        support_given=record.get("expertise_profile") or "",
        adviser=_adviser(adviser),
        beneficiary=Signatory(institution=names.institution(record.get("requesting_institution"))),
    )


def _adviser(name: str) -> Signatory:
    # The date stays blank: it is the day of signing on paper, written by hand.
    return Signatory(name=name, institution=PROJECT_NAME)
