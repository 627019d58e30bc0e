"""The first-run wizard: language, role and country, name and folder, passphrase; then the profile
is created on the worker (deriving the key takes a moment) and opened."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QWidget, QWizard

from csc_desktop.errors import CscError
from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.i18n.messages import localized
from csc_desktop.ui.shell.feedback import show_error
from csc_desktop.ui.theme import icon
from csc_desktop.ui.wizard.pages import LanguagePage, PassphrasePage, PersonPage, RolePage


def create_profile(
    folder: Path,
    passphrase: str,
    *,
    role: str,
    person: str,
    country: str | None,
    language: str,
) -> tuple[Any, dict[str, Any]]:
    """Create and open the profile (on the worker); returns the workspace and its settings."""
    from csc_desktop.services.workspace import Workspace
    from csc_desktop.ui.unlock.opening import settings_of

    ws = Workspace.create(
        folder, passphrase, role=role, person=person, country=country, language=language
    )
    return ws, settings_of(ws)


class ProfileWizard(QWizard):
    created = Signal(object, object)  # the Workspace, its settings (dict)

    def __init__(self, ctx: AppContext, root: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.root = root
        self.setWindowIcon(icon("app"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.language_page = LanguagePage(ctx, self)
        self.role_page = RolePage(ctx, self)
        self.person_page = PersonPage(root, self)
        self.passphrase_page = PassphrasePage(self)
        for page in (self.language_page, self.role_page, self.person_page, self.passphrase_page):
            self.addPage(page)
        self.creating = False
        self.retranslate()
        self.resize(640, 520)

    def preset_folder(self, name: str) -> None:
        """Suggest a folder name (``--profile DIR`` that does not exist yet)."""
        self.person_page.folder.setText(name)
        self.person_page._folder_typed = True

    def accept(self) -> None:
        """Finish: create the profile on the worker; the wizard closes when it is open."""
        if self.creating:
            return
        self.creating = True
        self._set_busy(True)
        folder = self.root / self.person_page.folder.text()
        values = dict(
            role=self.role_page.role(),
            person=self.person_page.name.text().strip(),
            country=self.role_page.country_code(),
            language=self.language_page.language(),
        )
        passphrase = self.passphrase_page.passphrase()
        self.ctx.runner.run(
            lambda _p: create_profile(folder, passphrase, **values),  # type: ignore[arg-type]
            on_done=self._created,
            on_error=self._failed,
            receiver=self,
        )

    def _created(self, result: tuple[Any, dict[str, Any]]) -> None:
        self._set_busy(False)
        ws, settings = result
        self.passphrase_page.first.clear()
        self.passphrase_page.second.clear()
        super().accept()
        self.created.emit(ws, settings)

    def _failed(self, exc: BaseException, trace: str) -> None:
        self.creating = False
        self._set_busy(False)
        if isinstance(exc, CscError):
            self.passphrase_page.problem.setText(localized(str(exc)))
        else:
            show_error(self.ctx, self, self.tr("The profile could not be created"), exc, trace)

    def reject(self) -> None:
        if not self.creating:
            super().reject()

    def _set_busy(self, busy: bool) -> None:
        for which in (
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(which).setEnabled(not busy)
        self.passphrase_page.set_busy(busy)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("CSC Desktop — New profile"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create profile"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        if self.creating and event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)
