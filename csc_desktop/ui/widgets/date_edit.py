"""A date field that takes what people type: ``7.3.2026``, ``07/03/2026``, ``2026-03-07``,
or a pick from a calendar. Empty means no date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from csc_desktop.ui.widgets.locale_formats import (
    UI_LOCALES,
    format_date_input,
    parse_date_input,
)
from csc_desktop.ui.widgets.read_only import look_read_only


class DateEdit(QWidget):
    edited = Signal()  # the person typed or picked; not sent by set_date

    def __init__(self, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self._language = language
        self.line = QLineEdit(self)
        self.line.setClearButtonEnabled(True)
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the calendar is a mouse shortcut
        self.button.clicked.connect(self.show_calendar)
        # made on first use: a form has many dates and a calendar costs more than its field
        self._menu: QMenu | None = None
        self.calendar: QCalendarWidget | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.line)
        self.line.textEdited.connect(lambda _text: self.edited.emit())
        self.line.editingFinished.connect(self._tidy)
        self.set_language(language)

    # -- value --------------------------------------------------------------------------------

    def value(self) -> date | None:
        """The date shown; raises ValueError when the text is not a date."""
        return parse_date_input(self.line.text(), self._language)

    def is_valid(self) -> bool:
        try:
            self.value()
        except ValueError:
            return False
        return True

    def set_date(self, value: date | None) -> None:
        self.line.setText(format_date_input(value, self._language))

    def set_text(self, text: str) -> None:
        """As if typed (for tests and paste): sends ``edited``."""
        self.line.setText(text)
        self.edited.emit()

    def text(self) -> str:
        return self.line.text()

    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)
        look_read_only(self.line, read_only)
        self.line.setClearButtonEnabled(not read_only)
        self.button.setEnabled(not read_only)
        self._set_placeholder()

    def set_language(self, language: str) -> None:
        try:
            current = self.value()
        except ValueError:
            current = None
            keep_text = True
        else:
            keep_text = False
        self._language = language
        if not keep_text:
            self.set_date(current)
        self._set_placeholder()
        if self.calendar is not None:
            self.calendar.setLocale(QLocale(UI_LOCALES.get(language, "en_GB")))

    # -- internals ----------------------------------------------------------------------------

    def _set_placeholder(self) -> None:
        """An example of the form to type, never a date that could pass for a value."""
        if self.line.isReadOnly():
            self.line.setPlaceholderText("")
            return
        example = format_date_input(date(2026, 12, 30), self._language)
        text = QCoreApplication.translate("DateEdit", "e.g. {example}").format(example=example)
        self.line.setPlaceholderText(text)
        # one width whatever is shown: the placeholder, a date, or a date and the clear button
        metrics = self.line.fontMetrics()
        wide = max(metrics.horizontalAdvance(text), metrics.horizontalAdvance(example) + 24)
        self.line.setFixedWidth(wide + 16)

    def _tidy(self) -> None:
        """Show a date typed as ISO or with another separator in the locale's own form."""
        try:
            value = self.value()
        except ValueError:
            return
        tidy = format_date_input(value, self._language)
        if tidy != self.line.text():
            self.line.setText(tidy)

    def show_calendar(self) -> None:
        if self._menu is None or self.calendar is None:
            self.calendar = QCalendarWidget()
            self.calendar.setGridVisible(False)
            self.calendar.setLocale(QLocale(UI_LOCALES.get(self._language, "en_GB")))
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
            self._menu = QMenu(self)
            holder = QWidgetAction(self._menu)
            holder.setDefaultWidget(self.calendar)
            self._menu.addAction(holder)
        try:
            current = self.value()
        except ValueError:
            current = None
        shown = current or date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self._menu.popup(self.button.mapToGlobal(self.button.rect().bottomLeft()))

    def _picked(self, picked: QDate) -> None:
        self.set_date(date(picked.year(), picked.month(), picked.day()))
        if self._menu is not None:
            self._menu.hide()
        self.edited.emit()
