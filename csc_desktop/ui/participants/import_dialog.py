"""Importing participants from a CSV or XLSX file: pick the file, check the preview and the
column mapping, then import. Nothing is saved until the person presses Import, and then all
rows or none."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csc_desktop.errors import CscError, ValidationError
from csc_desktop.participants_io import (
    ParticipantFileError,
    ParticipantSheet,
    guess_mapping,
    read_participants,
)
from csc_desktop.services.participants import (
    ImportResult,
    import_participants,
    preview_participants,
    training_days,
)
from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.common.worker import Progress
from csc_desktop.ui.participants.import_model import ImportPreviewModel
from csc_desktop.ui.participants.mapping_panel import MappingPanel
from csc_desktop.ui.widgets.banner import Banner, Level
from csc_desktop.ui.widgets.language import ui_language


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


@dataclass(frozen=True)
class Preview:
    sheet: ParticipantSheet | None
    headers: list[str]
    problem: str = ""  # why the file as a whole cannot be imported as mapped


def _preview(
    ws: Any,
    training_id: str,
    data: bytes,
    filename: str,
    days: int,
    mapping: dict[int, str | None] | None,
) -> Preview:
    try:
        sheet = preview_participants(ws, training_id, data, filename, mapping)
    except ValidationError as exc:
        problem = " ".join(exc.errors.values())
        try:  # the reader alone tells which headings it saw, so the person can map them
            read_participants(data, filename, days=days, mapping=mapping)
        except ParticipantFileError as file_error:
            return Preview(None, file_error.headers or [], problem)
        except ValueError:
            pass
        return Preview(None, [], problem)
    return Preview(sheet, sheet.headers)


def start_import(
    ctx: AppContext, parent: QWidget, training_id: str, on_imported: Callable[[], None]
) -> None:
    path = ctx.dialogs.open_file(
        parent,
        _tr("Import participants"),
        _tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"),
    )
    if path is None:
        return
    ws = ctx.ws
    # reading a long workbook takes a moment before the preview can open
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def task(_progress: Progress) -> tuple[bytes, int, Preview]:
        data = Path(path).read_bytes()
        days = training_days(ws.records.get(training_id, consult=False))
        return data, days, _preview(ws, training_id, data, Path(path).name, days, None)

    def done(result: tuple[bytes, int, Preview]) -> None:
        QApplication.restoreOverrideCursor()
        if not shiboken6.isValid(parent):
            return  # the editor was closed meanwhile
        data, days, preview = result
        dialog = ImportDialog(ctx, parent, training_id, Path(path).name, data, days, preview)
        dialog.imported.connect(lambda _count: on_imported())
        dialog.open()

    def failed(error: BaseException, trace: str) -> None:
        QApplication.restoreOverrideCursor()
        if not shiboken6.isValid(parent):
            return
        text = str(error) if isinstance(error, CscError | OSError) else _tr("Something went wrong.")
        ctx.dialogs.error(
            parent, _tr("Import participants"), text, "" if isinstance(error, CscError) else trace
        )

    # no receiver: the cursor must come back even if the editor is closed meanwhile
    ctx.runner.run(task, on_done=done, on_error=failed)


class ImportDialog(QDialog):
    imported = Signal(int)  # how many participants were added

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget,
        training_id: str,
        filename: str,
        data: bytes,
        days: int,
        preview: Preview,
    ):
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.training_id = training_id
        self.filename = filename
        self.data = data
        self.days = days
        self.preview = preview
        self.busy = False
        self.banner = Banner(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.mapping = MappingPanel(self)
        self.mapping.mapping_changed.connect(self.remap)
        self.mapping_box = mapping_box = QGroupBox(self)
        scroll = QScrollArea(mapping_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.mapping)
        scroll.setMaximumHeight(150)
        box_layout = QVBoxLayout(mapping_box)
        box_layout.addWidget(scroll)
        self.model = ImportPreviewModel(ctx.ws.reference, ui_language(ctx), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary)
        layout.addWidget(mapping_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(960, 600)
        headers_mapping = (
            preview.sheet.mapping if preview.sheet else guess_mapping(preview.headers, days)
        )
        self.mapping.set_columns(preview.headers, headers_mapping, days)
        self._show(preview)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(_tr("Import participants from “{file}”").format(file=self.filename))
        self.mapping_box.setTitle(_tr("What each column holds"))
        self.import_button.setText(_tr("&Import"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- preview ---------------------------------------------------------------------------------

    def remap(self, mapping: dict[int, str | None]) -> None:
        ws = self.ctx.ws
        training_id, data, filename, days = self.training_id, self.data, self.filename, self.days

        def task(_progress: Progress) -> Preview:
            return _preview(ws, training_id, data, filename, days, mapping)

        self._set_busy(True)
        self.ctx.runner.run(task, on_done=self._previewed, on_error=self._failed, receiver=self)

    def _previewed(self, preview: Preview) -> None:
        self._set_busy(False)
        self._show(preview)

    def _show(self, preview: Preview) -> None:
        self.preview = preview
        self.model.set_sheet(preview.sheet, self.days)
        self.table.resizeColumnsToContents()
        self._update()

    def _update(self) -> None:
        sheet = self.preview.sheet
        rows = len(sheet.rows) if sheet else 0
        errors = self.model.error_count()
        tr = QCoreApplication.translate
        read = tr("ImportDialog", "{count} rows read from “{file}”", "", rows)
        wrong = tr("ImportDialog", "{count} with errors", "", errors)
        self.summary.setText(
            _tr("{rows}; {errors}.").format(
                rows=read.format(count=rows, file=self.filename), errors=wrong.format(count=errors)
            )
        )
        if self.preview.problem:
            self.banner.show_message(self.preview.problem, Level.ERROR)
        elif errors:
            self.banner.show_message(
                _tr(
                    "Rows with errors are marked in red; point at one to read why. Correct the "
                    "file or the column choices: nothing is imported while any row is wrong."
                ),
                Level.ERROR,
            )
        else:
            self.banner.show_message(
                _tr("Every row can be imported. Nothing is saved until you press Import."),
                Level.OK,
            )
        self.import_button.setEnabled(self.can_import())

    def can_import(self) -> bool:
        sheet = self.preview.sheet
        return (
            not self.busy
            and sheet is not None
            and bool(sheet.rows)
            and not self.preview.problem
            and self.model.error_count() == 0
        )

    # -- import ----------------------------------------------------------------------------------

    def run_import(self) -> None:
        if not self.can_import():
            return
        ws = self.ctx.ws
        training_id, data, filename = self.training_id, self.data, self.filename
        mapping = self.mapping.mapping()

        def task(_progress: Progress) -> ImportResult:
            return import_participants(ws, training_id, data, filename, mapping=mapping)

        def done(result: ImportResult) -> None:
            self._set_busy(False)
            self.imported.emit(result.count)
            self.accept()

        self._set_busy(True)
        self.ctx.runner.run(task, on_done=done, on_error=self._failed, receiver=self)

    def _failed(self, error: BaseException, trace: str) -> None:
        self._set_busy(False)
        if isinstance(error, ValidationError):
            by_row: dict[int, str] = {}
            others = []
            for key, message in error.errors.items():
                number = key.removeprefix("row ")
                if key.startswith("row ") and number.isdigit():
                    by_row[int(number)] = _tr("Row {row}: {problem}").format(
                        row=number, problem=message
                    )
                else:
                    others.append(message)
            self.model.set_save_errors(by_row)
            self._update()
            if others:
                self.banner.show_message(" ".join(others), Level.ERROR)
            return
        text = str(error) if isinstance(error, CscError) else _tr("Something went wrong.")
        self.ctx.dialogs.error(self, _tr("Import participants"), text, trace)
        self._update()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.mapping.setEnabled(not busy)
        self.import_button.setEnabled(self.can_import())
