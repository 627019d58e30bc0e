"""The first window of a normal day: the profiles on this laptop and the passphrase.

Key derivation and opening the database run on the worker, so the window keeps moving while the
key is derived; a wrong passphrase shakes the window and says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from csc_desktop.errors import CscError, WrongPassphrase
from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.shell.feedback import show_error
from csc_desktop.ui.theme import icon
from csc_desktop.ui.unlock.opening import open_profile
from csc_desktop.ui.unlock.passphrase_form import PassphraseForm

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class UnlockWindow(QWidget):
    unlocked = Signal(object, object)  # the Workspace, its settings (dict)
    new_profile_requested = Signal()
    open_folder_requested = Signal()
    quit_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.logo = QLabel(self)
        self.logo.setPixmap(icon("app").pixmap(QSize(56, 56)))
        self.heading = QLabel(self)
        self.heading.setProperty("role", "page-title")
        self.subtitle = QLabel(self)
        self.subtitle.setProperty("role", "hint")
        self.subtitle.setWordWrap(True)
        self.profiles_label = QLabel(self)
        self.profiles = QListWidget(self)
        self.profiles.setMaximumHeight(130)
        self.profiles_label.setBuddy(self.profiles)
        self.form = PassphraseForm(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.hide()
        self.new_button = QPushButton(self)
        self.folder_button = QPushButton(self)
        self.quit_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_profile_requested)
        self.folder_button.clicked.connect(self.open_folder_requested)
        self.quit_button.clicked.connect(self.quit_requested)
        self.form.submitted.connect(self._unlock)
        self.profiles.currentItemChanged.connect(lambda *_: self.form.show_message(""))

        card = QFrame(self)
        card.setObjectName("unlock-card")
        head = QHBoxLayout()
        head.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.setSpacing(10)
        inner.addLayout(head)
        inner.addSpacing(6)
        inner.addWidget(self.profiles_label)
        inner.addWidget(self.profiles)
        inner.addWidget(self.form)
        inner.addWidget(self.hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 28, 28, 28)
        outer.addWidget(card)
        self.setTabOrder(self.profiles, self.form.field)
        self.setTabOrder(self.form.field, self.form.button)
        self.setTabOrder(self.form.button, self.new_button)
        self.setTabOrder(self.new_button, self.folder_button)
        self.setTabOrder(self.folder_button, self.quit_button)
        self.retranslate()
        self.resize(560, 460)

    # -- profiles -------------------------------------------------------------------------

    def set_profiles(self, folders: list[Path], select: Path | None = None) -> None:
        self.profiles.clear()
        for folder in folders:
            item = QListWidgetItem(icon("lock"), folder.name, self.profiles)
            item.setData(PATH_ROLE, str(folder))
            item.setToolTip(str(folder))
            if select is not None and folder == select:
                self.profiles.setCurrentItem(item)
        if self.profiles.currentItem() is None and self.profiles.count():
            self.profiles.setCurrentRow(0)
        self.profiles.setVisible(self.profiles.count() > 0)
        self.profiles_label.setVisible(self.profiles.count() > 0)
        self.form.setEnabled(self.profiles.count() > 0)
        self.form.setFocus()

    def selected_profile(self) -> Path | None:
        item = self.profiles.currentItem()
        return Path(item.data(PATH_ROLE)) if item is not None else None

    def set_hint(self, text: str) -> None:
        """A line under the passphrase (the demo profile shows its passphrase here)."""
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def set_preparing(self, text: str) -> None:
        """Busy before any profile can be opened (the demo profile being filled)."""
        self.form.set_busy(bool(text))
        self.set_hint(text)

    # -- unlocking -------------------------------------------------------------------------

    def _unlock(self, passphrase: str) -> None:
        folder = self.selected_profile()
        if folder is None:
            return
        self.form.set_busy(True)
        self.ctx.runner.run(
            lambda _p: open_profile(folder, passphrase),
            on_done=self._opened,
            on_error=self._failed,
            receiver=self,
        )

    def _opened(self, result: tuple[Any, dict[str, Any]]) -> None:
        self.form.set_busy(False)
        self.form.clear()
        ws, settings = result
        self.unlocked.emit(ws, settings)

    def _failed(self, exc: BaseException, trace: str) -> None:
        self.form.set_busy(False)
        if isinstance(exc, WrongPassphrase):
            self.form.wrong()
        elif isinstance(exc, CscError):
            self.form.show_message(str(exc))  # e.g. a damaged database, naming the newest backup
        else:
            show_error(self.ctx, self, self.tr("The profile could not be opened"), exc, trace)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        self.quit_requested.emit()

    # -- words -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("CSC Desktop — Unlock"))
        self.heading.setText(self.tr("CSC Desktop"))
        self.subtitle.setText(self.tr("Countering Serious Crime in the Western Balkans"))
        self.profiles_label.setText(self.tr("P&rofile on this laptop:"))
        self.new_button.setText(self.tr("&New profile…"))
        self.folder_button.setText(self.tr("&Open a profile folder…"))
        self.quit_button.setText(self.tr("&Quit"))
        self.form.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
