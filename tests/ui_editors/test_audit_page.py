"""The Audit log page: filters, lazy pages, and the hash-chain check with its verdict."""

from __future__ import annotations

from datetime import date

from sqlalchemy import update

from csc_desktop.store.schema import audit_log
from csc_desktop.ui.audit import AuditPage
from csc_desktop.ui.audit.model import AuditModel
from csc_desktop.ui.widgets.banner import Level

TRAINING = {"title": "Обука", "start_date": "2026-03-10", "end_date": "2026-03-10", "venue": "Ниш"}


def page_for(qtbot, ctx) -> AuditPage:  # type: ignore[no-untyped-def]
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.model.fetching)
    return page


def actions(model: AuditModel) -> list[str]:
    return [e["action"] for e in model.entries]


def test_filters_by_action_record_and_person(qtbot, ctx, ws):  # type: ignore[no-untyped-def]
    first = ws.records.create("training", TRAINING)
    second = ws.records.create("training", {**TRAINING, "title": "Друга"})
    ws.records.get(first["id"])  # a consultation
    page = page_for(qtbot, ctx)
    assert actions(page.model)[:3] == ["consult", "create", "create"]

    page.filters.action.setCurrentIndex(page.filters.action.findData("consult"))
    page.filters.action.activated.emit(page.filters.action.currentIndex())
    qtbot.waitUntil(lambda: actions(page.model) == ["consult"])
    assert page.model.data(page.model.index(0, 3)) == "Opened"

    page.filters.clear()
    page.filters.set_record(second["id"])
    qtbot.waitUntil(lambda: [e["record_id"] for e in page.model.entries] == [second["id"]])

    page.filters.clear()
    qtbot.waitUntil(lambda: page.filters.person.count() == 2)  # everyone, Ana
    page.filters.person.setCurrentIndex(1)
    page.filters.person.activated.emit(1)
    qtbot.waitUntil(lambda: not page.model.fetching and page.model.rowCount() >= 3)
    assert {e["person"] for e in page.model.entries} == {"Ana"}


def test_a_date_range_in_the_future_shows_nothing(qtbot, ctx, ws):  # type: ignore[no-untyped-def]
    ws.records.create("training", TRAINING)
    page = page_for(qtbot, ctx)
    page.filters.date_from.set_date(date(date.today().year + 1, 1, 1))
    page.filters.date_from.edited.emit()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and not page.model.fetching)
    assert page.count_label.text() == "0 entries."


def test_the_chain_check_says_intact_then_shows_where_it_was_tampered_with(qtbot, ctx, ws):  # type: ignore[no-untyped-def]
    ws.records.create("training", TRAINING)
    page = page_for(qtbot, ctx)
    page.verify_button.click()
    qtbot.waitUntil(lambda: page.banner.level == Level.OK)
    assert "intact" in page.banner.text()

    with ws.engine.begin() as conn:  # someone edits the log behind the application's back
        conn.execute(update(audit_log).where(audit_log.c.seq == 2).values(person="Mallory"))
    page.verify_button.click()
    qtbot.waitUntil(lambda: page.banner.level == Level.ERROR)
    assert "damaged at entry 2" in page.banner.text()


def test_long_logs_load_page_by_page(qtbot, ctx, ws):  # type: ignore[no-untyped-def]
    from csc_desktop.ui.audit import model as audit_model

    record = ws.records.create("training", TRAINING)
    for _ in range(audit_model.PAGE_SIZE + 5):
        ws.records.get(record["id"])
    page = page_for(qtbot, ctx)
    assert page.model.rowCount() == audit_model.PAGE_SIZE
    assert page.model.canFetchMore()
    assert "more load as you scroll" in page.count_label.text()
    page.view.scrollToBottom()
    page.model.fetchMore()
    qtbot.waitUntil(lambda: page.model.rowCount() > audit_model.PAGE_SIZE)
    assert not page.model.canFetchMore()
