"""The lock screen: shown in place of every window while the application is locked. It shows who
locked it and asks for the passphrase again; nothing of the records is visible.

It is an application-modal window so that it takes the keyboard even when a dialog was open at
the moment of locking (that dialog is covered, not closed: see :mod:`csc_desktop.ui.lock.locker`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from csc_desktop.errors import CscError, WrongPassphrase
from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.theme import icon
from csc_desktop.ui.unlock.passphrase_form import PassphraseForm


def check_passphrase(folder: Path, passphrase: str) -> None:
    """Raise WrongPassphrase unless ``passphrase`` opens the profile (runs on the worker)."""
    from csc_desktop.store.profile import Profile

    Profile(folder).read_header().derive(passphrase)


class LockWindow(QWidget):
    unlocked = Signal()

    def __init__(self, ctx: AppContext, person: str, folder: Path, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.folder = folder
        self.person = person
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.logo = QLabel(self)
        self.logo.setPixmap(icon("lock").pixmap(QSize(48, 48)))
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = QLabel(self)
        self.heading.setProperty("role", "page-title")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.form = PassphraseForm(self)
        self.form.submitted.connect(self._check)
        card = QFrame(self)
        card.setObjectName("lock-card")
        card.setMaximumWidth(520)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        inner.addWidget(self.logo)
        inner.addWidget(self.heading)
        inner.addWidget(self.explanation)
        inner.addWidget(self.form)
        # centred by stretches, not by an alignment flag: an aligned widget gets its size hint and
        # loses the height its wrapped explanation needs (a longer language ran out of room)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 10)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.retranslate()

    def _check(self, passphrase: str) -> None:
        self.form.set_busy(True)
        folder = self.folder
        self.ctx.runner.run(
            lambda _p: check_passphrase(folder, passphrase),
            on_done=self._passed,
            on_error=self._failed,
            receiver=self,
        )

    def _passed(self, _result: object) -> None:
        self.form.set_busy(False)
        self.form.clear()
        self.unlocked.emit()

    def _failed(self, exc: BaseException, trace: str) -> None:
        self.form.set_busy(False)
        if isinstance(exc, WrongPassphrase):
            self.form.wrong()
        else:
            self.form.show_message(str(exc) if isinstance(exc, CscError) else repr(exc))

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()  # the only way past the lock is the passphrase

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("CSC Desktop — Locked"))
        self.heading.setText(self.tr("Locked"))
        self.explanation.setText(
            self.tr(
                "{person}'s profile is locked. Type the passphrase to continue where you "
                "left off; unsaved changes are kept."
            ).format(person=self.person)
        )
        self.form.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
