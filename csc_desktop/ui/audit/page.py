"""The Audit log page: every consultation, change, disclosure and import, filterable, and the
check that the hash chain is whole."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csc_desktop.services.audit import AuditCheck
from csc_desktop.services.audit_view import AuditQuery, persons
from csc_desktop.text.locales import format_number
from csc_desktop.ui.audit.filters import AuditFilters
from csc_desktop.ui.audit.model import AuditModel
from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.common.worker import Progress
from csc_desktop.ui.widgets.banner import Banner, Level
from csc_desktop.ui.widgets.language import ui_language


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditPage", text)


class AuditPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.verify_button = QPushButton(self)
        self.verify_button.clicked.connect(self.verify)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        self.banner = Banner(self)
        self.filters = AuditFilters(ui_language(ctx), self)
        self.filters.query_changed.connect(self._filter)
        self.model = AuditModel(ctx, self)
        self.model.page_loaded.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self._filter_by_record)
        self.count_label = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.explanation)
        layout.addWidget(self.banner)
        layout.addWidget(self.filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self._loaded_once = False
        self._columns_fitted = False
        self.retranslate()
        self.ctx.bus.language_changed.connect(self._language_changed)

    def retranslate(self) -> None:
        self.title.setText(_tr("Audit log"))
        self.explanation.setText(
            _tr(
                "Every record opened, changed, imported or taken out of this profile is written "
                "here, each entry sealed to the one before it. Double-click an entry to see only "
                "its record."
            )
        )
        self.verify_button.setText(_tr("&Verify chain"))
        self.refresh_button.setText(_tr("Re&fresh"))
        self.filters.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_changed(self, language: str) -> None:
        self.filters.date_from.set_language(language)
        self.filters.date_to.set_language(language)
        self.model.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    # -- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        ws = self.ctx.ws
        self.ctx.runner.run(lambda _p: persons(ws), on_done=self.filters.set_persons, receiver=self)
        self.model.set_query(self.filters.query())
        self._loaded_once = True

    def _filter(self, query: AuditQuery) -> None:
        self.model.set_query(query)

    def _filter_by_record(self, index: QModelIndex) -> None:
        record_id = self.model.record_id_at(index.row())
        if record_id:
            self.filters.set_record(record_id)

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        tr = QCoreApplication.translate
        if self.model.canFetchMore() or self.model.fetching:
            text = tr("AuditPage", "{count} entries shown; more load as you scroll.", "", shown)
        else:
            text = tr("AuditPage", "{count} entries.", "", shown)
        self.count_label.setText(text.format(count=format_number(shown, ui_language(self.ctx))))
        if shown and not self._columns_fitted:
            self._columns_fitted = True
            for column in (0, 1, 2, 3, 4, 6):
                self.view.resizeColumnToContents(column)

    # -- the chain -------------------------------------------------------------------------------

    def verify(self) -> None:
        ws = self.ctx.ws
        self.verify_button.setEnabled(False)
        self.banner.show_message(_tr("Checking the audit log…"), Level.INFO)

        def task(_progress: Progress) -> AuditCheck:
            return ws.verify_audit()

        def done(check: AuditCheck) -> None:
            self.verify_button.setEnabled(True)
            self.banner.show_message(check.describe(), Level.OK if check.ok else Level.ERROR)

        def failed(error: BaseException, _trace: str) -> None:
            self.verify_button.setEnabled(True)
            self.banner.show_message(
                _tr("The audit log could not be read: {reason}").format(reason=str(error)),
                Level.ERROR,
            )

        self.ctx.runner.run(task, on_done=done, on_error=failed, receiver=self)
