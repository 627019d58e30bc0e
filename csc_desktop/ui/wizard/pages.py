"""The pages of the first-run wizard: language, role and country, person and folder,
passphrase."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from csc_desktop.domain.reference import OPEN_START, RefItem
from csc_desktop.text.fold import fold
from csc_desktop.text.locales import AUTONYMS
from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.i18n.messages import localized
from csc_desktop.ui.wizard.strength import StrengthMeter

_UNSAFE_NAME = re.compile(r"[\\/:*?\"<>|\x00-\x1f]")


def beneficiary_countries(language: str) -> list[tuple[str, str]]:
    """(code, name) of the six beneficiaries, from the reference seed (no profile exists yet)."""
    from csc_desktop.domain.seed import load_reference_seed

    found = []
    for raw in load_reference_seed()["items"]:
        if raw["list"] == "country" and (raw.get("attrs") or {}).get("beneficiary"):
            item = RefItem("country", raw["code"], OPEN_START, None, raw["sort"], raw["names"])
            found.append((raw["sort"], raw["code"], item.name(language)))
    return [(code, name) for _, code, name in sorted(found)]


def folder_name_for(person: str) -> str:
    """A plain folder name from a person's name: "Ana Petrović" → "ana-petrovic"."""
    return "-".join(fold(person).split())[:40] or "profile"


def folder_problem(root: Path, name: str) -> str | None:
    def tr(text: str) -> str:
        return QCoreApplication.translate("PersonPage", text)

    if not name.strip():
        return tr("Give the profile folder a name.")
    if _UNSAFE_NAME.search(name) or name.strip(" .") != name:
        return tr('A folder name cannot contain \\ / : * ? " < > | or end with a dot.')
    if (root / name).exists():
        return tr("A folder with this name already exists: choose another name.")
    return None


class _Page(QWizardPage):
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:  # pragma: no cover - each page has its own
        pass


class LanguagePage(_Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.languages = QListWidget(self)
        for code, name in AUTONYMS.items():
            item = QListWidgetItem(name, self.languages)
            item.setData(Qt.ItemDataRole.UserRole, code)
        self.languages.setCurrentRow(list(AUTONYMS).index(ctx.language or "en"))
        self.languages.currentRowChanged.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.languages)
        self.retranslate()

    def language(self) -> str:
        item = self.languages.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else "en"

    def _chosen(self, _row: int) -> None:
        self.ctx.language = self.language()
        self.ctx.bus.language_changed.emit(self.language())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Language"))
        self.setSubTitle(
            self.tr("The language of the application. You can change it later in Settings.")
        )


class RolePage(_Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.team = QRadioButton(self)
        self.hq = QRadioButton(self)
        self.team.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.team)
        group.addButton(self.hq)
        self.country_label = QLabel(self)
        self.country = QComboBox(self)
        self.country_label.setBuddy(self.country)
        self.team.toggled.connect(self._role_changed)
        layout = QFormLayout(self)
        layout.addRow(self.team)
        layout.addRow(self.hq)
        layout.addRow(self.country_label, self.country)
        ctx.bus.language_changed.connect(lambda _l: self._fill_countries())
        self._fill_countries()
        self.retranslate()

    def role(self) -> str:
        return "team" if self.team.isChecked() else "hq"

    def country_code(self) -> str | None:
        return str(self.country.currentData()) if self.role() == "team" else None

    def _fill_countries(self) -> None:
        current = self.country.currentData()
        self.country.clear()
        for code, name in beneficiary_countries(self.ctx.language or "en"):
            self.country.addItem(name, code)
        if current:
            self.country.setCurrentIndex(max(self.country.findData(current), 0))

    def _role_changed(self) -> None:
        self.country.setEnabled(self.role() == "team")
        self.country_label.setEnabled(self.role() == "team")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Who uses this laptop"))
        self.setSubTitle(
            self.tr("A country team logs its own work; headquarters sees every team's.")
        )
        self.team.setText(self.tr("A &country team"))
        self.hq.setText(self.tr("&Headquarters (HQ)"))
        self.country_label.setText(self.tr("C&ountry:"))


