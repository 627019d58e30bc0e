"""One search meaning everywhere: case, diacritics and script do not matter; prefixes match."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import sqlcipher3

from csc_desktop.domain.fields import Kind
from csc_desktop.services.records import ListQuery
from csc_desktop.services.workspace import Workspace
from csc_desktop.store import sqlite


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


def _titles(ws: Workspace, query: ListQuery) -> list[str]:
    return [r["title"] for r in ws.records.rows(query)]


def _training(ws: Workspace, title: str, start: str) -> str:
    return str(
        ws.records.create(
            "training",
            {"title": title, "start_date": start, "end_date": start, "venue": "Нови Сад"},
        )["id"]
    )


def test_search_in_a_list_sorts_filters_and_counts_like_the_list(team_ws: Workspace) -> None:
    ws = team_ws
    _training(ws, "Obuka A", "2026-03-01")
    late = _training(ws, "Obuka B", "2026-05-01")
    _training(ws, "Obuka C", "2026-04-01")
    _training(ws, "Radionica", "2026-06-01")
    by_date = ListQuery(Kind.TRAINING, search="novi sad obuka", order_by="start_date")
    assert _titles(ws, by_date) == ["Obuka B", "Obuka C", "Obuka A"]
    earliest = ListQuery(Kind.TRAINING, search="obuka", order_by="start_date", descending=False)
    assert _titles(ws, earliest) == ["Obuka A", "Obuka C", "Obuka B"]
    assert [r["title"] for r in ws.records.rows(by_date, offset=1, limit=1)] == ["Obuka C"]
    assert ws.records.count(by_date) == 3
    in_april = ListQuery(
        Kind.TRAINING,
        search="obuka",
        date_from=date(2026, 3, 15),
        date_to=date(2026, 4, 30),
    )
    assert _titles(ws, in_april) == ["Obuka C"]
    assert ws.records.count(in_april) == 1
    # A change of status or date moves the record in a searched list at once.
    ws.records.change_status(late, "mark_held")
    held = ListQuery(Kind.TRAINING, search="obuka", statuses=("held",))
    assert _titles(ws, held) == ["Obuka B"]
    assert ws.records.count(held) == 1
    ws.records.update(late, {"start_date": "2026-01-01", "end_date": "2026-01-01"})
    assert _titles(ws, by_date) == ["Obuka C", "Obuka A", "Obuka B"]
    # Sorted by a column the search rows do not hold: the same records.
    by_title = ListQuery(Kind.TRAINING, search="obuka", order_by="title", language="sr")
    assert _titles(ws, by_title) == ["Obuka C", "Obuka B", "Obuka A"]
    assert ws.records.count(by_title) == 3


def test_a_rebuilt_index_finds_the_same(searchable: Workspace) -> None:
    before = {q: searchable.search.find(q) for q in ("beograd", "dukic", "skopje", "tirane")}
    assert searchable.search.rebuild() == 4
    assert {q: searchable.search.find(q) for q in before} == before
    rows = searchable.records.rows(
        ListQuery(Kind.TRAINING, search="beograd", statuses=("planned",))
    )
    assert [r["title"] for r in rows] == ["Обука у Београду"]


def test_store_connections_get_the_larger_lookaside(tmp_path: Path) -> None:
    # Without it a ranked search allocates for every row it ranks (see LOOKASIDE_SLOTS); a
    # driver that no longer keeps its handle where expected would lose that silently.
    path = tmp_path / "x.db"
    conn = sqlcipher3.connect(str(path))
    try:
        assert sqlite.enlarge_lookaside(conn, path)
        assert not sqlite.enlarge_lookaside(conn, tmp_path / "other.db")
    finally:
        conn.close()


def test_search_index_blocks_fit_a_page(team_ws: Workspace) -> None:
    # FTS5's default block (4,050 bytes) needs a page and an overflow page in the encrypted
    # store (4,096 bytes less 80 for SQLCipher): blocks written now fit one page.
    words = [f"word{n:04d}" for n in range(3000)]
    team_ws.records.create_many(
        "training",
        [
            {
                "title": f"Training {n}",
                "start_date": "2026-03-02",
                "end_date": "2026-03-02",
                "venue": "Niš",
                "notes": " ".join(words[n * 10 : n * 10 + 40]),
            }
            for n in range(290)
        ],
    )
    with team_ws.reading() as conn:
        sizes = [
            size
            for (size,) in conn.exec_driver_sql(
                "SELECT length(block) FROM search_fts_data WHERE rowid > 10"
            )
        ]
    assert max(sizes) > 3000  # full blocks were written
    assert max(sizes) <= sqlite.SEARCH_BLOCK_BYTES + 40 < 4016 - 35 - 4  # a page's local payload
    assert team_ws.search.find("word2345")


def _documents(first: int, count: int) -> list[tuple[int, str]]:
    return [
        (first + n, " ".join(f"w{(n * 7 + k) % 5003:04d}x{k}" for k in range(40)))
        for n in range(count)
    ]


@pytest.mark.parametrize("pending", ["default", "ours"])
def test_documents_added_together_make_one_segment(team_ws: Workspace, pending: str) -> None:
    # More than FTS5's default 1 MB of terms in one transaction, as an import adds: written as
    # one segment (migration 0013).
    with sqlite.write_transaction(team_ws.engine) as conn:
        if pending == "default":
            conn.exec_driver_sql(
                "INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', 1048576)"
            )
        before = conn.exec_driver_sql("SELECT max(rowid >> 37) FROM search_fts_data").scalar()
    with sqlite.write_transaction(team_ws.engine) as conn:
        sqlite.put_search_documents(conn, _documents(1_000_000, 6000))
    with team_ws.reading() as conn:
        segments = conn.exec_driver_sql(
            "SELECT count(DISTINCT rowid >> 37) FROM search_fts_data WHERE rowid >> 37 > ?",
            (before or 0,),
        ).scalar_one()
        hits = conn.exec_driver_sql(
            "SELECT rowid FROM search_fts WHERE search_fts MATCH 'w0007x1' ORDER BY rowid"
        ).all()
    # By default, one segment per megabyte of terms, left for FTS5 to merge (and every search
    # to read each of them meanwhile).
    assert segments == (1 if pending == "ours" else 6)
    assert [r[0] for r in hits] == [1_000_000 + n for n in range(6000) if (n * 7 + 1) % 5003 == 7]
