"""Record lists: rows shown with names and local dates, search as you type (any script), filters,
sorting in the interface language's alphabet, lazy fetching, and a sound table model."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest

from csc_desktop.domain.fields import Kind
from csc_desktop.ui.lists import model as list_model
from csc_desktop.ui.lists.page import RecordListPage

from .conftest import training


def titles(page: RecordListPage) -> list[str]:
    model = page.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def column_of(page: RecordListPage, name: str) -> int:
    return [c.name for c in page.columns].index(name)


def loaded(qtbot: Any, page: RecordListPage) -> None:
    qtbot.waitUntil(lambda: not page.model.is_loading() and page.model.rowCount() >= 0)


def type_text(widget: Any, text: str) -> None:
    """Type like a person, one key at a time (non-ASCII safe: see STACK.md)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


@pytest.fixture
def page(qtbot: Any, opened: Any) -> RecordListPage:
    ws = opened.ws
    ws.records.create(
        Kind.TRAINING, training("Obuka o finansijskim istragama", "Београд", "2025-03-03")
    )
    ws.records.create(
        Kind.TRAINING, training("Čuvanje digitalnih dokaza", "Novi Sad", "2025-05-10")
    )
    ws.records.create(Kind.TRAINING, training("Cyber-kriminal i dokazi", "Niš", "2024-11-20"))
    ws.records.create(
        Kind.TRAINING, training("Ljudska trgovina: istrage", "Đakovica", "2025-01-15")
    )
    widget = RecordListPage(opened, Kind.TRAINING)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 4 and widget.model.matching == 4)
    return widget


def test_a_list_shows_records_with_local_dates_and_names(page: RecordListPage) -> None:
    assert titles(page)[0] == "Čuvanje digitalnih dokaza"  # newest first by default
    row = titles(page).index("Obuka o finansijskim istragama")
    start = page.model.index(row, column_of(page, "start_date")).data()
    status = page.model.index(row, column_of(page, "status")).data()
    assert start == "3. 3. 2025."  # Serbian Latin date
    assert status == "Planirano"  # the reference name in the interface language
    assert page.count.text() == "Records: 4"
    assert "country" not in [c.name for c in page.columns]  # a team sees its own country only


def settled(qtbot: Any, page: RecordListPage) -> None:
    """The search pause is over and every answer (rows, then counts) has arrived."""
    qtbot.waitUntil(
        lambda: (
            not page.filters._search_timer.isActive()
            and not page.model.count_due()
            and page.model.query.search == page.filters.search.text()
            and page.ctx.runner.idle()
        ),
        timeout=10_000,
    )


def test_search_as_you_type_finds_cyrillic_from_latin(qtbot, page: RecordListPage) -> None:
    page.focus_search()
    qtbot.keyClicks(page.filters.search, "beograd")
    settled(qtbot, page)
    assert titles(page) == ["Obuka o finansijskim istragama"]
    assert page.count.text() == "Shown: 1 of 4"

    page.filters.search.clear()
    type_text(page.filters.search, "Ђаковица")  # Cyrillic typed, Latin stored
    settled(qtbot, page)
    assert titles(page) == ["Ljudska trgovina: istrage"]

    page.filters.search.clear()
    qtbot.keyClicks(page.filters.search, "nothing like this")
    settled(qtbot, page)
    assert titles(page) == []
    assert page.empty_hint.isVisible()
    assert page.empty_hint.text() == "Nothing matches these filters."


def test_filters_by_status_and_period(qtbot, opened, page: RecordListPage) -> None:
    held = page.model.record_id(titles(page).index("Cyber-kriminal i dokazi"))
    opened.ws.records.change_status(held, "mark_held")
    qtbot.waitUntil(lambda: not page.model.is_loading())
    status = page.filters.status
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        status.setCurrentIndex(status.findData("held"))
        status.activated.emit(status.currentIndex())
    assert titles(page) == ["Cyber-kriminal i dokazi"]
    page.filters.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        page.filters.date_from.set_text("1. 1. 2025.")
        page.filters.date_from.line.editingFinished.emit()
    assert sorted(titles(page)) == [
        "Ljudska trgovina: istrage",
        "Obuka o finansijskim istragama",
        "Čuvanje digitalnih dokaza",
    ]


