"""The audit log's filters: record, person, action, date range."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from csc_desktop.services.audit import ACTIONS
from csc_desktop.services.audit_view import AuditQuery
from csc_desktop.ui.audit.labels import action_label
from csc_desktop.ui.widgets.date_edit import DateEdit
from csc_desktop.ui.widgets.notes import ERROR_COLOUR

TYPING_PAUSE_MS = 250


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditFilters", text)


class AuditFilters(QWidget):
    query_changed = Signal(object)  # AuditQuery

    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.record = QLineEdit(self)
        self.record.setClearButtonEnabled(True)
        self.person = QComboBox(self)
        self.person.setMinimumContentsLength(16)
        self.action = QComboBox(self)
        self.date_from = DateEdit(language, self)
        self.date_to = DateEdit(language, self)
        self.clear_button = QPushButton(self)
        self.labels = [QLabel(self) for _ in range(5)]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        widgets = (self.record, self.person, self.action, self.date_from, self.date_to)
        for column, (label, widget) in enumerate(zip(self.labels, widgets, strict=True)):
            label.setBuddy(widget)
            grid.addWidget(label, 0, column)
            grid.addWidget(widget, 1, column)
        grid.addWidget(self.clear_button, 1, len(widgets))
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._emit)
        self.record.textEdited.connect(lambda _t: self._timer.start())
        self.date_from.edited.connect(self._timer.start)
        self.date_to.edited.connect(self._timer.start)
        self.person.activated.connect(lambda _i: self._emit())
        self.action.activated.connect(lambda _i: self._emit())
        self.clear_button.clicked.connect(self.clear)
        self._persons: list[str] = []
        self.retranslate()

    def retranslate(self) -> None:
        texts = (_tr("&Record id"), _tr("&Person"), _tr("&Action"), _tr("&From"), _tr("&To"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.record.setPlaceholderText(_tr("Any record"))
        self.clear_button.setText(_tr("C&lear filters"))
        chosen = self.action.currentData()
        self.action.clear()
        self.action.addItem(_tr("All actions"), None)
        for action in ACTIONS:
            self.action.addItem(action_label(action), action)
        self.action.setCurrentIndex(max(self.action.findData(chosen), 0) if chosen else 0)
        self.set_persons(self._persons)

    def set_persons(self, persons: list[str]) -> None:
        self._persons = list(persons)
        chosen = self.person.currentData()
        self.person.clear()
        self.person.addItem(_tr("Everyone"), None)
        for person in persons:
            self.person.addItem(person, person)
        self.person.setCurrentIndex(max(self.person.findData(chosen), 0) if chosen else 0)

    def query(self) -> AuditQuery:
        return AuditQuery(
            record_id=self.record.text().strip() or None,
            person=self.person.currentData(),
            action=self.action.currentData(),
            date_from=self._day(self.date_from),
            date_to=self._day(self.date_to),
        )

    def set_record(self, record_id: str) -> None:
        self.record.setText(record_id)
        self._emit()

    def clear(self) -> None:
        self.record.clear()
        self.person.setCurrentIndex(0)
        self.action.setCurrentIndex(0)
        self.date_from.set_date(None)
        self.date_to.set_date(None)
        self._emit()

    def _day(self, edit: DateEdit):  # type: ignore[no-untyped-def]
        """A date that cannot be read is no filter; its box turns red to say so."""
        valid = edit.is_valid()
        edit.line.setStyleSheet("" if valid else f"border: 1px solid {ERROR_COLOUR};")
        return edit.value() if valid else None

    def _emit(self) -> None:
        self._timer.stop()
        self.query_changed.emit(self.query())