class PersonPage(_Page):
    def __init__(self, root: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.root = root
        self.name_label = QLabel(self)
        self.name = QLineEdit(self)
        self.name_label.setBuddy(self.name)
        self.folder_label = QLabel(self)
        self.folder = QLineEdit(self)
        self.folder_label.setBuddy(self.folder)
        self.where = QLabel(self)
        self.where.setProperty("role", "hint")
        self.where.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self._folder_typed = False
        self.name.textChanged.connect(self._name_changed)
        self.folder.textEdited.connect(lambda _t: setattr(self, "_folder_typed", True))
        self.folder.textChanged.connect(self._folder_changed)
        layout = QFormLayout(self)
        layout.addRow(self.name_label, self.name)
        layout.addRow(self.folder_label, self.folder)
        layout.addRow("", self.where)
        layout.addRow("", self.problem)
        self.retranslate()

    def _name_changed(self, text: str) -> None:
        if not self._folder_typed:
            self.folder.setText(folder_name_for(text) if text.strip() else "")
        self.completeChanged.emit()

    def _folder_changed(self, text: str) -> None:
        self.where.setText(
            self.tr("The profile will be kept in {path}").format(path=self.root / text)
        )
        problem = folder_problem(self.root, text) if text else None
        self.problem.setText(problem or "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return (
            bool(self.name.text().strip()) and folder_problem(self.root, self.folder.text()) is None
        )

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your name and the profile's folder"))
        self.setSubTitle(self.tr("Your name goes into the audit log of everything you record."))
        self.name_label.setText(self.tr("Your &name:"))
        self.folder_label.setText(self.tr("Profile &folder name:"))
        self._folder_changed(self.folder.text())


class PassphrasePage(_Page):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.first_label = QLabel(self)
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first_label.setBuddy(self.first)
        self.meter = StrengthMeter(self)
        self.second_label = QLabel(self)
        self.second = QLineEdit(self)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second_label.setBuddy(self.second)
        self.problem = QLabel(self)
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.RichText)
        self.working_label = QLabel(self)
        self.working = QProgressBar(self)
        self.working.setRange(0, 0)  # moving: deriving the key takes a moment
        self.working.setTextVisible(False)
        self.working.setMaximumHeight(8)
        self.first.textChanged.connect(self._changed)
        self.second.textChanged.connect(self._changed)
        layout = QFormLayout(self)
        layout.addRow(self.first_label, self.first)
        layout.addRow("", self.meter)
        layout.addRow(self.second_label, self.second)
        layout.addRow("", self.problem)
        layout.addRow(self.warning)
        layout.addRow(self.working_label, self.working)
        self.set_busy(False)
        self.retranslate()

    def set_busy(self, busy: bool) -> None:
        self.working.setVisible(busy)
        self.working_label.setVisible(busy)
        self.first.setReadOnly(busy)
        self.second.setReadOnly(busy)
        if busy:
            self.problem.clear()

    def passphrase(self) -> str:
        return self.first.text()

    def problem_text(self) -> str | None:
        from csc_desktop.store.profile import passphrase_problem

        first, second = self.first.text(), self.second.text()
        if not first:
            return None
        problem = passphrase_problem(first)
        if problem:
            return localized(problem)  # the store words its rule in English
        if second and second != first:
            return self.tr("The two passphrases are not the same.")
        return None

    def _changed(self) -> None:
        self.meter.set_passphrase(self.first.text())
        self.problem.setText(self.problem_text() or "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        first = self.first.text()
        return bool(first) and first == self.second.text() and self.problem_text() is None

    def retranslate(self) -> None:
        self.setTitle(self.tr("Passphrase"))
        self.setSubTitle(self.tr("The passphrase encrypts everything in this profile."))
        self.first_label.setText(self.tr("&Passphrase:"))
        self.second_label.setText(self.tr("&Again:"))
        self.first.setPlaceholderText(self.tr("several words are easier to remember"))
        self.working_label.setText(self.tr("Creating the encrypted profile…"))
        self.warning.setText(
            self.tr(
                "<p><b>A forgotten passphrase cannot be recovered</b> — not by headquarters, not "
                "by anyone. Without it, the data on this laptop and its backups cannot be read.</p>"
                "<p>So: write it down and keep it sealed in a safe place away from the laptop; "
                "sync with headquarters often (what HQ has received is safe there); and keep the "
                "automatic backups, which open with the same passphrase.</p>"
            )
        )
        self._changed()
