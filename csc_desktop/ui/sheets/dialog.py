"""Print / Save as PDF: a record's sheet in the chosen language, previewed page by page, saved as
the signed PDF or sent to a printer through the system print dialog. Each save and each print
is an audit disclosure (the service logs it); the preview is not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from csc_desktop.domain.reference import LANGUAGES
from csc_desktop.errors import CscError
from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.common.worker import Progress
from csc_desktop.ui.sheets.pages import render_pages, renderer_available
from csc_desktop.ui.widgets.language import ui_language

PREVIEW_DPI = 80
PRINT_DPI = 300


def _tr(text: str) -> str:
    return QCoreApplication.translate("SheetDialog", text)


def sheet_kind_label(kind: str) -> str:
    return {
        "attendance": _tr("Attendance sheet"),
        "report": _tr("Training report"),
        "pre-investigation": _tr("Pre-investigation support sheet"),
        "taf-mission": _tr("TAF mission sheet"),
    }.get(kind, kind)


def _no_preview() -> str:
    return _tr(
        "No preview: this installation has no PDF renderer. Save the sheet as PDF and open it "
        "with a PDF viewer to see and print it."
    )


class SheetDialog(QDialog):
    def __init__(self, ctx: AppContext, record_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id = record_id
        self.sheet: Any = None  # the PreparedSheet shown
        self.busy = False
        # what the status line says, as a function: it is said again in a new language
        self._status_words: Callable[[], str] = str
        self._note: QLabel | None = None
        self.kind_box = QComboBox(self)
        self.language_box = QComboBox(self)
        self.second_box = QComboBox(self)
        ws = ctx.ws
        shown_in = ui_language(ctx)
        self.second_box.addItem("", None)
        for code in LANGUAGES:
            self.language_box.addItem("", code)
            self.second_box.addItem("", code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(shown_in)))
        self.form_labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        for label, box in zip(
            self.form_labels, (self.kind_box, self.language_box, self.second_box), strict=True
        ):
            label.setBuddy(box)
            form.addRow(label, box)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.pages = QVBoxLayout()
        holder = QWidget(self)
        holder.setLayout(self.pages)
        self.preview_area = QScrollArea(self)
        self.preview_area.setWidget(holder)
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setMinimumSize(700, 560)
        self.save_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_sheet)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.preview_area, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._set_busy(True)
        self.ctx.runner.run(
            lambda _p: [k.value for k in ws.sheets.sheet_kinds(record_id)],
            on_done=self._kinds_loaded,
            on_error=self._failed,
            receiver=self,
        )

    # -- words -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """The dialog's words and the languages' names in the interface language."""
        self.setWindowTitle(_tr("Print / Save as PDF"))
        texts = (_tr("&Sheet:"), _tr("&Language:"), _tr("Second language in the &headings:"))
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        shown_in = ui_language(self.ctx)
        for box in (self.language_box, self.second_box):
            for index in range(box.count()):
                code = box.itemData(index)
                name = self.ctx.ws.reference.name("language", code, shown_in) if code else ""
                box.setItemText(index, name or _tr("(none)"))
        for index in range(self.kind_box.count()):
            self.kind_box.setItemText(index, sheet_kind_label(self.kind_box.itemData(index)))
        self.save_button.setText(_tr("Save as &PDF…"))
        self.print_button.setText(_tr("&Print…"))
        self.close_button.setText(_tr("Close"))
        if not renderer_available():
            self.print_button.setToolTip(
                _tr("Printing from here needs the PDF renderer: save as PDF and print that.")
            )
        if self._note is not None:
            self._note.setText(_no_preview())
        self.status.setText(self._status_words())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _say(self, words: Callable[[], str]) -> None:
        self._status_words = words
        self.status.setText(words())

    # -- building the sheet --------------------------------------------------------------------

    def _kinds_loaded(self, kinds: list[str]) -> None:
        for kind in kinds:
            self.kind_box.addItem(sheet_kind_label(kind), kind)
        for box in (self.kind_box, self.language_box, self.second_box):
            box.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Build, sign and preview the sheet with the options chosen."""
        ws = self.ctx.ws
        record_id, kind = self.record_id, self.kind_box.currentData()
        language, second = self.language_box.currentData(), self.second_box.currentData()
        preview = renderer_available()

        def task(_progress: Progress) -> tuple[Any, list[QImage]]:
            sheet = ws.sheets.prepare(record_id, kind, language=language, second_language=second)
            return sheet, render_pages(sheet.pdf, PREVIEW_DPI) if preview else []

        self._set_busy(True)
        self._say(lambda: _tr("Preparing the sheet…"))
        self.ctx.runner.run(task, on_done=self._shown, on_error=self._failed, receiver=self)

    def _shown(self, result: tuple[Any, list[QImage]]) -> None:
        self.sheet, images = result
        while self.pages.count():
            item = self.pages.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for image in images:
            page = QLabel(self)
            page.setPixmap(QPixmap.fromImage(image))
            page.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.pages.addWidget(page)
        self._note = None
        if not images:
            self._note = QLabel(_no_preview(), self)
            self._note.setWordWrap(True)
            self.pages.addWidget(self._note)
        self.pages.addStretch(1)
        if self.sheet.certified:
            self._say(lambda: _tr("Signed with the certificate HQ issued."))
        else:
            self._say(
                lambda: _tr(
                    "Signed, but HQ has not certified this laptop's signing key yet: the sheet "
                    "says so."
                )
            )
        self._set_busy(False)

    # -- saving and printing ---------------------------------------------------------------

    def save_pdf(self) -> None:
        if self.sheet is None or self.busy:
            return
        path = self.ctx.dialogs.save_file(
            self, _tr("Save the sheet as PDF"), self.sheet.suggested_filename, "PDF (*.pdf)"
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        ws, sheet = self.ctx.ws, self.sheet

        def done(written: Path) -> None:
            self._set_busy(False)
            self._say(lambda: _tr("Saved to {path}.").format(path=str(written)))

        self._set_busy(True)
        self.ctx.runner.run(
            lambda _p: ws.sheets.save(sheet, path),
            on_done=done,
            on_error=self._failed,
            receiver=self,
        )

    def ask_printer(self) -> QPrinter | None:
        """The system print dialog (tests replace this method to print to a file)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def print_sheet(self) -> None:
        if self.sheet is None or self.busy or not renderer_available():
            return
        printer = self.ask_printer()
        if printer is None:
            return
        sheet = self.sheet
        dpi = min(PRINT_DPI, max(printer.resolution(), PREVIEW_DPI))
        painter = QPainter()
        if not painter.begin(printer):
            self.ctx.dialogs.error(self, _tr("Print"), _tr("The printer could not be opened."))
            return
        try:
            for number, image in enumerate(render_pages(sheet.pdf, dpi)):
                if number:
                    printer.newPage()
                target = painter.viewport()
                size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.topLeft(), size), image)
        finally:
            painter.end()
        name = printer.printerName() or printer.outputFileName() or ""
        ws = self.ctx.ws
        recipient = f"printer {name}".strip()
        self.ctx.runner.run(
            lambda _p: ws.sheets.record_printed(sheet, recipient),
            on_error=self._failed,
            receiver=self,
        )
        self._say(lambda: _tr("Sent to the printer."))

    # -- state -------------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        ready = not busy and self.sheet is not None
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready and renderer_available())
        if not renderer_available():
            self.print_button.setToolTip(
                _tr("Printing from here needs the PDF renderer: save as PDF and print that.")
            )
        for box in (self.kind_box, self.language_box, self.second_box):
            box.setEnabled(not busy)

    def _failed(self, error: BaseException, trace: str) -> None:
        self._set_busy(False)
        self._say(str)
        if isinstance(error, CscError):
            self.ctx.dialogs.error(self, _tr("Sheet"), str(error))
        else:
            self.ctx.dialogs.error(self, _tr("Sheet"), _tr("Something went wrong."), trace)