def test_sorting_follows_the_alphabet_and_is_remembered(
    qtbot, opened, page: RecordListPage
) -> None:
    header = page.table.horizontalHeader()
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        header.setSortIndicator(column_of(page, "title"), Qt.SortOrder.AscendingOrder)
    # Serbian Latin: C < Č, L < Lj
    assert titles(page) == [
        "Cyber-kriminal i dokazi",
        "Čuvanje digitalnih dokaza",
        "Ljudska trgovina: istrage",
        "Obuka o finansijskim istragama",
    ]
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        header.setSortIndicator(column_of(page, "venue"), Qt.SortOrder.DescendingOrder)
    assert titles(page)[0] == "Obuka o finansijskim istragama"  # Cyrillic Београд after Latin
    page.table.setColumnWidth(column_of(page, "venue"), 260)
    page._save_layout()
    qtbot.waitUntil(opened.runner.idle)
    stored = opened.ws.get_setting("ui.list.training")
    assert stored["sort"] == {"column": "venue", "descending": True}
    assert stored["widths"]["venue"] == 260

    again = RecordListPage(opened, Kind.TRAINING)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.model.rowCount() == 4, timeout=10_000)
    assert titles(again) == titles(page)
    assert again.table.columnWidth(column_of(again, "venue")) == 260
    assert again.table.horizontalHeader().sortIndicatorSection() == column_of(again, "venue")


def test_the_list_follows_changes(qtbot, opened, page: RecordListPage) -> None:
    with qtbot.waitSignals([page.model.loaded, page.model.counts_changed], timeout=10_000):
        opened.ws.records.create(Kind.TRAINING, training("Nova obuka", "Subotica", "2026-01-05"))
    assert titles(page)[0] == "Nova obuka"
    assert page.count.text() == "Records: 5"


def test_opening_a_record_uses_the_editors_entry_point(qtbot, opened, page: RecordListPage) -> None:
    from PySide6.QtWidgets import QApplication

    pytest.importorskip("csc_desktop.ui.editors")
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    before = set(QApplication.topLevelWidgets())
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    editors = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    qtbot.waitUntil(lambda: getattr(editor, "record_id", None) == page.model.record_id(0))
    qtbot.waitUntil(opened.runner.idle)
    editor.close()


def every_row(qtbot: Any, model: list_model.RecordListModel) -> list[str]:
    """Ask for every row as a view scrolling through would, and wait until all are read."""
    for row in range(model.rowCount()):
        model.index(row, 0).data()
    qtbot.waitUntil(
        lambda: all(model.is_read(row) for row in range(model.rowCount())), timeout=10_000
    )
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_rows_arrive_a_page_at_a_time_until_counted(qtbot, opened, monkeypatch) -> None:
    monkeypatch.setattr(list_model, "FIRST_PAGE", 3)
    monkeypatch.setattr(list_model, "COUNT_AFTER_MS", 60_000)  # the typing pause never ends
    for n in range(8):
        opened.ws.records.create(
            Kind.TRAINING, training(f"Obuka {n}", start=f"2025-02-{n + 1:02d}")
        )
    widget = RecordListPage(opened, Kind.TRAINING)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.model.matching == 8, timeout=10_000)
    with qtbot.waitSignal(widget.model.loaded, timeout=10_000):
        widget.filters.set_search_now("obuka")
    assert widget.model.rowCount() == 3
    assert widget.model.canFetchMore()
    widget.model.fetchMore()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 6, timeout=10_000)
    widget.model.fetchMore()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 8, timeout=10_000)
    assert not widget.model.canFetchMore()
    assert sorted(titles(widget)) == [f"Obuka {n}" for n in range(8)]


def test_a_search_is_counted_once_the_typing_pauses(qtbot, opened, monkeypatch) -> None:
    monkeypatch.setattr(list_model, "FIRST_PAGE", 2)
    monkeypatch.setattr(list_model, "COUNT_AFTER_MS", 1_500)
    for title in ("Obuka 1", "Obuka 2", "Obuka 3", "Obuka 4", "Obuka 5", "Radionica"):
        opened.ws.records.create(Kind.TRAINING, training(title))
    widget = RecordListPage(opened, Kind.TRAINING)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.model.matching == 6, timeout=10_000)
    counted: list[str] = []
    count = opened.ws.records.count
    monkeypatch.setattr(
        opened.ws.records,
        "count",
        lambda query, **kw: counted.append(query.search) or count(query, **kw),
    )
    with qtbot.waitSignal(widget.model.loaded, timeout=10_000):
        widget.filters.set_search_now("obuk")
    for _ in range(6):  # still typing: the count keeps waiting
        widget.model.typing()
        qtbot.wait(300)
        assert counted == []
    with qtbot.waitSignal(widget.model.counts_changed, timeout=10_000):
        pass
    assert counted == ["obuk"]
    assert widget.count.text() == "Shown: 5 of 6"


