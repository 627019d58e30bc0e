"""The Settings page: language, idle time before locking, backup folder (and Back up now), and the
defaults for new records. Every value is stored in the profile as soon as it is chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from csc_desktop.text.locales import AUTONYMS
from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.settings.declared import (
    BACKUP_FOLDER,
    DEFAULT_COUNTRY,
    DEFAULT_INSTITUTION,
    IDLE_CHOICES_MINUTES,
    IDLE_MINUTES,
    LANGUAGE,
)
from csc_desktop.ui.shell.backup import back_up_now
from csc_desktop.ui.shell.language import apply_language
from csc_desktop.ui.theme import icon
from csc_desktop.ui.widgets.language import ui_language


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        assert ctx.settings is not None
        self.settings = ctx.settings
        self.title = QLabel(self)
        self.title.setProperty("role", "page-title")

        self.general = QGroupBox(self)
        self.language_label, self.language = QLabel(self), QComboBox(self)
        for code, name in AUTONYMS.items():
            self.language.addItem(name, code)
        self.idle_label, self.idle = QLabel(self), QComboBox(self)
        general = QFormLayout(self.general)
        general.addRow(self.language_label, self.language)
        general.addRow(self.idle_label, self.idle)

        self.backups = QGroupBox(self)
        self.folder_label, self.folder = QLabel(self), QLineEdit(self)
        self.folder.setReadOnly(True)
        self.choose_folder = QPushButton(self)
        self.default_folder = QPushButton(self)
        self.backup_now = QPushButton(icon("backup"), "", self)
        self.backup_note = QLabel(self)
        self.backup_note.setWordWrap(True)
        self.backup_note.setProperty("role", "hint")
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_folder)
        folder_row.addWidget(self.default_folder)
        button_row = QHBoxLayout()
        button_row.addWidget(self.backup_now)
        button_row.addStretch(1)
        backups = QVBoxLayout(self.backups)
        backups.addLayout(folder_row)
        backups.addLayout(button_row)
        backups.addWidget(self.backup_note)

        self.defaults = QGroupBox(self)
        self.country_label, self.country = QLabel(self), QComboBox(self)
        self.institution_label, self.institution = QLabel(self), QComboBox(self)
        self.institution.setMinimumContentsLength(30)
        self.institution.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        defaults = QFormLayout(self.defaults)
        defaults.addRow(self.country_label, self.country)
        defaults.addRow(self.institution_label, self.institution)

        for label, field in (
            (self.language_label, self.language),
            (self.idle_label, self.idle),
            (self.folder_label, self.folder),
            (self.country_label, self.country),
            (self.institution_label, self.institution),
        ):
            label.setBuddy(field)
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.addWidget(self.title)
        for group in (self.general, self.backups, self.defaults):
            group.setMaximumWidth(760)
            column.addWidget(group)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        QVBoxLayout(self).addWidget(scroll)
        self.layout().setContentsMargins(0, 0, 0, 0)  # type: ignore[union-attr]

        self.retranslate()
        self._show_values()
        self.language.activated.connect(self._language_chosen)
        self.idle.activated.connect(
            lambda _i: self.settings.set(IDLE_MINUTES, int(self.idle.currentData()))
        )
        self.choose_folder.clicked.connect(self._choose_folder)
        self.default_folder.clicked.connect(lambda: self._set_folder(""))
        self.backup_now.clicked.connect(lambda: back_up_now(self.ctx, self))
        self.country.activated.connect(self._country_chosen)
        self.institution.activated.connect(
            lambda _i: self.settings.set(DEFAULT_INSTITUTION, self.institution.currentData() or "")
        )
        ctx.bus.language_changed.connect(lambda _l: self.retranslate())

    # -- values -----------------------------------------------------------------------------

    def _show_values(self) -> None:
        language = self.settings.get(LANGUAGE) or self.ctx.ws.identity.language
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.idle.setCurrentIndex(max(self.idle.findData(self.settings.get(IDLE_MINUTES)), 0))
        self._show_folder()
        self.country.setCurrentIndex(max(self.country.findData(self._country()), 0))
        self._fill_institutions()

    def _country(self) -> str:
        """The default country: the one chosen, else a team's own (HQ has none)."""
        return self.settings.get(DEFAULT_COUNTRY) or self.ctx.ws.identity.country or ""

    def _language_chosen(self, _index: int) -> None:
        code = str(self.language.currentData())
        self.settings.set(LANGUAGE, code)
        apply_language(self.ctx, code)

    def _choose_folder(self) -> None:
        start = self.settings.get(BACKUP_FOLDER) or str(Path.home())
        chosen = self.ctx.dialogs.choose_folder(self, self.tr("Backup folder"), start)
        if chosen is not None:
            self._set_folder(str(chosen))

    def _set_folder(self, folder: str) -> None:
        self.settings.set(BACKUP_FOLDER, folder)
        self._show_folder()

    def _show_folder(self) -> None:
        chosen = self.settings.get(BACKUP_FOLDER)
        self.folder.setText(chosen or str(self.ctx.ws.profile.backups_dir))
        self.default_folder.setEnabled(bool(chosen))

    def _country_chosen(self, _index: int) -> None:
        self.settings.set(DEFAULT_COUNTRY, self.country.currentData() or "")
        self._fill_institutions()

    def _fill_institutions(self) -> None:
        language = ui_language(self.ctx)
        country = self._country()
        self.institution.clear()
        self.institution.addItem(self.tr("None"), "")
        for item in self.ctx.ws.reference.items("institution"):
            if not country or item.attrs.get("country") in (country, ""):
                self.institution.addItem(item.name(language), item.code)
        chosen = self.settings.get(DEFAULT_INSTITUTION)
        self.institution.setCurrentIndex(max(self.institution.findData(chosen), 0))

    # -- words --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        language = ui_language(self.ctx)
        self.title.setText(self.tr("Settings"))
        self.general.setTitle(self.tr("General"))
        self.language_label.setText(self.tr("&Language:"))
        self.language.setToolTip(
            self.tr(
                "Serbian is offered in Cyrillic and in Latin script: the screens, the names of "
                "countries and institutions, dates and the sheets follow the one chosen."
            )
        )
        if self.language.currentData() != language:  # changed elsewhere (the profile's own)
            self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.idle_label.setText(self.tr("&Lock after:"))
        current_idle = self.idle.currentData()
        self.idle.clear()
        for minutes in IDLE_CHOICES_MINUTES:
            text = (
                self.tr("{minutes} min without use").format(minutes=minutes)
                if minutes
                else self.tr("Never by itself (Ctrl+L locks)")
            )
            self.idle.addItem(text, minutes)
        if current_idle is not None:
            self.idle.setCurrentIndex(max(self.idle.findData(current_idle), 0))
        self.backups.setTitle(self.tr("Backups"))
        self.folder_label.setText(self.tr("Backup &folder:"))
        self.choose_folder.setText(self.tr("C&hoose…"))
        self.default_folder.setText(self.tr("Use the profile's &own folder"))
        self.backup_now.setText(self.tr("&Back up now"))
        self.backup_note.setText(
            self.tr(
                "Backups are encrypted and open with this profile's passphrase. One is also made "
                "automatically when you lock or close the application after changes. A folder on "
                "another disk or a USB stick protects against a broken laptop."
            )
        )
        self.defaults.setTitle(self.tr("New records"))
        self.country_label.setText(self.tr("Default &country:"))
        self.institution_label.setText(self.tr("Default &institution:"))
        current_country = self.country.currentData()
        self.country.clear()
        self.country.addItem(self.tr("No default"), "")
        for item in self.ctx.ws.reference.items("country"):
            if item.attrs.get("beneficiary"):
                self.country.addItem(item.name(language), item.code)
        self.country.setCurrentIndex(
            max(self.country.findData(current_country or self._country()), 0)
        )
        if self.institution.count():
            self._fill_institutions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def focus_first(self) -> None:
        self.language.setFocus(Qt.FocusReason.TabFocusReason)
