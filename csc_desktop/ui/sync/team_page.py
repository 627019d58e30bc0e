"""A team's Sync page: what waits to go to HQ, export to a USB drive, import of HQ's bundles,
HQ's card, and the history of bundles sent and received."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from csc_desktop.services.sync import (
    DeviceInfo,
    ExportResult,
    HistoryEntry,
    ImportResult,
    PendingSummary,
)
from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.common.worker import Progress
from csc_desktop.ui.sync.common import (
    BUNDLE_FILTER,
    align_center,
    big_fingerprint_font,
    counts_in_words,
    fill_table,
    import_outcome,
    kind_name,
    make_table,
    run_sync,
    save_own_card,
    title_label,
    trust_card,
    when,
)
from csc_desktop.ui.sync.drives import removable_drives
from csc_desktop.ui.widgets.banner import Banner, Level


def _tr(text: str) -> str:
    return QCoreApplication.translate("TeamSyncPage", text)


@dataclass(frozen=True)
class _State:
    summary: PendingSummary
    history: list[HistoryEntry]
    hq: DeviceInfo | None


class TeamSyncPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.state: _State | None = None
        self.title = title_label(self)
        self.banner = Banner(self)

        self.pending_box = QGroupBox(self)
        self.pending_table = make_table(self.pending_box, 0)
        self.pending_table.setMaximumHeight(150)
        self.exchange_label = QLabel(self.pending_box)
        self.exchange_label.setWordWrap(True)
        self.export_button = QPushButton(self.pending_box)
        self.export_menu = QMenu(self.export_button)
        self.export_menu.aboutToShow.connect(self._fill_export_menu)
        self.export_button.setMenu(self.export_menu)
        self.import_button = QPushButton(self.pending_box)
        self.import_button.clicked.connect(self.import_from_hq)
        self.result_label = QLabel(self.pending_box)
        self.result_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        pending_layout = QVBoxLayout(self.pending_box)
        pending_layout.addWidget(self.pending_table)
        pending_layout.addWidget(self.exchange_label)
        pending_layout.addLayout(buttons)
        pending_layout.addWidget(self.result_label)

        self.card_box = QGroupBox(self)
        self.hq_label = QLabel(self.card_box)
        self.hq_label.setWordWrap(True)
        self.fingerprint_label = QLabel(self.card_box)
        self.fingerprint_label.setFont(big_fingerprint_font(self))
        align_center(self.fingerprint_label)
        self.trust_button = QPushButton(self.card_box)
        self.trust_button.clicked.connect(self.trust_hq)
        self.save_card_button = QPushButton(self.card_box)
        self.save_card_button.clicked.connect(lambda: save_own_card(self.ctx, self))
        card_buttons = QHBoxLayout()
        card_buttons.addWidget(self.trust_button)
        card_buttons.addWidget(self.save_card_button)
        card_buttons.addStretch(1)
        card_layout = QVBoxLayout(self.card_box)
        card_layout.addWidget(self.hq_label)
        card_layout.addWidget(self.fingerprint_label)
        card_layout.addLayout(card_buttons)
        card_layout.addStretch(1)

        self.history_box = QGroupBox(self)
        self.history_table = make_table(self.history_box, 4)
        history_layout = QVBoxLayout(self.history_box)
        history_layout.addWidget(self.history_table)

        top = QHBoxLayout()
        top.addWidget(self.pending_box, 3)
        top.addWidget(self.card_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.history_box, 1)
        self.retranslate()

    # -- text ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(_tr("Sync with headquarters"))
        self.pending_box.setTitle(_tr("Waiting to be sent"))
        self.export_button.setText(_tr("&Export to USB drive…"))
        self.import_button.setText(_tr("&Import from HQ…"))
        self.card_box.setTitle(_tr("Headquarters' card"))
        self.trust_button.setText(_tr("&Trust HQ's card…"))
        self.save_card_button.setText(_tr("&Save my card…"))
        self.history_box.setTitle(_tr("Bundles sent and received"))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    # -- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        ws = self.ctx.ws

        def load(_progress: Progress) -> _State:
            hq = next((d for d in ws.sync.devices() if d.role == "hq"), None)
            return _State(ws.sync.pending_summary(), ws.sync.history(), hq)

        self.ctx.runner.run(load, on_done=self._loaded, receiver=self)

    def _loaded(self, state: _State) -> None:
        self.state = state
        self._show_state()

    def _show_state(self) -> None:
        state = self.state
        if state is None:
            return
        peer = state.summary.peers[0] if state.summary.peers else None
        changes = dict(peer.changes) if peer else {}
        if peer and peer.audit_entries:
            changes["audit_entry"] = peer.audit_entries
        rows = [[kind_name(k), f"{n:,}"] for k, n in changes.items() if n]
        fill_table(self.pending_table, [_tr("Kind"), _tr("Changes")], rows)
        if peer is None:
            self.exchange_label.setText(_tr("Nothing can be sent before HQ's card is trusted."))
        else:
            last = (
                _tr("bundle {n} on {at}").format(
                    n=peer.last_sent_sequence, at=when(peer.last_sent_at)
                )
                if peer.last_sent_sequence
                else _tr("never")
            )
            acked = (
                _tr("up to bundle {n}").format(n=peer.last_acknowledged_sequence)
                if peer.last_acknowledged_sequence
                else _tr("none yet")
            )
            self.exchange_label.setText(
                _tr("Last export: {last}\nAcknowledged by HQ: {acked}").format(
                    last=last, acked=acked
                )
            )
        can_send = peer is not None and not state.summary.revoked_here
        self.export_button.setEnabled(can_send)
        self.import_button.setEnabled(peer is not None)
        self._show_banner(state, peer is not None and not rows)
        self._show_hq(state.hq)
        fill_table(
            self.history_table,
            [_tr("When"), _tr("What"), _tr("Bundle"), _tr("File"), _tr("Contents"), _tr("State")],
            [
                [
                    when(e.at),
                    self._direction(e.direction),
                    str(e.sequence) if e.sequence is not None else "",
                    e.file,
                    counts_in_words(e.counts) if e.counts else "",
                    self._detail(e),
                ]
                for e in state.history
            ],
        )

    def _direction(self, direction: str) -> str:
        return {
            "sent": _tr("Sent"),
            "received": _tr("Received"),
            "refused": _tr("Refused"),
        }.get(direction, direction)

    def _detail(self, entry: HistoryEntry) -> str:
        """The service's detail in the person's language where it is one of the known ones."""
        if entry.detail == "acknowledged":
            return _tr("acknowledged")
        if entry.detail == "not acknowledged yet":
            return _tr("not acknowledged yet")
        if entry.detail.startswith("imported by "):
            return _tr("imported by {person}").format(person=entry.detail[len("imported by ") :])
        return entry.detail

    def _show_banner(self, state: _State, nothing_waiting: bool) -> None:
        if state.summary.revoked_here:
            self.banner.show_message(
                _tr("HQ has revoked this laptop: it can no longer send bundles."), Level.ERROR
            )
        elif state.hq is None:
            self.banner.show_message(
                _tr("Trust HQ's card first: load it, and check its fingerprint with HQ by phone."),
                Level.WARNING,
            )
        elif state.summary.open_conflicts:
            self.banner.show_message(
                _tr("Conflicts waiting for HQ to resolve: {n}").format(
                    n=state.summary.open_conflicts
                ),
                Level.INFO,
            )
        elif nothing_waiting:
            self.banner.show_message(_tr("Everything has been sent to HQ."), Level.OK)
        else:
            self.banner.clear()

    def _show_hq(self, hq: DeviceInfo | None) -> None:
        if hq is None:
            self.hq_label.setText(_tr("HQ's card is not trusted yet."))
            self.fingerprint_label.clear()
            self.fingerprint_label.hide()
            self.trust_button.setText(_tr("&Trust HQ's card…"))
            return
        self.hq_label.setText(
            _tr("Trusted: {person}, since {at}. Fingerprint:").format(
                person=hq.person or _tr("HQ"), at=when(hq.enrolled_at)
            )
        )
        self.fingerprint_label.setText(self._grouped(hq.fingerprint or ""))
        self.fingerprint_label.show()
        self.trust_button.setText(_tr("&Replace HQ's card…"))

    @staticmethod
    def _grouped(print_: str) -> str:
        groups = print_.split()
        half = (len(groups) + 1) // 2
        return " ".join(groups[:half]) + ("\n" + " ".join(groups[half:]) if groups[half:] else "")

    # -- export --------------------------------------------------------------------------

    def _fill_export_menu(self) -> None:
        self.export_menu.clear()
        for drive in removable_drives():
            free = drive.free_bytes / 1e9
            action = self.export_menu.addAction(
                _tr("{name} ({root}, {free:.1f} GB free)").format(
                    name=drive.name, root=drive.root, free=free
                )
            )
            action.triggered.connect(lambda _=False, root=drive.root: self.export_to(root))
        if self.export_menu.isEmpty():
            none = self.export_menu.addAction(_tr("No USB drive found: plug one in"))
            none.setEnabled(False)
        self.export_menu.addSeparator()
        other = self.export_menu.addAction(_tr("Other folder…"))
        other.triggered.connect(self.export_to_other_folder)

    def export_to_other_folder(self) -> None:
        folder = self.ctx.dialogs.choose_folder(self, _tr("Choose where to write the bundle"))
        if folder is not None:
            self.export_to(folder)

    def export_to(self, folder: Path) -> Progress:
        ws = self.ctx.ws
        return run_sync(
            self.ctx,
            self,
            _tr("Writing the bundle for HQ…"),
            lambda report: ws.sync.export_bundle(folder, report),
            self._exported,
        )

    def _exported(self, results: list[ExportResult]) -> None:
        result = results[0]
        if result.path is None:
            self.result_label.setText(_tr("Nothing to send: HQ has everything."))
        else:
            self.result_label.setText(
                _tr("Written: {name} (bundle {n}, {counts}) in {folder}").format(
                    name=result.path.name,
                    n=result.sequence,
                    counts=counts_in_words(result.counts),
                    folder=result.path.parent,
                )
            )
        self.refresh()

    # -- import and trust ----------------------------------------------------------------

    def import_from_hq(self) -> None:
        paths = self.ctx.dialogs.open_files(self, _tr("Choose HQ's bundles"), BUNDLE_FILTER)
        if not paths:
            return
        ws = self.ctx.ws
        run_sync(
            self.ctx,
            self,
            _tr("Importing HQ's bundles…"),
            lambda report: ws.sync.import_bundles(paths, report),
            self._imported,
        )

    def _imported(self, results: list[ImportResult]) -> None:
        self.result_label.setText(
            "\n".join(f"{Path(r.file).name}: {import_outcome(r)}" for r in results)
        )
        self.refresh()

    def trust_hq(self) -> None:
        trust_card(
            self.ctx, self, show_fingerprint=self._preview_fingerprint, on_done=self._trusted
        )

    def _preview_fingerprint(self, print_: str) -> None:
        """The card being checked; "" (declined) goes back to what is trusted."""
        self.fingerprint_label.setText(self._grouped(print_))
        self.fingerprint_label.setVisible(bool(print_))
        if not print_:
            self._show_state()

    def _trusted(self, _device: Any) -> None:
        self.refresh()
