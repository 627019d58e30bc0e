"""Filling the record pickers (the TAF request a training came from, the activity a TAF request
produced) with the titles of existing records, in the background."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from csc_desktop.domain.fields import DATE_FIELD, Kind
from csc_desktop.services.records import ListQuery
from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.common.worker import Progress
from csc_desktop.ui.editors.field_inputs import RecordInput
from csc_desktop.ui.editors.form import RecordForm
from csc_desktop.ui.editors.labels import kind_label
from csc_desktop.ui.widgets.language import ui_language
from csc_desktop.ui.widgets.locale_formats import format_date_input

# field name -> the kinds of record it may name
LINK_TARGETS: dict[str, tuple[Kind, ...]] = {
    "linked_record": (Kind.TRAINING, Kind.PRE_INVESTIGATION),
    "linked_taf_request": (Kind.TAF_REQUEST,),
}
MAX_CANDIDATES = 500


def load_candidates(ctx: AppContext, form: RecordForm, receiver: QObject) -> None:
    pickers = {
        name: row.input
        for name, row in form.rows.items()
        if isinstance(row.input, RecordInput) and name in LINK_TARGETS
    }
    if not pickers:
        return
    ws = ctx.ws
    language = ui_language(ctx)

    def task(_progress: Progress) -> dict[str, list[tuple[Kind, dict[str, Any]]]]:
        found: dict[str, list[tuple[Kind, dict[str, Any]]]] = {}
        for name in pickers:
            rows: list[tuple[Kind, dict[str, Any]]] = []
            for kind in LINK_TARGETS[name]:
                columns = ("id", "title", DATE_FIELD[kind])
                query = ListQuery(kind=kind)
                rows += [
                    (kind, r) for r in ws.records.rows(query, limit=MAX_CANDIDATES, columns=columns)
                ]
            found[name] = rows
        return found

    def done(found: dict[str, list[tuple[Kind, dict[str, Any]]]]) -> None:
        from datetime import date

        for name, rows in found.items():
            several_kinds = len(LINK_TARGETS[name]) > 1
            candidates = []
            for kind, row in rows:
                day = row.get(DATE_FIELD[kind])
                when = format_date_input(date.fromisoformat(day), language) if day else ""
                label = " · ".join(
                    part
                    for part in (kind_label(kind) if several_kinds else "", row["title"], when)
                    if part
                )
                candidates.append((row["id"], label))
            pickers[name].picker.set_candidates(candidates)

    ctx.runner.run(task, on_done=done, on_error=lambda _e, _t: None, receiver=receiver)
