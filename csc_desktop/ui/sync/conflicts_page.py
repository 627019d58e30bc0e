"""HQ's Conflicts page: a field changed on both sides without either seeing the other keeps
both values; a person chooses which one stays. The choice travels like any edit."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from csc_desktop.domain.fields import STATUS_LIST, Kind, field_map
from csc_desktop.services.sync import ConflictInfo
from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.common.worker import Progress
from csc_desktop.ui.editors.labels import field_label
from csc_desktop.ui.shell.feedback import show_error
from csc_desktop.ui.sync.common import fill_table, kind_name, make_table, title_label, when
from csc_desktop.ui.widgets.banner import Banner, Level
from csc_desktop.ui.widgets.language import ui_language

KEEP_LOCAL = "local"
KEEP_REMOTE = "remote"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictsPage", text)


def _kind(conflict: ConflictInfo) -> Kind | None:
    try:
        return Kind(conflict.kind)
    except ValueError:  # participants and other rows that are not records
        return None


def _field(conflict: ConflictInfo) -> str:
    """The field as the editor names it."""
    if conflict.field == "status":
        return _tr("Status")
    if conflict.field == "deleted":
        return _tr("Deleted")
    kind = _kind(conflict)
    spec = field_map(kind).get(conflict.field) if kind else None
    return field_label(spec) if spec else conflict.field


class ConflictsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.conflicts: list[ConflictInfo] = []
        self.title = title_label(self)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.banner = Banner(self)
        self.keep_local_button = QPushButton(self)
        self.keep_local_button.clicked.connect(lambda: self.resolve_selected(KEEP_LOCAL))
        self.keep_remote_button = QPushButton(self)
        self.keep_remote_button.clicked.connect(lambda: self.resolve_selected(KEEP_REMOTE))
        self.table = make_table(self, 1)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_local_button)
        buttons.addWidget(self.keep_remote_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(_tr("Conflicts"))
        self.explanation.setText(
            _tr(
                "A field changed here and on a team's laptop before either saw the other's "
                "change. Both values are kept until you choose; your choice is sent to the team "
                "with the next bundle."
            )
        )
        self.keep_local_button.setText(_tr("Keep &HQ's value"))
        self.keep_remote_button.setText(_tr("Take the &team's value"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        ws = self.ctx.ws

        def load(_progress: Progress) -> list[ConflictInfo]:
            return ws.sync.conflicts()

        self.ctx.runner.run(load, on_done=self._loaded, receiver=self)

    def _loaded(self, conflicts: list[ConflictInfo]) -> None:
        self.conflicts = conflicts
        self._show()

    def _show(self) -> None:
        fill_table(
            self.table,
            [
                _tr("Kind"),
                _tr("Record"),
                _tr("Field"),
                _tr("HQ's value"),
                _tr("Team's value"),
                _tr("Found"),
            ],
            [
                [
                    kind_name(c.kind),
                    c.title or c.row_id,
                    _field(c),
                    self._value(c, c.local_value),
                    self._value(c, c.remote_value),
                    when(c.detected_at),
                ]
                for c in self.conflicts
            ],
        )
        if self.conflicts:
            self.banner.show_message(
                _tr("Conflicts waiting for a choice: {n}").format(n=len(self.conflicts)),
                Level.WARNING,
            )
        else:
            self.banner.show_message(_tr("No conflict to resolve."), Level.OK)
        if self.conflicts and self.selected() is None:
            self.table.selectRow(0)
        self._selection_changed()

    def _value(self, conflict: ConflictInfo, value: Any) -> str:
        """A value in words: a status by its name, a deletion as yes or no."""
        if value is None:
            return "—"
        kind = _kind(conflict)
        if conflict.field == "status" and kind in STATUS_LIST:
            return self.ctx.ws.reference.name(STATUS_LIST[kind], str(value), ui_language(self.ctx))
        if isinstance(value, bool):
            return _tr("Yes") if value else _tr("No")
        if isinstance(value, str):
            return value
        return json.dumps(value, ensure_ascii=False)

    def selected(self) -> ConflictInfo | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model else []
        if not rows or rows[0].row() >= len(self.conflicts):
            return None
        return self.conflicts[rows[0].row()]

    def _selection_changed(self) -> None:
        enabled = self.selected() is not None
        self.keep_local_button.setEnabled(enabled)
        self.keep_remote_button.setEnabled(enabled)

    def resolve_selected(self, keep: str) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        ws = self.ctx.ws
        title = _tr("Resolve a conflict")

        def resolve(_progress: Progress) -> ConflictInfo:
            return ws.sync.resolve(conflict.id, keep)

        self.ctx.runner.run(
            resolve,
            on_done=lambda _c: self.refresh(),
            on_error=lambda exc, trace: show_error(self.ctx, self, title, exc, trace),
            receiver=self,
        )
