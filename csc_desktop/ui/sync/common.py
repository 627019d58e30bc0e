"""What the sync pages share: running a sync call with progress and Cancel, trusting a card
after its fingerprint is confirmed, and counts and results in words."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from csc_desktop.services.sync import DeviceInfo, ImportResult, SyncCancelled
from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.common.worker import Cancelled, Progress
from csc_desktop.ui.shell.feedback import run_with_progress, show_error

BUNDLE_FILTER = "CSC bundles (*.cscb);;All files (*)"
CARD_FILTER = "CSC cards (*.card);;All files (*)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncPages", text)


def _kind_names() -> dict[str, str]:
    return {
        "pre-investigation": _tr("Pre-investigations"),
        "taf-request": _tr("TAF requests"),
        "training": _tr("Trainings"),
        "participant": _tr("Participants"),
        "attachment": _tr("Attachments"),
        "reference_item": _tr("Reference items"),
        "audit_entry": _tr("Audit entries"),
        "device": _tr("Revocations"),
        "acknowledged": _tr("Bundles acknowledged"),
        "acknowledgements": _tr("Acknowledgements"),
        "conflicts": _tr("Conflicts to resolve"),
        "parked": _tr("Changes waiting for their records"),
        "unchanged": _tr("Changes already known"),
        "unknown_records": _tr("Changes for records not here"),
    }


def kind_name(key: str) -> str:
    return _kind_names().get(key, key)


def counts_in_words(counts: Mapping[str, int]) -> str:
    parts = [f"{kind_name(key)}: {n:,}" for key, n in counts.items() if n]
    return ", ".join(parts) or _tr("nothing")


def when(stamp: str | None) -> str:
    """A stored timestamp as the person reads it: date and minutes, no zone letters."""
    if not stamp:
        return _tr("never")
    return stamp.replace("T", " ")[:16]


def big_fingerprint_font(widget: QWidget) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(widget.font().pointSizeF() * 1.8)
    font.setBold(True)
    return font


def title_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


def make_table(parent: QWidget, stretch_column: int) -> QTableWidget:
    table = QTableWidget(parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)
    table.setProperty("stretch_column", stretch_column)
    return table


def fill_table(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
    stretch = int(table.property("stretch_column") or 0)
    if 0 <= stretch < len(headers):
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def run_sync(
    ctx: AppContext,
    parent: QWidget,
    title: str,
    call: Callable[[Callable[[int, int, str], None]], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException, str], None] | None = None,
) -> Progress:
    """Run a sync call on the one runner with a progress dialog and Cancel. The service's
    progress(done, total, what) feeds the dialog; Cancel stops it with SyncCancelled, so the
    step under way is rolled back whole."""

    def task(progress: Progress) -> Any:
        def report(done: int, total: int, what: str) -> None:
            try:
                progress.report(done / total if total else 0.0, what)
            except Cancelled as stop:
                raise SyncCancelled() from stop

        try:
            return call(report)
        except SyncCancelled as stop:
            raise Cancelled() from stop

    return run_with_progress(ctx, parent, title, task, on_done=on_done, on_error=on_error)


def import_details(result: ImportResult) -> str:
    """What a bundle brought, or why it was refused (with the check that failed)."""
    if result.status == "applied":
        text = counts_in_words(result.counts)
    elif result.status == "already_imported":
        text = _tr("nothing changed")
    else:
        check = _tr("check “{check}”: ").format(check=result.check) if result.check else ""
        text = check + result.message
    if result.missing:
        text += " — " + _tr("bundles still missing: {numbers}").format(
            numbers=", ".join(str(n) for n in result.missing)
        )
    return text


def import_status(result: ImportResult) -> str:
    return {
        "applied": _tr("Applied"),
        "already_imported": _tr("Already imported"),
        "refused": _tr("Refused"),
    }[result.status]


def import_outcome(result: ImportResult) -> str:
    """One bundle's result in words: applied (what), already imported, or refused (why)."""
    return f"{import_status(result)}: {import_details(result)}"


def trust_card(
    ctx: AppContext,
    parent: QWidget,
    *,
    show_fingerprint: Callable[[str], None],
    on_done: Callable[[DeviceInfo], None],
) -> None:
    """Choose a card file, show its fingerprint in big groups, ask the person to confirm it is
    the one read out over the phone, then trust it (at HQ: enrol the team device)."""
    path = ctx.dialogs.open_file(parent, _tr("Choose the card to trust"), CARD_FILTER)
    if path is None:
        return
    ws = ctx.ws
    title = _tr("Trust a card")

    def read(_progress: Progress) -> tuple[bytes, Any, str]:
        from csc_desktop.sync import fingerprint

        data = Path(path).read_bytes()
        card = ws.sync.read_card(data)
        return data, card, fingerprint(card)

    def confirm(read_back: tuple[bytes, Any, str]) -> None:
        data, card, print_ = read_back
        show_fingerprint(print_)
        who = card.person_name + (f" ({card.country})" if card.country else "")
        question = _tr(
            "Card of {who}.\n\nFingerprint:\n\n{fingerprint}\n\nTrust this card only if the "
            "other side read out exactly these groups to you over the phone. Did they?"
        ).format(who=who, fingerprint=print_)
        if not ctx.dialogs.confirm(parent, title, question):
            show_fingerprint("")
            return
        from csc_desktop.services.sync.devices import CONFIRMED_BY_COMPARING

        def enrol(_progress: Progress) -> DeviceInfo:
            return ws.sync.enrol(data, print_, CONFIRMED_BY_COMPARING)

        ctx.runner.run(
            enrol,
            on_done=on_done,
            on_error=lambda exc, trace: show_error(ctx, parent, title, exc, trace),
            receiver=parent,
        )

    ctx.runner.run(
        read,
        on_done=confirm,
        on_error=lambda exc, trace: show_error(ctx, parent, title, exc, trace),
        receiver=parent,
    )


def save_own_card(ctx: AppContext, parent: QWidget) -> None:
    ident = ctx.ws.identity
    suggested = f"{ident.country or 'HQ'}-{ident.device_id[:8]}.card"
    path = ctx.dialogs.save_file(parent, _tr("Save my card"), suggested, CARD_FILTER)
    if path is None:
        return
    ws = ctx.ws
    title = _tr("Save my card")

    def write(_progress: Progress) -> str:
        ws.sync.write_card(path)
        return ws.sync.fingerprint()

    def written(print_: str) -> None:
        ctx.dialogs.info(
            parent,
            title,
            _tr(
                "Your card was saved to {path}.\n\nWhen you give it to the other side, read "
                "them this fingerprint over the phone:\n\n{fingerprint}"
            ).format(path=path, fingerprint=print_),
        )

    ctx.runner.run(
        write,
        on_done=written,
        on_error=lambda exc, trace: show_error(ctx, parent, title, exc, trace),
        receiver=parent,
    )


def align_center(label: QLabel) -> None:
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
