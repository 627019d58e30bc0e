"""Indicator values on the crafted data set, against the counts made by hand in conftest.py."""

from __future__ import annotations

from datetime import date

import pytest

from csc_desktop.reporting.compute import IndicatorReport, RecordRef, records_behind
from csc_desktop.reporting.indicators import BY_KEY, INDICATORS
from csc_desktop.reporting.scope import Scope
from csc_desktop.reporting.service import drill_down, run_report
from tests.reporting.conftest import EXPECTED, Q1, Q2, SCOPE, Dataset


@pytest.fixture(scope="module")
def figures(dataset: Dataset) -> IndicatorReport:
    return run_report(dataset.ws, SCOPE).figures


def _behind(dataset: Dataset, key: str, **where: object) -> list[RecordRef]:
    return drill_down(dataset.ws, key, SCOPE, **where)  # type: ignore[arg-type]


def test_every_indicator_is_checked_by_hand() -> None:
    assert set(EXPECTED) == {i.key for i in INDICATORS}


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_totals_and_countries_match_the_hand_count(
    figures: IndicatorReport, dataset: Dataset, key: str
) -> None:
    total, by_country, names = EXPECTED[key]
    value = figures[key]
    assert value.figure() == pytest.approx(total)
    assert {c: value.country_figure(c) for c in SCOPE.countries} == pytest.approx(by_country)
    assert dataset.names([r.id for r in _behind(dataset, key)]) == names


def test_n_of_n_figures_say_what_they_are_out_of(figures: IndicatorReport) -> None:
    assert (
        figures["countries_with_eurojust_agreement"].figure(),
        figures["countries_with_eurojust_agreement"].out_of(),
    ) == (2, 3)
    assert (
        figures["countries_with_draft_law"].figure(),
        figures["countries_with_draft_law"].out_of(),
    ) == (1, 3)
    authorities = figures["authorities_confirming"]
    assert (authorities.figure(), authorities.out_of()) == (1, 2)


def test_by_quarter(figures: IndicatorReport) -> None:
    def quarters(key: str) -> tuple[object, object]:
        value = figures[key]
        return value.figure(value.by_quarter[Q1]), value.figure(value.by_quarter[Q2])

    assert quarters("pre_investigations_accepted") == (3, 0)
    assert quarters("investigations_prosecuted") == (0, 2)
    assert quarters("taf_delivered") == (1, 1)
    assert quarters("taf_expert_days") == (3.5, 5.0)
    assert quarters("trainings_held") == (1, 2)
    assert quarters("participants") == (4, 3)
    assert quarters("positive_assessment_share") == (pytest.approx(2 / 3), 0.5)
    assert figures["countries_with_eurojust_agreement"].by_quarter == {}


def test_breakdowns(figures: IndicatorReport) -> None:
    def split(key: str, part: str) -> dict[str, object]:
        value = figures[key]
        return {code: value.figure(t) for code, t in value.by_part[part].items()}

    assert split("participants", "gender") == {"female": 3, "male": 3, "undisclosed": 1}
    assert split("participants", "institution_kind") == {
        "prosecution_office": 2,  # al-spak, xk-spk
        "police": 2,  # al-asp, xk-kp
        "unspecified": 3,
    }
    assert split("participants", "function") == {
        "prosecutor": 1,
        "police_officer": 1,
        "unspecified": 5,
    }
    assert split("positive_assessment_share", "gender") == {
        "female": pytest.approx(1 / 3),  # p1 yes; p3 and p5 no
        "male": 1.0,  # p2 and p8
    }
    # A case of both trafficking and smuggling counts once in the total, under each area here.
    assert split("thb_smuggling_investigations", "crime_area") == {
        "trafficking_in_human_beings": 2,
        "migrant_smuggling": 1,
    }
    assert split("taf_received", "assistance_type") == {"expert_mission": 3}


