"""Demo data: the same seed gives the same records, every record is valid, and the names,
places and titles are written in every script of the region."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from csc_desktop.demo import AS_OF, DemoMaker, populate
from csc_desktop.domain.fields import Kind
from csc_desktop.services.records import ListQuery
from csc_desktop.services.workspace import BENEFICIARIES, Workspace
from tests.demo.conftest import KINDS, new_profile, records_of

CYRILLIC = re.compile("[\u0400-\u04ff]")


def test_the_same_seed_gives_the_same_records(tmp_path: Path) -> None:
    filled = []
    for name, seed in (("first", 5), ("second", 5), ("other seed", 6)):
        ws = new_profile(tmp_path / name, "team", "RS")
        counts = populate(ws, pre_investigations=8, taf_requests=8, trainings=4, seed=seed)
        filled.append((counts, sorted(map(repr, records_of(ws)))))
        ws.engine.dispose()
    assert filled[0] == filled[1]
    assert filled[0][1] != filled[2][1]
    assert filled[0][0] == {
        "pre-investigation": 8,
        "taf-request": 8,
        "training": 4,
        "participants": filled[0][0]["participants"],
    }


def test_a_team_gets_only_its_own_country(tmp_path: Path) -> None:
    ws = new_profile(tmp_path / "team", "team", "MK")
    populate(ws, pre_investigations=10, taf_requests=10, trainings=4, seed=1)
    countries = {r["country"] for r in records_of(ws)}
    ws.engine.dispose()
    assert countries == {"MK"}


def test_headquarters_gets_all_six_countries(hq_demo: Workspace) -> None:
    countries = Counter(r["country"] for r in records_of(hq_demo))
    assert set(countries) == {"AL", "BA", "XK", "ME", "MK", "RS"}


def generated(maker: DemoMaker, kind: Kind) -> dict[str, Any]:
    if kind == Kind.PRE_INVESTIGATION:
        return maker.pre_investigation()
    if kind == Kind.TAF_REQUEST:
        return maker.taf_request().data
    return maker.training()


def test_every_generated_record_passes_validation(tmp_path: Path) -> None:
    """Hundreds of records of each kind, checked by the services' own validation, for a team
    and for headquarters (populate itself would stop at the first invalid one)."""
    for role, country in (("team", "BA"), ("hq", None)):
        ws = new_profile(tmp_path / role, role, country)
        maker = DemoMaker(ws.reference, (country,) if country else BENEFICIARIES, seed=3)
        for kind, count in (
            (Kind.PRE_INVESTIGATION, 120),
            (Kind.TAF_REQUEST, 120),
            (Kind.TRAINING, 40),
        ):
            for _ in range(count):
                data = generated(maker, kind)
                assert ws.records.validate(kind, data) == {}, data
        ws.engine.dispose()


def test_records_are_plausible(hq_demo: Workspace) -> None:
    records = records_of(hq_demo)
    taf_statuses = Counter(r["status"] for r in records if r["kind"] == "taf-request")
    assert {"draft", "submitted", "approved", "delivered", "closed"} <= set(taf_statuses)
    pre = [r for r in records if r["kind"] == "pre-investigation"]
    assert any(r["accepted_by_prosecutor_on"] for r in pre)
    assert any(r["prosecution_started_on"] for r in pre)
    happened = (
        "submitted_to_prosecutor_on",
        "accepted_by_prosecutor_on",
        "prosecution_started_on",
        "jit_established_on",
        "submitted_on",
        "assessed_on",
        "decision_on",
        "delivered_on",
        "closed_on",
    )
    for r in records:  # nothing has happened after the demo's "today"
        for key in happened:
            if r.get(key):
                assert date.fromisoformat(r[key]) <= AS_OF, (key, r)
        if r["kind"] == "training" and r["status"] == "held":
            assert date.fromisoformat(r["end_date"]) <= AS_OF
    trainings = [r for r in records if r["kind"] == "training"]
    years = {r["start_date"][:4] for r in trainings}
    assert years <= {"2023", "2024", "2025", "2026"}
    people = [p for r in trainings for p in r["participants"]]
    assert all(30 <= len(r["participants"]) <= 40 for r in trainings)
    assert {"female", "male"} <= {p["gender"] for p in people}
    evaluations = Counter(p["evaluation"] for p in people if p["evaluation"] is not None)
    assert sum(n for e, n in evaluations.items() if e >= 3) > 0.85 * sum(evaluations.values())
    scored = [p for p in people if p["pre_score"] is not None]
    assert scored and all(
        0 <= p["pre_score"] <= 100 and 0 <= p["post_score"] <= 100 for p in scored
    )


def test_crime_areas_belong_to_the_cycle_of_the_record_date(hq_demo: Workspace) -> None:
    old_cycle_only = {"organised_property_crime"}
    new_cycle_only = {"online_fraud"}
    seen_old = seen_new = False
    for kind in KINDS:
        for r in hq_demo.records.rows(ListQuery(kind), columns=None):
            full = hq_demo.records.get(r["id"], consult=False)
            day = full.get("opened_on") or full.get("start_date")
            areas = set(full.get("crime_areas") or [])
            if day and day < "2026-01-01":
                assert not areas & new_cycle_only, full
                seen_old = True
            elif day:
                assert not areas & old_cycle_only, full
                seen_new = True
    assert seen_old and seen_new


def test_names_are_written_in_every_script_of_the_region(hq_demo: Workspace) -> None:
    names = [p["name"] for r in records_of(hq_demo) for p in r.get("participants", [])]
    latin = [n for n in names if not CYRILLIC.search(n)]
    cyrillic = [n for n in names if CYRILLIC.search(n)]
    assert any(c in n for n in latin for c in "ëç"), "Albanian"
    assert any(c in n for n in cyrillic for c in "ђћљњџ"), "Serbian Cyrillic"
    assert any(c in n for n in cyrillic for c in "ѓќѕ"), "Macedonian Cyrillic"
    for letter in "čćđšž":  # Bosnian, Montenegrin and Serbian Latin
        assert any(letter in n.lower() for n in latin), letter
    assert any(n.endswith(("ović", "ević")) for n in latin)
    assert any(n.endswith(("овић", "евић")) for n in cyrillic)


def test_titles_and_places_are_not_only_english(hq_demo: Workspace) -> None:
    records = records_of(hq_demo)
    titles = [r["title"] for r in records]
    assert any(CYRILLIC.search(t) for t in titles)
    assert any(c in t for t in titles for c in "ëç")
    venues = [r["venue"] for r in records if r["kind"] == "training"]
    assert any(CYRILLIC.search(v) for v in venues) and any(not CYRILLIC.search(v) for v in venues)


def test_pre_investigations_name_no_people(hq_demo: Workspace) -> None:
    """Titles are non-identifying: no participant's name appears in any case record."""
    records = records_of(hq_demo)
    surnames = {
        p["name"].split()[-1] for r in records for p in r.get("participants", []) if p["name"]
    }
    for r in records:
        if r["kind"] == "pre-investigation":
            words = set(re.findall(r"\w+", f"{r['title']} {r['support_given']} {r['reference']}"))
            assert not words & surnames, r
