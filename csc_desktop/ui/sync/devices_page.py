"""HQ's Devices page: team laptops enrolled (after the fingerprint check by phone), revoked
with confirmation, with the last bundle seen from each and the bundle numbers still missing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from csc_desktop.services.sync import DeviceInfo, ExportResult
from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.common.worker import Progress
from csc_desktop.ui.shell.feedback import show_error
from csc_desktop.ui.sync.common import (
    align_center,
    big_fingerprint_font,
    counts_in_words,
    fill_table,
    make_table,
    run_sync,
    save_own_card,
    title_label,
    trust_card,
    when,
)
from csc_desktop.ui.widgets.banner import Banner, Level


def _tr(text: str) -> str:
    return QCoreApplication.translate("DevicesPage", text)


class DevicesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.devices: list[DeviceInfo] = []
        self.title = title_label(self)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.banner = Banner(self)
        self.enrol_button = QPushButton(self)
        self.enrol_button.clicked.connect(self.enrol)
        self.revoke_button = QPushButton(self)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.send_back_button = QPushButton(self)
        self.send_back_button.clicked.connect(self.send_back)
        self.send_back_label = QLabel(self)
        self.send_back_label.setWordWrap(True)
        self.save_card_button = QPushButton(self)
        self.save_card_button.clicked.connect(lambda: save_own_card(self.ctx, self))
        self.fingerprint_label = QLabel(self)
        self.fingerprint_label.setFont(big_fingerprint_font(self))
        align_center(self.fingerprint_label)
        self.fingerprint_label.hide()  # shown while a card is being checked
        self.table = make_table(self, 5)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.enrol_button)
        buttons.addWidget(self.revoke_button)
        buttons.addWidget(self.send_back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_card_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.send_back_label)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(_tr("Team devices"))
        self.explanation.setText(
            _tr(
                "Each team laptop is enrolled once from its card, after its fingerprint has been "
                "read out over the phone. A revoked laptop's bundles are refused from then on."
            )
        )
        self.enrol_button.setText(_tr("&Enrol a team card…"))
        self.revoke_button.setText(_tr("&Revoke…"))
        self.send_back_button.setText(_tr("&Write bundles for the teams…"))
        self.save_card_button.setText(_tr("&Save HQ's card…"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        ws = self.ctx.ws

        def load(_progress: Progress) -> list[DeviceInfo]:
            return [d for d in ws.sync.devices() if d.role == "team"]

        self.ctx.runner.run(load, on_done=self._loaded, receiver=self)

    def _loaded(self, devices: list[DeviceInfo]) -> None:
        self.devices = devices
        self._show()

    def _state(self, device: DeviceInfo) -> str:
        return _tr("Active") if device.state == "active" else _tr("Revoked")

    def _show(self) -> None:
        rows = [
            [
                d.country or "",
                d.person or "",
                d.short_id,
                self._state(d),
                _tr("bundle {n}, {at}").format(n=d.last_bundle_sequence, at=when(d.last_bundle_at))
                if d.last_bundle_sequence
                else _tr("none yet"),
                ", ".join(str(n) for n in d.missing_sequences),
            ]
            for d in self.devices
        ]
        fill_table(
            self.table,
            [
                _tr("Country"),
                _tr("Person"),
                _tr("Device"),
                _tr("State"),
                _tr("Last bundle"),
                _tr("Missing bundles"),
            ],
            rows,
        )
        missing = [d for d in self.devices if d.missing_sequences and d.state == "active"]
        if not self.devices:
            self.banner.show_message(_tr("No team laptop is enrolled yet."), Level.INFO)
        elif missing:
            self.banner.show_message(
                _tr("Bundles are missing from: {who}. Ask them to bring the missing ones.").format(
                    who=", ".join(f"{d.country} {d.person}" for d in missing)
                ),
                Level.WARNING,
            )
        else:
            self.banner.clear()
        self._selection_changed()

    def selected(self) -> DeviceInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.devices):
            return None
        return self.devices[rows[0].row()]

    def _selection_changed(self) -> None:
        device = self.selected()
        self.revoke_button.setEnabled(device is not None and device.state == "active")

    def enrol(self) -> None:
        trust_card(
            self.ctx,
            self,
            show_fingerprint=self._show_fingerprint,
            on_done=self._enrolled,
        )

    def _show_fingerprint(self, print_: str) -> None:
        self.fingerprint_label.setText(print_)
        self.fingerprint_label.setVisible(bool(print_))

    def send_back(self) -> None:
        """One bundle per active team laptop: acknowledgements, decisions, reference data."""
        folder = self.ctx.dialogs.choose_folder(self, _tr("Choose where to write the bundles"))
        if folder is None:
            return
        ws = self.ctx.ws
        run_sync(
            self.ctx,
            self,
            _tr("Writing the teams' bundles…"),
            lambda report: ws.sync.export_bundle(folder, report),
            self._sent_back,
        )

    def _sent_back(self, results: list[ExportResult]) -> None:
        lines = [
            _tr("{team}: {name} ({counts})").format(
                team=r.receiver_label, name=r.path.name, counts=counts_in_words(r.counts)
            )
            if r.path is not None
            else _tr("{team}: nothing to send").format(team=r.receiver_label)
            for r in results
        ]
        self.send_back_label.setText("\n".join(lines) or _tr("No team laptop is enrolled yet."))
        self.refresh()

    def _enrolled(self, _device: DeviceInfo) -> None:
        self._show_fingerprint("")
        self.refresh()

    def revoke_selected(self) -> None:
        device = self.selected()
        if device is None:
            return
        title = _tr("Revoke a device")
        question = _tr(
            "Revoke the laptop of {person} ({country}, device {device})?\n\nIts bundles will be "
            "refused from now on, and it will learn of it with HQ's next bundle. This cannot be "
            "undone: the team would need to be enrolled again with a new profile."
        ).format(person=device.person, country=device.country, device=device.short_id)
        if not self.ctx.dialogs.confirm(self, title, question):
            return
        ws = self.ctx.ws

        def revoke(_progress: Progress) -> DeviceInfo:
            return ws.sync.revoke(device.device_id)

        self.ctx.runner.run(
            revoke,
            on_done=lambda _d: self.refresh(),
            on_error=lambda exc, trace: show_error(self.ctx, self, title, exc, trace),
            receiver=self,
        )
