"""List order: text columns from stored keys in each language's alphabet, codes by their labels,
pages that join up, keys kept right whoever writes, and the migration that adds them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import text, update

from csc_desktop.domain.fields import STATUS_LIST, Kind
from csc_desktop.services.records import ListQuery, ReadCancelled
from csc_desktop.services.workspace import Workspace
from csc_desktop.store import migrate
from csc_desktop.store.schema import trainings
from csc_desktop.text.collate import sort_key
from tests.conftest import PASSPHRASE

TITLES = [
    "Ђурђевдан обука",
    "Љубљана радионица",
    "Шабац семинар",
    "Дом културе",
    "Çështje penale",
    "Ëndrra e drejtësisë",
    "Cetinje workshop",
    "Čačak training",
    "Ljubljana seminar",
    "Luka course",
    "Shkodër",
    "Sarandë",
    "dževad",
    "Đakovica",
    "zebra",
]


def _ordered(titles: list[str], language: str, descending: bool = False) -> list[str]:
    return sorted(titles, key=lambda t: sort_key(t, language), reverse=descending)


def _make(ws: Any, titles: list[str]) -> list[str]:
    return [
        ws.records.create(
            "training",
            {"title": t, "start_date": "2026-03-02", "end_date": "2026-03-02", "venue": "Niš"},
        )["id"]
        for t in titles
    ]


def _titles(ws: Any, query: ListQuery, **kwargs: Any) -> list[str]:
    return [r["title"] for r in ws.records.rows(query, **kwargs)]


def test_titles_sort_in_each_languages_alphabet_and_pages_join_up(team_ws: Any) -> None:
    _make(team_ws, TITLES)
    for language in ("sr", "sr_Latn", "sq", "en", "mk", "cnr", "bs"):
        for descending in (False, True):
            query = ListQuery(
                Kind.TRAINING, order_by="title", descending=descending, language=language
            )
            want = _ordered(TITLES, language, descending)
            assert _titles(team_ws, query) == want, (language, descending)
            pages = [_titles(team_ws, query, offset=n, limit=4) for n in range(0, 16, 4)]
            assert [t for page in pages for t in page] == want
    # Serbian Cyrillic comes before Latin; Albanian letters ç and ë follow c and e
    serbian = _titles(
        team_ws, ListQuery(Kind.TRAINING, order_by="title", descending=False, language="sr")
    )
    assert serbian[:4] == ["Дом културе", "Ђурђевдан обука", "Љубљана радионица", "Шабац семинар"]
    albanian = _titles(
        team_ws, ListQuery(Kind.TRAINING, order_by="title", descending=False, language="sq")
    )
    # ç and ë are letters of their own: after every c… and every d…
    assert albanian.index("Čačak training") < albanian.index("Çështje penale")
    assert albanian.index("Çështje penale") < albanian.index("Đakovica")
    assert albanian.index("dževad") < albanian.index("Ëndrra e drejtësisë")


def test_a_changed_or_deleted_title_moves_in_the_list(team_ws: Any) -> None:
    ids = _make(team_ws, TITLES)
    query = ListQuery(Kind.TRAINING, order_by="title", descending=False, language="sr_Latn")
    _titles(team_ws, query)  # the keys are made
    team_ws.records.update(ids[0], {"title": "Aaa first now"})
    team_ws.records.delete(ids[1])
    shown = _titles(team_ws, query)
    want = _ordered(["Aaa first now", *TITLES[2:]], "sr_Latn")
    assert shown == want
    _make(team_ws, ["Žabljak"])
    assert _titles(team_ws, query) == _ordered([*want, "Žabljak"], "sr_Latn")


def test_rows_written_by_another_writer_are_ordered_right(team_ws: Any) -> None:
    """Sync import writes record rows itself: the triggers drop the stale keys, the next read
    makes them."""
    ids = _make(team_ws, TITLES)
    query = ListQuery(Kind.TRAINING, order_by="title", descending=True, language="sq")
    _titles(team_ws, query)
    with team_ws.engine.connect() as conn:
        conn.info["write"] = True
        with conn.begin():
            conn.execute(update(trainings).where(trainings.c.id == ids[2]).values(title="Zzz"))
            conn.execute(update(trainings).where(trainings.c.id == ids[3]).values(deleted=True))
    want = _ordered(["Zzz", *[t for t in TITLES if t not in (TITLES[2], TITLES[3])]], "sq", True)
    assert _titles(team_ws, query) == want


def test_filters_keep_the_text_order(team_ws: Any) -> None:
    ids = _make(team_ws, TITLES)
    for record_id in ids[::2]:
        team_ws.records.change_status(record_id, "mark_held")
    query = ListQuery(
        Kind.TRAINING, order_by="title", descending=False, language="sr", statuses=("held",)
    )
    assert _titles(team_ws, query) == _ordered(TITLES[::2], "sr")
    assert _titles(team_ws, query, offset=3, limit=2) == _ordered(TITLES[::2], "sr")[3:5]
    # a date moved out of the range, a status changed back: the keys follow the records
    team_ws.records.update(ids[2], {"start_date": "2027-01-04", "end_date": "2027-01-04"})
    team_ws.records.change_status(ids[4], "reopen")
    query = replace(query, date_to=date(2026, 12, 31), countries=("RS",))
    held = [t for n, t in enumerate(TITLES) if n % 2 == 0 and n not in (2, 4)]
    assert _titles(team_ws, query) == _ordered(held, "sr")
    searched = replace(query, statuses=(), date_to=None, search="seminar")
    assert _titles(team_ws, searched) == _ordered(["Ljubljana seminar", "Шабац семинар"], "sr")


def test_status_and_country_sort_by_the_label_shown(hq_ws: Any) -> None:
    ws = hq_ws
    made = []
    for n, country in enumerate(("RS", "AL", "MK", "ME", "BA", "XK")):
        made.append(
            ws.records.create(
                "training",
                {
                    "title": f"T{n}",
                    "country": country,
                    "venue": "Tirana",
                    "start_date": "2026-03-02",
                    "end_date": "2026-03-02",
                },
            )["id"]
        )
    with ws.engine.connect() as conn:  # statuses a team's sync brings
        conn.info["write"] = True
        with conn.begin():
            for record_id, status in ((made[0], "held"), (made[1], "cancelled")):
                conn.execute(
                    update(trainings).where(trainings.c.id == record_id).values(status=status)
                )
    ref = ws.reference
    for language in ("en", "sr", "sq"):
        for field, ref_list in (("country", "country"), ("status", STATUS_LIST[Kind.TRAINING])):
            for descending in (False, True):
                query = ListQuery(
                    Kind.TRAINING, order_by=field, descending=descending, language=language
                )
                rows = ws.records.rows(query)
                labels = [ref.name(ref_list, r[field], language) for r in rows]
                keys = [sort_key(label, language) for label in labels]
                assert keys == sorted(keys, reverse=descending), (language, field, labels)
                paged = [
                    r["id"]
                    for n in range(0, 6, 2)
                    for r in ws.records.rows(query, offset=n, limit=2)
                ]
                assert paged == [r["id"] for r in rows]
    # a search in a list sorted by country: the search rows are ordered by the label too
    query = ListQuery(
        Kind.TRAINING, search="T", order_by="country", descending=False, language="sr"
    )
    labels = [ref.name("country", r["country"], "sr") for r in ws.records.rows(query)]
    assert [sort_key(x, "sr") for x in labels] == sorted(sort_key(x, "sr") for x in labels)


def test_migration_from_0006_adds_the_indexes_and_the_title_keys(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    ws = Workspace.create(folder, PASSPHRASE, role="team", person="Ana", country="RS")
    _make(ws, TITLES)
    with ws.engine.connect() as conn:
        conn.info["write"] = True
        with conn.begin():
            command.downgrade(migrate._config(conn), "0006")
    with ws.engine.connect() as conn:
        names = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
        assert "list_sort_keys" not in names
    ws.engine.dispose()
    again = Workspace.unlock(folder, PASSPHRASE)
    language = again.identity.language
    with again.engine.connect() as conn:
        columns = [r[2] for r in conn.execute(text("PRAGMA index_info(ix_trainings_live_date)"))]
        assert columns == ["deleted", "start_date", "id"]
        keys = conn.execute(
            text("SELECT count(*) FROM list_sort_keys WHERE field = 'title' AND language = :l"),
            {"l": language},
        ).scalar_one()
        assert keys == len(TITLES)  # backfilled by the migration
        complete = conn.execute(text("SELECT count(*) FROM list_sort_sets")).scalar_one()
        assert complete == len(Kind)
    query = ListQuery(Kind.TRAINING, order_by="title", descending=False, language=language)
    assert _titles(again, query) == _ordered(TITLES, language)
    again.engine.dispose()


def test_a_count_no_longer_wanted_stops(team_ws: Any) -> None:
    many = len(TITLES) * 20
    team_ws.records.create_many(
        "training",
        [
            {"title": t, "start_date": "2026-03-02", "end_date": "2026-03-02", "venue": "Niš"}
            for t in TITLES * 20
        ],
    )
    query = ListQuery(Kind.TRAINING, search="ni")
    everything = ListQuery(Kind.TRAINING)
    assert team_ws.records.count(everything, cancelled=lambda: False) == many
    with pytest.raises(ReadCancelled):
        team_ws.records.count(everything, cancelled=lambda: True)
    with pytest.raises(ReadCancelled):
        team_ws.records.count(query, cancelled=lambda: True)
    # the connection counts normally afterwards
    assert team_ws.records.count(everything) == many
