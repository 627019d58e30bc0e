"""Help → About: the version, what the application is for, and the licences of what it ships
(every text in ``resources/licences``)."""

from __future__ import annotations

from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from csc_desktop import __version__
from csc_desktop.ui.theme import icon, resources_dir

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def licence_files() -> list[Path]:
    folder = resources_dir() / "licences"
    return sorted(folder.glob("*.txt")) if folder.is_dir() else []


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About CSC Desktop"))
        logo = QLabel(self)
        logo.setPixmap(icon("app").pixmap(QSize(64, 64)))
        name = QLabel(self.tr("CSC Desktop {version}").format(version=__version__), self)
        name.setProperty("role", "page-title")
        about = QLabel(
            self.tr(
                "Offline activity logging, encrypted USB sync and signed activity sheets for the "
                "project “Countering Serious Crime in the Western Balkans”.\n"
                "Licensed under the EUPL 1.2. Qt {qt}, PySide {pyside}."
            ).format(qt=qVersion(), pyside=pyside_version),
            self,
        )
        about.setWordWrap(True)
        about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        heading = QLabel(self.tr("&Licences of the parts it ships:"), self)
        self.licences = QListWidget(self)
        self.licences.setMaximumWidth(200)
        heading.setBuddy(self.licences)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        # licence texts come with their own line breaks
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        for path in licence_files():
            item = QListWidgetItem(path.stem.replace("-", " "), self.licences)
            item.setData(PATH_ROLE, str(path))
        self.licences.currentItemChanged.connect(self._show_licence)
        if self.licences.count():
            self.licences.setCurrentRow(0)
        else:
            self.text.setPlainText(self.tr("No licence texts were found next to the application."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.addWidget(name)
        words.addWidget(about)
        top.addLayout(words, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.licences)
        middle.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(heading)
        layout.addLayout(middle, 1)
        layout.addWidget(buttons)
        self.resize(860, 560)

    def _show_licence(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        path = Path(item.data(PATH_ROLE))
        try:
            self.text.setPlainText(path.read_text(encoding="utf-8", errors="replace"))
        except OSError as exc:
            self.text.setPlainText(str(exc))