def test_once_counted_rows_are_read_where_the_view_shows_them(qtbot, opened, monkeypatch) -> None:
    monkeypatch.setattr(list_model, "FIRST_PAGE", 2)
    monkeypatch.setattr(list_model, "BLOCK", 2)
    venues = ("Niš", "Beograd", "Niš", "Novi Sad", "Beograd", "Niš", "Subotica", "Niš", "Bor")
    for n, venue in enumerate(venues):  # shared dates and venues: ties in every order
        opened.ws.records.create(
            Kind.TRAINING, training(f"Obuka {n}", venue, start=f"2025-02-{n % 3 + 1:02d}")
        )
    widget = RecordListPage(opened, Kind.TRAINING)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    model = widget.model
    qtbot.waitUntil(lambda: model.rowCount() == 9 and model.matching == 9, timeout=10_000)
    assert not model.canFetchMore()
    assert [model.is_read(row) for row in (0, 1, 8)] == [True, True, False]

    widget.table.scrollToBottom()  # Ctrl+End: the last rows are read from the end
    qtbot.waitUntil(lambda: model.is_read(8), timeout=10_000)
    for order_by, descending in ((None, True), ("venue", False), ("venue", True)):
        query = replace(model.query, order_by=order_by, descending=descending)
        with qtbot.waitSignal(model.counts_changed, timeout=10_000):
            model.set_query(query)
        expected = [r["title"] for r in opened.ws.records.rows(query, columns=("title",))]
        assert every_row(qtbot, model) == expected


def test_a_change_leaves_the_list_where_it_was_scrolled_to(qtbot, opened, monkeypatch) -> None:
    monkeypatch.setattr(list_model, "FIRST_PAGE", 2)
    monkeypatch.setattr(list_model, "BLOCK", 2)
    for n in range(40):
        opened.ws.records.create(
            Kind.TRAINING, training(f"Obuka {n:02d}", start=f"2025-02-{n % 28 + 1:02d}")
        )
    widget = RecordListPage(opened, Kind.TRAINING)
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.show()
    model, table = widget.model, widget.table
    qtbot.waitUntil(lambda: model.rowCount() == 40 and model.matching == 40, timeout=10_000)
    table.scrollToBottom()
    qtbot.waitUntil(lambda: model.is_read(39), timeout=10_000)
    top = table.rowAt(0)
    assert top > 20

    with qtbot.waitSignal(model.counts_changed, timeout=10_000):
        opened.ws.records.create(Kind.TRAINING, training("Nova obuka", start="2026-01-05"))
    assert model.rowCount() == 41
    assert abs(table.rowAt(0) - top) <= 1  # the row in view kept whole at most
    table.scrollToBottom()
    qtbot.waitUntil(lambda: model.is_read(40), timeout=10_000)
    assert model.index(40, 0).data() == titles_in_order(opened, model)[40]


def titles_in_order(opened: Any, model: list_model.RecordListModel) -> list[str]:
    return [r["title"] for r in opened.ws.records.rows(model.query, columns=("title",))]


def test_the_list_model_passes_the_model_tester(
    qtbot, qt_messages, opened, page: RecordListPage, monkeypatch
) -> None:
    monkeypatch.setattr(list_model, "FIRST_PAGE", 2)
    model = page.model
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    model.refresh()
    qtbot.waitUntil(lambda: not model.is_loading(), timeout=10_000)
    model.fetchMore()
    qtbot.waitUntil(lambda: not model.is_loading(), timeout=10_000)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: not model.is_loading(), timeout=10_000)
    page.filters.set_search_now("digitalnih")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
    page.filters.set_search_now("")
    qtbot.waitUntil(lambda: model.rowCount() >= 2 and not model.is_loading(), timeout=10_000)
    model.set_language("en")
    qtbot.waitUntil(lambda: not model.is_loading(), timeout=10_000)
    assert [m for m in qt_messages if "FAIL" in m] == []
    del tester
