"""The Attachments tab of an editor: list, add (file dialog or drop), open a copy, export,
remove. The files stay inside the encrypted store; opening or exporting one takes a readable
copy out, so the person is told where it goes."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csc_desktop.errors import CscError
from csc_desktop.services.attachments import KINDS
from csc_desktop.ui.attachments import opened_copies
from csc_desktop.ui.attachments.labels import kind_label
from csc_desktop.ui.attachments.model import AttachmentsModel
from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.common.worker import Progress
from csc_desktop.ui.widgets.language import ui_language
from csc_desktop.ui.widgets.notes import HintNote

# buses already told to delete opened copies on lock (one connection each, not one per panel)
_cleanup_buses: weakref.WeakSet[QObject] = weakref.WeakSet()
_quit_connected = False


def _open_with_system(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttachmentsPanel", text)


class AttachmentsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.record_id: str | None = None
        # a seam: tests record the path instead of launching a viewer
        self.open_externally: Callable[[Path], None] = _open_with_system
        self.model = AttachmentsModel(ui_language(ctx), self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        self.kind_label = QLabel(self)
        self.kind_combo = QComboBox(self)
        self.kind_label.setBuddy(self.kind_combo)
        self.add_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.note = HintNote("", self)
        top = QHBoxLayout()
        top.addWidget(self.kind_label)
        top.addWidget(self.kind_combo)
        top.addWidget(self.add_button)
        top.addStretch(1)
        for button in (self.open_button, self.export_button, self.remove_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.export_button.clicked.connect(self.export_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self._connect_cleanup()
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.kind_label.setText(_tr("Add &as:"))
        current = self.kind_combo.currentData()
        self.kind_combo.clear()
        for kind in KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        index = self.kind_combo.findData(current or "other")
        self.kind_combo.setCurrentIndex(max(index, 0))
        self.add_button.setText(_tr("Add &files…"))
        self.open_button.setText(_tr("&Open a copy"))
        self.export_button.setText(_tr("&Export…"))
        self.remove_button.setText(_tr("Re&move"))
        self._update_note()

    # -- the record ------------------------------------------------------------------------------

    def set_record(self, record_id: str | None) -> None:
        self.record_id = record_id
        self._update_note()
        self._update_buttons()
        if record_id:
            self.refresh()
        else:
            self.model.set_rows([])

    def refresh(self) -> None:
        record_id = self.record_id
        if not record_id:
            return
        ws = self.ctx.ws
        self._run(lambda _p: ws.attachments.of_record(record_id), self.model.set_rows)

    def selected(self) -> dict[str, Any] | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.attachment(rows[0].row()) if rows else None

    # -- actions ---------------------------------------------------------------------------------

    def choose_files(self) -> None:
        paths = self.ctx.dialogs.open_files(self, _tr("Add files"), _tr("All files (*)"))
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[Path]) -> None:
        record_id = self.record_id
        if not record_id or not paths:
            return
        kind = str(self.kind_combo.currentData() or "other")
        ws = self.ctx.ws

        def task(_progress: Progress) -> list[dict[str, Any]]:
            for path in paths:
                ws.attachments.add(record_id, path.name, path.read_bytes(), kind)
            return ws.attachments.of_record(record_id)

        self._run(task, self.model.set_rows)

    def open_selected(self) -> None:
        attachment = self.selected()
        if attachment is None:
            return
        question = _tr(
            "Opening “{name}” puts a readable copy outside the encrypted store, in a temporary "
            "folder of this computer. Anyone using this computer account can read it until the "
            "application locks or quits, when the copy is deleted. Open a copy?"
        ).format(name=attachment["filename"])
        if not self.ctx.dialogs.confirm(self, _tr("Open a copy"), question):
            return
        ws = self.ctx.ws

        def task(_progress: Progress) -> Path:
            name, content = ws.attachments.content(attachment["id"])
            return opened_copies.write_copy(name, content)

        def done(path: Path) -> None:
            self.ctx.dialogs.info(
                self,
                _tr("Open a copy"),
                _tr(
                    "The copy is in {path}. It is deleted when the application locks or quits."
                ).format(path=str(path)),
            )
            self.open_externally(path)

        self._run(task, done)

    def export_selected(self) -> None:
        attachment = self.selected()
        if attachment is None:
            return
        target = self.ctx.dialogs.save_file(
            self, _tr("Export attachment"), attachment["filename"], _tr("All files (*)")
        )
        if target is None:
            return
        ws = self.ctx.ws

        def task(_progress: Progress) -> Path:
            _name, content = ws.attachments.content(
                attachment["id"], recipient=f"exported to {target}"
            )
            partial = target.with_name(target.name + ".part")
            partial.write_bytes(content)
            partial.replace(target)
            return target

        def done(path: Path) -> None:
            self.ctx.dialogs.info(
                self,
                _tr("Export attachment"),
                _tr("Saved to {path}. This copy is not encrypted.").format(path=str(path)),
            )

        self._run(task, done)

    def remove_selected(self) -> None:
        attachment = self.selected()
        record_id = self.record_id
        if attachment is None or not record_id:
            return
        question = _tr(
            "Remove “{name}” from this record? The file is deleted from the encrypted store."
        ).format(name=attachment["filename"])
        if not self.ctx.dialogs.confirm(self, _tr("Remove attachment"), question):
            return
        ws = self.ctx.ws

        def task(_progress: Progress) -> list[dict[str, Any]]:
            ws.attachments.remove(attachment["id"])
            return ws.attachments.of_record(record_id)

        self._run(task, self.model.set_rows)

    # -- internals -------------------------------------------------------------------------------

    def _run(self, task: Callable[[Progress], Any], done: Callable[[Any], None]) -> None:
        self.ctx.runner.run(task, on_done=done, on_error=self._failed, receiver=self)

    def _failed(self, error: BaseException, trace: str) -> None:
        title = _tr("Attachments")
        if isinstance(error, CscError):
            self.ctx.dialogs.error(self, title, str(error))
        elif isinstance(error, OSError):
            message = _tr("The file could not be read or written: {reason}")
            self.ctx.dialogs.error(self, title, message.format(reason=error.strerror or error))
        else:
            self.ctx.dialogs.error(self, title, _tr("Something went wrong."), trace)
        self.refresh()

    def _update_buttons(self) -> None:
        saved = self.record_id is not None
        chosen = saved and self.selected() is not None
        self.add_button.setEnabled(saved)
        self.kind_combo.setEnabled(saved)
        for button in (self.open_button, self.export_button, self.remove_button):
            button.setEnabled(chosen)

    def _update_note(self) -> None:
        if self.record_id:
            self.note.set_hint(_tr("You can also drop files onto this window to add them."))
        else:
            self.note.set_hint(_tr("Save the record first; then you can add files to it."))

    def _connect_cleanup(self) -> None:
        global _quit_connected
        if self.ctx.bus not in _cleanup_buses:
            _cleanup_buses.add(self.ctx.bus)
            self.ctx.bus.locked.connect(opened_copies.remove_all)
        app = QCoreApplication.instance()
        if app is not None and not _quit_connected:
            _quit_connected = True
            app.aboutToQuit.connect(opened_copies.remove_all)
