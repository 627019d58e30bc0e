"""The filters above a record list: search as you type, status, crime area, period and (HQ)
country. Reference codes are offered by their names in the interface language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from csc_desktop.domain.fields import STATUS_LIST, Kind
from csc_desktop.domain.reference import ReferenceData
from csc_desktop.ui.theme import icon
from csc_desktop.ui.widgets.date_edit import DateEdit

SEARCH_DELAY_MS = 150  # results as you type, without a query per keystroke of a fast typist


@dataclass(frozen=True)
class Filters:
    search: str = ""
    status: str | None = None
    crime_area: str | None = None
    country: str | None = None
    date_from: date | None = None
    date_to: date | None = None


class _CodeFilter(QComboBox):
    """Everything, or one code. Narrow in the bar; its list opens as wide as the longest name."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)

    def set_choices(self, everything: str, choices: list[tuple[str, str]]) -> None:
        # wide enough for its "All …" in every language (Albanian says it in 25 letters)
        self.setMinimumContentsLength(max(12, len(everything)))
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(everything, None)
        for code, name in choices:
            self.addItem(name, code)
        found = self.findData(current) if current else 0
        self.setCurrentIndex(max(found, 0))
        self.blockSignals(False)

    def showPopup(self) -> None:
        super().showPopup()
        popup = self.view().window()
        wanted = self.view().sizeHintForColumn(0) + 32
        if popup.width() < wanted:
            popup.resize(wanted, popup.height())

    def code(self) -> str | None:
        data = self.currentData()
        return data if isinstance(data, str) else None


class FilterBar(QWidget):
    changed = Signal()  # the filters changed (search text: after a short pause in typing)

    def __init__(
        self,
        kind: Kind,
        reference: ReferenceData,
        language: str,
        *,
        with_country: bool,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.kind = kind
        self.reference = reference
        self.language = language
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.status = _CodeFilter(self)
        self.crime_area = _CodeFilter(self)
        self.country = _CodeFilter(self)
        self.country.setVisible(with_country)
        self.period_label = QLabel(self)
        self.date_from = DateEdit(language, self)
        self.date_to = DateEdit(language, self)
        self.dash = QLabel("–", self)
        self.clear_button = QToolButton(self)
        for combo in (self.status, self.crime_area, self.country):
            combo.activated.connect(lambda _i: self.changed.emit())
        for edit in (self.date_from, self.date_to):
            edit.line.editingFinished.connect(self._apply_dates)
            edit.edited.connect(lambda e=edit: self._date_touched(e))
        self.clear_button.clicked.connect(self.clear)
        # two rows, so that the page fits a small laptop screen at 200 % scaling
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.search, 1)
        first.addWidget(self.status)
        first.addWidget(self.crime_area)
        for widget in (self.country, self.period_label, self.date_from, self.dash, self.date_to):
            second.addWidget(widget)
        second.addWidget(self.clear_button)
        second.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addLayout(second)
        self._last_dates: tuple[date | None, date | None] = (None, None)
        self.retranslate()

    # -- values ----------------------------------------------------------------------------

    def filters(self) -> Filters:
        return Filters(
            search=self.search.text(),
            status=self.status.code(),
            crime_area=self.crime_area.code(),
            country=self.country.code() if self.country.isVisible() else None,
            date_from=_date_or_none(self.date_from),
            date_to=_date_or_none(self.date_to),
        )

    def is_filtered(self) -> bool:
        return self.filters() != Filters()

    def clear(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        for combo in (self.status, self.crime_area, self.country):
            combo.setCurrentIndex(0)
        for edit in (self.date_from, self.date_to):
            edit.set_date(None)
        self._last_dates = (None, None)
        self.changed.emit()

    def set_search_now(self, text: str) -> None:
        """Set the search text and apply it at once (no typing pause)."""
        self.search.setText(text)
        self._search_timer.stop()
        self.changed.emit()

    # -- dates: apply when a valid period is complete, not on every keystroke ---------------

    def _apply_dates(self) -> None:
        dates = (_date_or_none(self.date_from), _date_or_none(self.date_to))
        if dates != self._last_dates:
            self._last_dates = dates
            self.changed.emit()

    def _date_touched(self, edit: DateEdit) -> None:
        # picked from the calendar or cleared: apply now; typed: when the person leaves the field
        if not edit.line.hasFocus() or not edit.line.text():
            self._apply_dates()

    # -- language ---------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.language = language
        self.date_from.set_language(language)
        self.date_to.set_language(language)
        self.retranslate()

    def retranslate(self) -> None:
        ref, lang = self.reference, self.language
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F): any word, any script"))
        self.status.set_choices(
            self.tr("All statuses"),
            [(i.code, i.name(lang)) for i in ref.items(STATUS_LIST.get(self.kind, ""))],
        )
        self.crime_area.set_choices(
            self.tr("All crime areas"),
            [(i.code, i.name(lang)) for i in ref.items("crime_area")],
        )
        self.country.set_choices(
            self.tr("All countries"),
            [(i.code, i.name(lang)) for i in ref.items("country") if i.attrs.get("beneficiary")],
        )
        self.status.setToolTip(self.tr("Show only records with this status"))
        self.crime_area.setToolTip(self.tr("Show only records of this crime area"))
        self.country.setToolTip(self.tr("Show only records of this country"))
        self.period_label.setText(self.tr("From"))
        self.date_from.setToolTip(self.tr("From this date (empty: no limit)"))
        self.date_to.setToolTip(self.tr("Up to this date (empty: no limit)"))
        self.clear_button.setText(self.tr("Clear filters"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _date_or_none(edit: DateEdit) -> date | None:
    try:
        return edit.value()
    except ValueError:
        return None  # half typed: no limit until it is a date
