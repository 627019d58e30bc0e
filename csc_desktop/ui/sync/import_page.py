"""HQ's Import page: drop many bundles (or choose them), a result per file, and the bundles
refused so far (quarantine) with the check that failed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from csc_desktop.services.sync import ImportResult, QuarantineEntry
from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.common.worker import Progress
from csc_desktop.ui.sync.common import (
    BUNDLE_FILTER,
    fill_table,
    import_details,
    import_status,
    make_table,
    run_sync,
    title_label,
    when,
)
from csc_desktop.ui.widgets.banner import Banner, Level


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportPage", text)


class ImportPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.results: list[ImportResult] = []
        self.quarantined: list[QuarantineEntry] = []
        self.setAcceptDrops(True)
        self.title = title_label(self)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.banner = Banner(self)
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self.choose)
        self.results_box = QGroupBox(self)
        self.results_table = make_table(self.results_box, 2)
        results_layout = QVBoxLayout(self.results_box)
        results_layout.addWidget(self.results_table)
        self.quarantine_box = QGroupBox(self)
        self.quarantine_table = make_table(self.quarantine_box, 3)
        quarantine_layout = QVBoxLayout(self.quarantine_box)
        quarantine_layout.addWidget(self.quarantine_table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        layout.addWidget(self.results_box, 2)
        layout.addWidget(self.quarantine_box, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(_tr("Import team bundles"))
        self.explanation.setText(
            _tr(
                "Drop the .cscb files from the teams' USB sticks here, or choose them. Each is "
                "checked whole before anything is applied; a bundle imported before is skipped."
            )
        )
        self.choose_button.setText(_tr("&Choose bundles…"))
        self.results_box.setTitle(_tr("Results"))
        self.quarantine_box.setTitle(_tr("Refused bundles (quarantine)"))
        self._show_results()
        self._show_quarantine()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        ws = self.ctx.ws

        def load(_progress: Progress) -> list[QuarantineEntry]:
            return ws.sync.quarantine()

        self.ctx.runner.run(load, on_done=self._quarantine_loaded, receiver=self)

    def _quarantine_loaded(self, entries: list[QuarantineEntry]) -> None:
        self.quarantined = entries
        self._show_quarantine()

    # -- choosing and dropping -----------------------------------------------------------

    def choose(self) -> None:
        paths = self.ctx.dialogs.open_files(self, _tr("Choose team bundles"), BUNDLE_FILTER)
        if paths:
            self.import_files(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def import_files(self, paths: list[Path]) -> None:
        ws = self.ctx.ws
        run_sync(
            self.ctx,
            self,
            _tr("Importing bundles…"),
            lambda report: ws.sync.import_bundles(paths, report),
            self._imported,
        )

    def _imported(self, results: list[ImportResult]) -> None:
        self.results = results
        self._show_results()
        self.refresh()

    # -- showing -------------------------------------------------------------------------

    def _show_results(self) -> None:
        fill_table(
            self.results_table,
            [_tr("File"), _tr("Result"), _tr("Details")],
            [[Path(r.file).name, import_status(r), import_details(r)] for r in self.results],
        )
        refused = sum(r.status == "refused" for r in self.results)
        if not self.results:
            self.banner.clear()
        elif refused:
            self.banner.show_message(
                _tr(
                    "Bundles refused: {n} of {total}. Nothing of a refused bundle was applied."
                ).format(n=refused, total=len(self.results)),
                Level.ERROR,
            )
        else:
            self.banner.show_message(
                _tr("Bundles checked: {total}. None was refused.").format(total=len(self.results)),
                Level.OK,
            )

    def _show_quarantine(self) -> None:
        fill_table(
            self.quarantine_table,
            [_tr("When"), _tr("File"), _tr("Check failed"), _tr("Why")],
            [[when(q.at), q.file_name, q.check, q.message] for q in self.quarantined],
        )