def test_edge_cases_count_as_documented(figures: IndicatorReport, dataset: Dataset) -> None:
    def behind(key: str) -> set[str]:
        return dataset.names([r.id for r in _behind(dataset, key)])

    # A record outside the period: P6 (opened after it), TR4 (held before), M5, F5.
    assert "P6" not in behind("pre_investigations_supported")
    assert "TR4" not in behind("trainings_held")
    assert "M5" not in behind("draft_laws_cross_border")
    # Deleted records never count, nor the participants of a deleted training.
    assert not {"P4", "A6", "TR5", "M6", "F4"} & (
        behind("pre_investigations_supported")
        | behind("thb_smuggling_investigations")
        | behind("taf_received")
        | behind("trainings_held")
        | behind("eurojust_agreements")
        | behind("authorities_confirming")
    )
    assert "q3" not in behind("participants")
    # A case that moved on (accepted in Q1, prosecuted and closed in Q2) counts under each step.
    assert "P5" in behind("pre_investigations_accepted")
    assert "P5" in behind("investigations_prosecuted")
    # Accepted but never prosecuted: counted as accepted only. An acceptance cleared again: not.
    assert "P2" in behind("pre_investigations_accepted")
    assert "P2" not in behind("investigations_prosecuted")
    assert "P7" not in behind("pre_investigations_accepted")
    # A participant without an evaluation counts as a participant, not in the share.
    assert {"p4", "p6"} <= behind("participants")
    assert not {"p4", "p6"} & behind("positive_assessment_share")
    # A participant removed from a training's list counts nowhere.
    assert "p7" not in behind("participants")
    # A request withdrawn to draft is not received; one rejected then closed is not approved.
    assert "A4" not in behind("taf_received")
    assert "A3" not in behind("taf_approved")
    # The latest answer of an institution in the period is the one that counts.
    refs = {dataset.names([r.id]).pop(): r for r in _behind(dataset, "authorities_confirming")}
    assert (refs["F2"].positive, refs["F3"].positive) == (False, True)


def test_drill_down_lists_exactly_the_records_counted(
    figures: IndicatorReport, dataset: Dataset
) -> None:
    """Every figure: the total, each country, each quarter, each breakdown code."""
    ws = dataset.ws
    for value in figures.values:
        indicator = value.indicator
        buckets = [({}, value.total)]
        buckets += [({"country": c}, t) for c, t in value.by_country.items()]
        buckets += [({"quarter": q}, t) for q, t in value.by_quarter.items()]
        buckets += [
            ({"part": (name, code)}, t)
            for name, codes in value.by_part.items()
            for code, t in codes.items()
        ]
        for where, tally in buckets:
            with ws.reading() as conn:
                refs = records_behind(conn, ws.reference, indicator, SCOPE, **where)  # type: ignore[arg-type]
            assert len(refs) == tally.count, (value.key, where)
            assert len({r.id for r in refs}) == len(refs), (value.key, where)
            if indicator.amount is not None:
                assert sum(r.amount or 0 for r in refs) == pytest.approx(tally.amount)
            if indicator.positive is not None:
                assert sum(1 for r in refs if r.positive) == tally.positive


def test_records_behind_carry_what_was_counted(dataset: Dataset) -> None:
    budget = {
        dataset.names([r.id]).pop(): r.amount for r in _behind(dataset, "taf_budget_approved")
    }
    assert budget == {"A2": 10000.5, "A5": 2500.0}
    people = _behind(dataset, "participants", country="XK")
    assert {r.parent_id for r in people} == {dataset.id("TR2"), dataset.id("TR6")}
    assert {r.title for r in people} == {"TR2 in Kosovo", "TR6 one removed"}
    first = _behind(dataset, "pre_investigations_accepted")
    assert [r.day for r in first] == sorted(r.day for r in first)
    assert first[0].day == date(2025, 1, 20) and first[0].kind == "pre-investigation"


def test_a_shorter_period_and_fewer_countries(dataset: Dataset) -> None:
    march = Scope(date(2025, 3, 1), date(2025, 3, 31), ("RS",))
    figures = run_report(dataset.ws, march).figures
    assert figures["pre_investigations_accepted"].figure() == 1  # P5 on 20 March
    assert figures["pre_investigations_supported"].figure() == 1  # P5 opened 3 March
    assert figures["investigations_prosecuted"].figure() == 0
    assert figures["countries_with_draft_law"].figure() == 1  # M4 in February counts
    assert figures["countries_with_draft_law"].out_of() == 1
    assert list(figures["participants"].by_quarter) == [(2025, 1)]


def test_every_indicator_has_a_definition_in_plain_words() -> None:
    for indicator in INDICATORS:
        assert indicator.label and indicator.definition.endswith(".")
        assert BY_KEY[indicator.key] is indicator


def test_docs_describe_every_indicator() -> None:
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "docs" / "indicators.md").read_text("utf-8")
    for indicator in INDICATORS:
        assert f"`{indicator.key}`" in text and indicator.label in text
