"""The Reports page: filters (period, countries), what the figures include, a card per
indicator, charts of the chosen indicator by country and by quarter, and the records behind any
figure or bar. HQ reports on any beneficiaries; a team sees its own country's figures.

Every figure is computed on the application's background runner (``ctx.runner``), from the same
functions as ``csc report`` (:mod:`csc_desktop.reporting`).
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from csc_desktop.reporting.compute import IndicatorValue, Tally
from csc_desktop.reporting.export import export_report
from csc_desktop.reporting.indicators import BY_KEY, GROUPS, INDICATORS
from csc_desktop.reporting.present import Presenter
from csc_desktop.reporting.scope import BENEFICIARIES, Scope
from csc_desktop.reporting.service import Report, drill_down, run_report, scope_for
from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.reports.cards import CARD_STYLE, IndicatorCard
from csc_desktop.ui.reports.chart import BarChart
from csc_desktop.ui.reports.drilldown import DrillDownDialog
from csc_desktop.ui.shell.editors_bridge import open_record_editor
from csc_desktop.ui.shell.feedback import show_error
from csc_desktop.ui.widgets.language import ui_language

FILTER_PAUSE_MS = 150  # wait for the person to finish changing a filter before recomputing
CARDS_PER_ROW = 3


class ReportsPage(QWidget):
    #: Emitted each time new figures are on screen.
    updated = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.is_hq = ctx.ws.identity.is_hq
        self.show_ = Presenter(ui_language(ctx), ctx.ws.reference)
        self.report: Report | None = None
        self.selected = INDICATORS[0].key
        self.drill_dialog: DrillDownDialog | None = None
        self._generation = 0
        self._stale = True
        self._asked_at = 0.0
        #: Seconds from the last filter change to its figures on screen (for the benchmark).
        self.last_redraw_seconds = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_PAUSE_MS)
        self._timer.timeout.connect(self.refresh)
        self.setStyleSheet(CARD_STYLE)
        self._build()
        self.retranslate()
        ctx.bus.changed.connect(self._data_changed)
        ctx.bus.language_changed.connect(lambda _language: self.retranslate())

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setProperty("role", "page-title")
        today = date.today()
        self.from_label, self.to_label = QLabel(self), QLabel(self)
        self.first = QDateEdit(QDate(today.year, 1, 1), self)
        self.last = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self.filters_changed)
        self.this_year = QPushButton(self)
        self.this_year.clicked.connect(lambda: self.set_period(date(today.year, 1, 1), today))
        self.last_year = QPushButton(self)
        self.last_year.clicked.connect(
            lambda: self.set_period(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))
        )
        self.country_boxes: dict[str, QCheckBox] = {}
        own = self.ctx.ws.identity.country
        for code in BENEFICIARIES if self.is_hq else (own or "",):
            box = QCheckBox(self)
            box.setChecked(True)
            box.setEnabled(self.is_hq)
            box.toggled.connect(self.filters_changed)
            self.country_boxes[code] = box
        self.export_xlsx = QPushButton(self)
        self.export_xlsx.clicked.connect(lambda: self.export(".xlsx"))
        self.export_pdf = QPushButton(self)
        self.export_pdf.clicked.connect(lambda: self.export(".pdf"))

        filters = QHBoxLayout()
        for widget in (self.from_label, self.first, self.to_label, self.last):
            filters.addWidget(widget)
        filters.addWidget(self.this_year)
        filters.addWidget(self.last_year)
        filters.addSpacing(12)
        for box in self.country_boxes.values():
            filters.addWidget(box)
        filters.addStretch(1)
        filters.addWidget(self.export_xlsx)
        filters.addWidget(self.export_pdf)

        self.status = QLabel(self)
        self.status.setProperty("role", "hint")
        self.as_of = QLabel(self)
        self.as_of.setWordWrap(True)
        self.as_of.setTextFormat(Qt.TextFormat.PlainText)

        self.by_country = BarChart(self)
        self.by_country.bar_clicked.connect(self._country_bar)
        self.by_quarter = BarChart(self)
        self.by_quarter.bar_clicked.connect(self._quarter_bar)
        charts = QHBoxLayout()
        charts.addWidget(self.by_country, 1)
        charts.addWidget(self.by_quarter, 2)

        body = QWidget(self)
        self.body_layout = QVBoxLayout(body)
        self.body_layout.addWidget(self.as_of)
        self.body_layout.addLayout(charts)
        self.group_titles: dict[str, QLabel] = {}
        self.cards: dict[str, IndicatorCard] = {}
        for group in GROUPS:
            heading = QLabel(body)
            heading.setProperty("role", "section")
            font = heading.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.15)
            heading.setFont(font)
            self.group_titles[group.value] = heading
            self.body_layout.addWidget(heading)
            grid = QGridLayout()
            members = [i for i in INDICATORS if i.group == group]
            for n, indicator in enumerate(members):
                card = IndicatorCard(indicator.key, body)
                card.figure_clicked.connect(lambda key: self.open_records(key))
                card.selected.connect(self.select)
                self.cards[indicator.key] = card
                grid.addWidget(card, n // CARDS_PER_ROW, n % CARDS_PER_ROW)
            self.body_layout.addLayout(grid)
        self.footnote = QLabel(body)
        self.footnote.setWordWrap(True)
        self.footnote.setProperty("role", "hint")
        self.body_layout.addWidget(self.footnote)
        self.body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        self.cards[self.selected].set_selected(True)

    def retranslate(self) -> None:
        self.show_ = Presenter(ui_language(self.ctx), self.ctx.ws.reference)
        words = self.show_.words
        self.title.setText(words("report.title"))
        self.from_label.setText(words("ui.from"))
        self.to_label.setText(words("ui.to"))
        self.this_year.setText(words("ui.this_year"))
        self.last_year.setText(words("ui.last_year"))
        self.export_xlsx.setText(words("ui.export_xlsx"))
        self.export_pdf.setText(words("ui.export_pdf"))
        for code, box in self.country_boxes.items():
            box.setText(self.show_.country(code))
        for group, heading in self.group_titles.items():
            heading.setText(words(f"group.{group}"))
        self._show_figures()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "title"):
            self.retranslate()
        super().changeEvent(event)

    # -- filters and computing ---------------------------------------------------------------

    def scope(self) -> Scope:
        first = _day(self.first.date())
        last = _day(self.last.date())
        chosen = [c for c, box in self.country_boxes.items() if box.isChecked()]
        return scope_for(self.ctx.ws, first, last, chosen if self.is_hq else ())

    def set_period(self, first: date, last: date) -> None:
        self.first.setDate(QDate(first.year, first.month, first.day))
        self.last.setDate(QDate(last.year, last.month, last.day))

    def set_countries(self, codes: set[str]) -> None:
        for code, box in self.country_boxes.items():
            box.setChecked(code in codes)

    def filters_changed(self, *_args: Any) -> None:
        self._asked_at = time.perf_counter()
        self._timer.start()

    def _data_changed(self, _changes: object) -> None:
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Compute the figures for the filters now (F5)."""
        self._timer.stop()
        try:
            scope = self.scope()
        except Exception as exc:  # a period that ends before it starts, no country chosen
            self.status.setText(str(exc))
            return
        if not self._asked_at:
            self._asked_at = time.perf_counter()
        self._stale = False
        self._generation += 1
        generation = self._generation
        self.status.setText(self.show_.words("ui.computing"))
        ws = self.ctx.ws

        def done(report: Report) -> None:
            if generation == self._generation:  # a newer filter change supersedes this one
                self.report = report
                self._show_figures()
                self.last_redraw_seconds = time.perf_counter() - self._asked_at
                self._asked_at = 0.0
                self.updated.emit()

        self.ctx.runner.run(
            lambda _progress: run_report(ws, scope),
            on_done=done,
            on_error=self._failed,
            receiver=self,
        )

    def _failed(self, exc: BaseException, trace: str) -> None:
        self.status.setText("")
        show_error(self.ctx, self, self.show_.words("report.title"), exc, trace)

    # -- showing -------------------------------------------------------------------------------

    def _show_figures(self) -> None:
        report = self.report
        if report is None:
            return
        show = self.show_
        words = show.words
        countries = report.scope.countries
        for value in report.figures.values:
            per_country = " · ".join(
                f"{show.country(c)} {show.country_figure(value, c)}" for c in countries
            )
            self.cards[value.key].show_value(
                words.label(value.key),
                show.figure(value),
                per_country if len(countries) > 1 else "",
                words.definition(value.key),
            )
        self.status.setText(words("ui.hint"))
        self.as_of.setText(self._as_of_text(report))
        # Kosovo* is named on the page: its footnote, once.
        names_kosovo = show.names_kosovo(report.scope)
        self.footnote.setText("* " + words("kosovo_footnote") if names_kosovo else "")
        self.footnote.setVisible(names_kosovo)
        self._show_charts()

    def _as_of_text(self, report: Report) -> str:
        show, words, freshness = self.show_, self.show_.words, report.as_of
        parts = []
        for team in freshness.teams:
            who = show.country(team.country) if team.country else words("as_of.hq")
            if team.is_this_device:
                who += f" ({words('as_of.this_device')})"
            age = team.age_days(freshness.now)
            details = [words("ui.age", days=show.format.decimal(age, 1))] if age is not None else []
            if team.bundles:
                details.append(f"{words('as_of.bundles')}: {show.format.count(len(team.bundles))}")
            parts.append(f"{who}: {', '.join(details) or words('ui.no_data')}")
        text = f"{words('as_of')}: " + ("; ".join(parts) or words("ui.no_data"))
        if freshness.countries_without_data:
            missing = ", ".join(show.country(c) for c in freshness.countries_without_data)
            text += "\n" + words("as_of.missing", countries=missing)
        return text

    def select(self, key: str) -> None:
        """Show indicator ``key`` in the charts."""
        self.cards[self.selected].set_selected(False)
        self.selected = key
        self.cards[key].set_selected(True)
        self._show_charts()

    def _show_charts(self) -> None:
        if self.report is None:
            return
        show, words = self.show_, self.show_.words
        value = self.report.figures[self.selected]
        label = words.label(value.key)
        countries = self.report.scope.countries
        self.by_country.set_data(
            f"{label}: {words('by_country').lower()}",
            [show.country(c) for c in countries],
            [_chart_number(value, value.by_country[c]) for c in countries],
            lambda i: show.country_figure(value, countries[i]),
        )
        quarters = list(value.by_quarter)
        self.by_quarter.set_data(
            f"{label}: {words('by_quarter').lower()}",
            [show.quarter(q) for q in quarters],
            [_chart_number(value, value.by_quarter[q]) for q in quarters],
            lambda i: show.figure(value, value.by_quarter[quarters[i]], countries=1),
        )

    # -- drill-down and export ---------------------------------------------------------------

    def open_records(self, key: str, **where: Any) -> None:
        """List the records behind indicator ``key`` (its total, or one country or quarter)."""
        if self.report is None:
            return
        scope = self.report.scope
        ws = self.ctx.ws
        show = self.show_
        value = self.report.figures[key]
        what = show.words.label(key)
        tally = value.total
        if "country" in where:
            what += f" · {show.country(where['country'])}"
            tally = value.by_country[where["country"]]
        if "quarter" in where:
            what += f" · {show.quarter(where['quarter'])}"
            tally = value.by_quarter[where["quarter"]]
        what += f" · {show.figure(value, tally, countries=1 if 'country' in where else None)}"

        def done(refs: list[Any]) -> None:
            dialog = DrillDownDialog(what, BY_KEY[key], refs, show, self._open_record, self)
            if self.drill_dialog is not None:
                self.drill_dialog.close()
            self.drill_dialog = dialog
            dialog.show()

        self.ctx.runner.run(
            lambda _progress: drill_down(ws, key, scope, **where),
            on_done=done,
            on_error=self._failed,
            receiver=self,
        )

    def _country_bar(self, index: int) -> None:
        if self.report is not None:
            self.open_records(self.selected, country=self.report.scope.countries[index])

    def _quarter_bar(self, index: int) -> None:
        if self.report is not None:
            quarters = list(self.report.figures[self.selected].by_quarter)
            self.open_records(self.selected, quarter=quarters[index])

    def _open_record(self, kind: str, record_id: str) -> None:
        open_record_editor(self.ctx, kind, record_id, self)

    def export(self, suffix: str) -> None:
        try:
            scope = self.scope()
        except Exception as exc:
            show_error(self.ctx, self, self.show_.words("report.title"), exc)
            return
        words = self.show_.words
        button = words("ui.export_xlsx" if suffix == ".xlsx" else "ui.export_pdf")
        suggested = f"report-{scope.first.isoformat()}-{scope.last.isoformat()}{suffix}"
        path = self.ctx.dialogs.save_file(self, button, suggested, f"*{suffix}")
        if path is None:
            return
        if path.suffix.lower() != suffix:
            path = Path(f"{path}{suffix}")
        ws, language = self.ctx.ws, self.show_.language

        def done(_report: object) -> None:
            self.ctx.dialogs.info(self, button, words("ui.exported", path=str(path)))

        self.ctx.runner.run(
            lambda _progress: export_report(ws, scope, path, language),
            on_done=done,
            on_error=self._failed,
            receiver=self,
        )


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _chart_number(value: IndicatorValue, tally: Tally) -> float:
    figure = value.figure(tally)
    return float(figure or 0)
