"""One search meaning everywhere: case, diacritics and script do not matter; prefixes match."""

from __future__ import annotations

import pytest

from csc_desktop.domain.fields import Kind
from csc_desktop.services.records import ListQuery
from csc_desktop.services.workspace import Workspace


@pytest.fixture
def searchable(team_ws: Workspace) -> Workspace:
    ws = team_ws
    ws.records.create(
        "training",
        {
            "title": "Обука у Београду",
            "start_date": "2026-03-02",
            "end_date": "2026-03-03",
            "venue": "Палата правде",
            "participants": [{"name": "Đorđe Đukić", "gender": "male"}],
        },
    )
    ws.records.create(
        "training",
        {
            "title": "Workshop in Skopje",
            "start_date": "2026-04-02",
            "end_date": "2026-04-02",
            "venue": "Скопје, Хотел Александар Палас",
        },
    )
    ws.records.create(
        "taf-request",
        {
            "title": "Ekspertizë për Tiranë",
            "requesting_institution": "rs-ppooc",
            "assistance_type": "workshop",
        },
    )
    ws.records.create(
        "pre-investigation",
        {
            "title": "Случај Ниш",
            "reference": "KT-77",
            "opened_on": "2026-01-05",
            "crime_areas": ["drug_trafficking"],
        },
    )
    return ws


@pytest.mark.parametrize(
    ("query", "kind", "title"),
    [
        ("Beograd", Kind.TRAINING, "Обука у Београду"),
        ("beogr", Kind.TRAINING, "Обука у Београду"),
        ("djukic", Kind.TRAINING, "Обука у Београду"),
        ("dukic", Kind.TRAINING, "Обука у Београду"),
        ("ĐUKIĆ", Kind.TRAINING, "Обука у Београду"),
        ("Скопје", Kind.TRAINING, "Workshop in Skopje"),
        ("skopje", Kind.TRAINING, "Workshop in Skopje"),
        ("Tirane", Kind.TAF_REQUEST, "Ekspertizë për Tiranë"),
        ("nis", Kind.PRE_INVESTIGATION, "Случај Ниш"),
        (
            "tuzilastvo organizovani",
            Kind.TAF_REQUEST,
            "Ekspertizë për Tiranë",
        ),  # institution name, Latin for Cyrillic
    ],
)
def test_search_across_case_diacritics_and_scripts(
    searchable: Workspace, query: str, kind: Kind, title: str
) -> None:
    rows = searchable.records.rows(ListQuery(kind, search=query))
    assert [r["title"] for r in rows] == [title]


def test_search_needs_every_word_and_finds_nothing_else(searchable: Workspace) -> None:
    assert searchable.records.rows(ListQuery(Kind.TRAINING, search="skopje beograd")) == []
    assert searchable.records.rows(ListQuery(Kind.TRAINING, search="zzzz")) == []


def test_search_across_kinds_is_ranked(searchable: Workspace) -> None:
    hits = searchable.search.find("skopje")
    assert hits and hits[0][1] == "training"


def test_deleted_records_leave_the_index(searchable: Workspace) -> None:
    rid = searchable.records.rows(ListQuery(Kind.TRAINING, search="skopje"))[0]["id"]
    searchable.records.delete(rid)
    assert searchable.search.find("skopje") == []


def test_punctuation_in_queries_is_harmless(searchable: Workspace) -> None:
    for query in ['"', "AND OR NOT", "a*", "(beograd", "NEAR(x y)", "'", "-"]:
        searchable.records.rows(ListQuery(Kind.TRAINING, search=query))
