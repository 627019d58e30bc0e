"""A crafted HQ data set whose indicator values were counted by hand (see EXPECTED).

The period is the first half of 2025 (Q1 and Q2); the countries are Albania, Kosovo* and Serbia.
Every record is made through the record services. The TAF workflow is the one exception: its
steps belong to two roles (the team submits and delivers, HQ decides) that one profile cannot
play, so the state a team and HQ would have reached through sync is written to the row directly.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from csc_desktop.reporting.scope import Scope
from csc_desktop.services.workspace import Workspace
from csc_desktop.store.schema import taf_requests
from tests.conftest import PASSPHRASE

SCOPE = Scope(date(2025, 1, 1), date(2025, 6, 30), ("AL", "XK", "RS"))
Q1, Q2 = (2025, 1), (2025, 2)


@dataclass
class Dataset:
    ws: Workspace
    ids: dict[str, str] = field(default_factory=dict)
    participants: dict[str, str] = field(default_factory=dict)

    def id(self, name: str) -> str:
        return self.ids.get(name) or self.participants[name]

    def names(self, ids: set[str] | list[str]) -> set[str]:
        back = {v: k for k, v in {**self.ids, **self.participants}.items()}
        return {back.get(i, i) for i in ids}


def _pi(ws: Workspace, title: str, country: str, opened: str, **extra: Any) -> str:
    data = {
        "title": title,
        "country": country,
        "reference": title,
        "opened_on": opened,
        "crime_areas": extra.pop("crime_areas", ["drug_trafficking"]),
        **extra,
    }
    return str(ws.records.create("pre-investigation", data)["id"])


def _taf(ws: Workspace, title: str, country: str, institution: str, **workflow: Any) -> str:
    budget = workflow.pop("budget_eur", None)
    days = workflow.pop("expert_days", None)
    record = ws.records.create(
        "taf-request",
        {
            "title": title,
            "country": country,
            "requesting_institution": institution,
            "assistance_type": "expert_mission",
            "budget_eur": budget,
            "expert_days": days,
        },
    )
    values = {k: date.fromisoformat(v) if k.endswith("_on") else v for k, v in workflow.items()}
    if "approved_budget_eur" in values:
        values["approved_budget_eur"] = round(values["approved_budget_eur"] * 100)
    with ws.transaction() as tx:
        tx.conn.execute(
            update(taf_requests).where(taf_requests.c.id == record["id"]).values(**values)
        )
    return str(record["id"])


def _person(name: str, gender: str, institution: str | None = None, **extra: Any) -> dict[str, Any]:
    return {"name": name, "gender": gender, "institution": institution, **extra}


def build(ws: Workspace) -> Dataset:
    d = Dataset(ws)
    r = ws.records
    # -- pre-investigations ---------------------------------------------------------------
    d.ids["P1"] = _pi(
        ws,
        "P1 cross-border trafficking case",
        "AL",
        "2025-01-10",
        crime_areas=["trafficking_in_human_beings"],
        submitted_to_prosecutor_on="2025-02-01",
        accepted_by_prosecutor_on="2025-02-15",
        prosecution_started_on="2025-04-01",
        jit_established_on="2025-03-01",
    )
    # Opened before the period, accepted inside it, never prosecuted.
    d.ids["P2"] = _pi(
        ws,
        "P2 accepted, never prosecuted",
        "AL",
        "2024-11-01",
        submitted_to_prosecutor_on="2024-12-01",
        accepted_by_prosecutor_on="2025-01-20",
    )
    d.ids["P3"] = _pi(
        ws,
        "P3 smuggling and trafficking via Kosovo",
        "XK",
        "2025-05-05",
        crime_areas=["migrant_smuggling", "trafficking_in_human_beings"],
    )
    d.ids["P4"] = _pi(ws, "P4 deleted", "RS", "2025-02-02", crime_areas=["migrant_smuggling"])
    r.delete(d.ids["P4"])
    # Moves through every status: accepted in Q1, prosecuted and closed in Q2.
    d.ids["P5"] = _pi(ws, "P5 moved on", "RS", "2025-03-03")
    r.update(
        d.ids["P5"],
        {"submitted_to_prosecutor_on": "2025-03-10", "accepted_by_prosecutor_on": "2025-03-20"},
    )
    r.update(d.ids["P5"], {"prosecution_started_on": "2025-06-10"})
    r.update(d.ids["P5"], {"closed_on": "2025-06-20"})
    d.ids["P6"] = _pi(
        ws, "P6 after the period", "RS", "2025-07-15", crime_areas=["trafficking_in_human_beings"]
    )
    # Accepted, then the acceptance was a mistake and is cleared again.
    d.ids["P7"] = _pi(
        ws,
        "P7 acceptance corrected",
        "XK",
        "2025-04-01",
        submitted_to_prosecutor_on="2025-04-02",
        accepted_by_prosecutor_on="2025-04-04",
    )
    r.update(d.ids["P7"], {"accepted_by_prosecutor_on": None})
    d.ids["P8"] = _pi(ws, "P8 in Montenegro", "ME", "2025-02-02")  # outside the countries

    # -- TAF requests ----------------------------------------------------------------------
    d.ids["A1"] = _taf(
        ws, "A1 submitted", "AL", "al-spak", status="submitted", submitted_on="2025-01-05"
    )
    d.ids["A2"] = _taf(
        ws,
        "A2 approved in Q1, delivered in Q2",
        "AL",
        "al-asp",
        budget_eur=12000,
        expert_days=5,
        status="delivered",
        submitted_on="2024-12-20",
        decision_on="2025-02-01",
        approved_budget_eur=10000.50,
        delivered_on="2025-04-10",
    )
    d.ids["A3"] = _taf(
        ws,
        "A3 rejected then closed",
        "XK",
        "xk-kp",
        status="closed",
        submitted_on="2025-03-01",
        decision_on="2025-03-15",
        closed_on="2025-03-20",
    )
    d.ids["A4"] = _taf(
        ws, "A4 withdrawn", "XK", "xk-spk", status="draft", submitted_on="2025-02-01"
    )
    d.ids["A5"] = _taf(
        ws,
        "A5 delivered and closed",
        "RS",
        "rs-ppooc",
        budget_eur=2500,
        expert_days=3.5,
        status="closed",
        submitted_on="2025-01-10",
        decision_on="2025-01-20",
        delivered_on="2025-02-15",
        closed_on="2025-03-01",
    )
    d.ids["A6"] = _taf(
        ws, "A6 deleted", "RS", "rs-ppooc", status="submitted", submitted_on="2025-01-10"
    )
    r.delete(d.ids["A6"])

    # -- trainings -------------------------------------------------------------------------
    def training(
        name: str, country: str, start: str, status: str, people: list[dict[str, Any]]
    ) -> str:
        record = r.create(
            "training",
            {
                "title": name,
                "country": country,
                "start_date": start,
                "end_date": start,
                "venue": "Tirana" if country == "AL" else "Prishtina",
                "status": status,
                "participants": people,
            },
        )
        for person in record["participants"]:
            d.participants[person["name"]] = person["id"]
        return str(record["id"])

    d.ids["TR1"] = training(
        "TR1 financial investigations",
        "AL",
        "2025-02-10",
        "held",
        [
            _person("p1", "female", "al-spak", function="prosecutor", evaluation=5),
            _person("p2", "male", "al-asp", function="police_officer", evaluation=4),
            _person("p3", "female", evaluation=2),
            _person("p4", "male"),  # gave no evaluation
        ],
    )
    d.ids["TR2"] = training(
        "TR2 in Kosovo",
        "XK",
        "2025-05-01",
        "held",
        [_person("p5", "female", "xk-kp", evaluation=3), _person("p6", "undisclosed")],
    )
    d.ids["TR3"] = training(
        "TR3 planned", "RS", "2025-03-01", "planned", [_person("q1", "male", evaluation=5)]
    )
    d.ids["TR4"] = training(
        "TR4 before the period", "RS", "2024-12-01", "held", [_person("q2", "male", evaluation=5)]
    )
    d.ids["TR5"] = training(
        "TR5 deleted", "AL", "2025-03-03", "held", [_person("q3", "female", evaluation=5)]
    )
    r.delete(d.ids["TR5"])
    d.ids["TR6"] = training(
        "TR6 one removed",
        "XK",
        "2025-06-01",
        "held",
        [_person("p7", "female", evaluation=1), _person("p8", "male", "xk-spk", evaluation=5)],
    )
    keep = [p for p in r.get(d.ids["TR6"], consult=False)["participants"] if p["name"] == "p8"]
    r.set_participants(d.ids["TR6"], keep)

    # -- milestones --------------------------------------------------------------------------
    def milestone(name: str, country: str, kind: str, day: str, institution: str) -> str:
        return str(
            r.create(
                "milestone",
                {
                    "title": name,
                    "country": country,
                    "milestone_kind": kind,
                    "institution": institution,
                    "reached_on": day,
                },
            )["id"]
        )

    d.ids["M1"] = milestone(
        "M1 earlier agreement", "AL", "eurojust_agreement", "2023-05-01", "al-moj"
    )
    d.ids["M2"] = milestone("M2 agreement", "XK", "eurojust_agreement", "2025-03-01", "xk-moj")
    d.ids["M3"] = milestone(
        "M3 second agreement", "XK", "eurojust_agreement", "2025-04-01", "xk-spk"
    )
    d.ids["M4"] = milestone("M4 draft law", "RS", "draft_law_cross_border", "2025-02-02", "rs-moj")
    d.ids["M5"] = milestone(
        "M5 later draft law", "RS", "draft_law_cross_border", "2025-08-01", "rs-moj"
    )
    d.ids["M6"] = milestone("M6 deleted", "AL", "eurojust_agreement", "2025-01-01", "al-moj")
    r.delete(d.ids["M6"])

    # -- authority feedback ------------------------------------------------------------------
    def feedback(name: str, country: str, institution: str, day: str, answer: str) -> str:
        return str(
            r.create(
                "authority-feedback",
                {
                    "title": name,
                    "country": country,
                    "institution": institution,
                    "given_on": day,
                    "question": "Did the project's support make your investigations more effective?",
                    "confirms_effectiveness": answer,
                    "answer": "In the authority's words.",
                },
            )["id"]
        )

    d.ids["F1"] = feedback("F1 first answer", "AL", "al-spak", "2025-01-15", "yes")
    d.ids["F2"] = feedback("F2 later answer", "AL", "al-spak", "2025-05-15", "partly")
    d.ids["F3"] = feedback("F3", "XK", "xk-kp", "2025-02-01", "yes")
    d.ids["F4"] = feedback("F4 deleted", "RS", "rs-ppooc", "2025-03-01", "yes")
    r.delete(d.ids["F4"])
    d.ids["F5"] = feedback("F5 before", "RS", "rs-moj", "2024-12-01", "yes")
    return d


# indicator key -> (total, {country: value}, records behind the total)
EXPECTED: dict[str, tuple[Any, dict[str, Any], set[str]]] = {
    "jits_supported": (1, {"AL": 1, "XK": 0, "RS": 0}, {"P1"}),
    "investigations_prosecuted": (2, {"AL": 1, "XK": 0, "RS": 1}, {"P1", "P5"}),
    "pre_investigations_supported": (4, {"AL": 1, "XK": 2, "RS": 1}, {"P1", "P3", "P5", "P7"}),
    "pre_investigations_accepted": (3, {"AL": 2, "XK": 0, "RS": 1}, {"P1", "P2", "P5"}),
    "thb_smuggling_investigations": (2, {"AL": 1, "XK": 1, "RS": 0}, {"P1", "P3"}),
    "taf_received": (3, {"AL": 1, "XK": 1, "RS": 1}, {"A1", "A3", "A5"}),
    "taf_approved": (2, {"AL": 1, "XK": 0, "RS": 1}, {"A2", "A5"}),
    "taf_delivered": (2, {"AL": 1, "XK": 0, "RS": 1}, {"A2", "A5"}),
    "taf_expert_days": (8.5, {"AL": 5.0, "XK": 0.0, "RS": 3.5}, {"A2", "A5"}),
    "taf_budget_approved": (12500.5, {"AL": 10000.5, "XK": 0.0, "RS": 2500.0}, {"A2", "A5"}),
    "trainings_held": (3, {"AL": 1, "XK": 2, "RS": 0}, {"TR1", "TR2", "TR6"}),
    "participants": (7, {"AL": 4, "XK": 3, "RS": 0}, {"p1", "p2", "p3", "p4", "p5", "p6", "p8"}),
    "positive_assessment_share": (
        0.6,
        {"AL": 2 / 3, "XK": 0.5, "RS": None},
        {"p1", "p2", "p3", "p5", "p8"},
    ),
    "eurojust_agreements": (2, {"AL": 0, "XK": 2, "RS": 0}, {"M2", "M3"}),
    "countries_with_eurojust_agreement": (2, {"AL": 1, "XK": 1, "RS": 0}, {"M1", "M2"}),
    "draft_laws_cross_border": (1, {"AL": 0, "XK": 0, "RS": 1}, {"M4"}),
    "countries_with_draft_law": (1, {"AL": 0, "XK": 0, "RS": 1}, {"M4"}),
    "authorities_confirming": (1, {"AL": 0, "XK": 1, "RS": 0}, {"F2", "F3"}),
}


@pytest.fixture(scope="session")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dataset]:
    folder: Path = tmp_path_factory.mktemp("reporting") / "hq"
    ws = Workspace.create(folder, PASSPHRASE, role="hq", person="Maria Rossi")
    yield build(ws)
    ws.engine.dispose()
