"""The editor window of one record: its fields, the training's participants, attachments, the
workflow actions allowed now, and Save / Save and close / Cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from csc_desktop.domain.fields import STATUS_LIST, Field, Kind, Owner
from csc_desktop.errors import CscError, ValidationError
from csc_desktop.ui.attachments.panel import AttachmentsPanel
from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.common.worker import Progress
from csc_desktop.ui.editors.candidates import load_candidates
from csc_desktop.ui.editors.field_inputs import FormEnv
from csc_desktop.ui.editors.form import RecordForm
from csc_desktop.ui.editors.labels import (
    action_label,
    action_question,
    kind_label,
    new_record_title,
)
from csc_desktop.ui.editors.validation import LiveValidation
from csc_desktop.ui.editors.workflow_bar import WorkflowBar
from csc_desktop.ui.participants.import_dialog import start_import
from csc_desktop.ui.participants.panel import ParticipantsPanel
from csc_desktop.ui.widgets.banner import Banner, Level
from csc_desktop.ui.widgets.language import ui_language


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordEditor", text)


def training_days(start: date | None, end: date | None) -> int:
    if not start or not end or end < start:
        return 1
    return (end - start).days + 1


class RecordEditor(QWidget):
    record_saved = Signal(str)  # the record's id, after every successful save

    def __init__(
        self, ctx: AppContext, kind: Kind, record_id: str | None, parent: QWidget | None = None
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.kind = kind
        self.record_id = record_id
        self.record: dict[str, Any] | None = None
        self.busy = False
        self._may_close = False
        self._hidden_by_lock = False
        self._focus_before: QWidget | None = None
        ws = ctx.ws
        self.env = FormEnv(ws.reference, ui_language(ctx), ws.identity.country)
        self._build()
        self.validation = LiveValidation(ctx, kind, self._validation_request, self)
        self.validation.errors_ready.connect(self._show_live_errors)
        self.form.edited.connect(self._field_edited)
        ctx.bus.changed.connect(self._store_changed)
        ctx.bus.locked.connect(self._hide_for_lock)
        ctx.bus.unlocked.connect(self._show_after_unlock)
        ctx.bus.language_changed.connect(self._language_changed)
        self.setAcceptDrops(True)
        self.retranslate()
        self.resize(900, 720)
        if record_id:
            self._set_busy(True)
            self._fetch(consult=True)
        else:
            self._start_new()
        load_candidates(ctx, self.form, self)

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.workflow = WorkflowBar(self)
        self.workflow.action_requested.connect(self.run_action)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.status_label)
        header.addLayout(titles, 1)
        header.addWidget(self.workflow, 0, Qt.AlignmentFlag.AlignTop)
        self.banner = Banner(self)
        self.form = RecordForm(self.kind, self.env, self)
        self.participants: ParticipantsPanel | None = None
        if self.kind == Kind.TRAINING:
            self.participants = ParticipantsPanel(
                self.env.reference, self.env.language, self.env.country, self
            )
            self.participants.edited.connect(self._participants_edited)
            self.participants.import_requested.connect(self.import_participants)
            self.participants_tab = self.form.add_tab(self.participants, "")
        self.attachments = AttachmentsPanel(self.ctx, self)
        self.attachments_tab = self.form.add_tab(self.attachments, "")
        self.legend = QLabel(self)
        self.legend.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.state_label = QLabel(self)
        self.save_button = QPushButton(self)
        self.save_close_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.save_button.setDefault(False)
        self.save_button.clicked.connect(lambda: self.save())
        self.save_close_button.clicked.connect(lambda: self.save(close_after=True))
        self.cancel_button.clicked.connect(self.close)
        footer = QHBoxLayout()
        footer.addWidget(self.legend)
        footer.addSpacing(12)
        footer.addWidget(self.state_label)
        footer.addStretch(1)
        footer.addWidget(self.save_button)
        footer.addWidget(self.save_close_button)
        footer.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.form, 1)
        layout.addLayout(footer)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, lambda: self.save())
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, lambda: self.save(close_after=True))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

    def retranslate(self) -> None:
        self.form.retranslate()
        self.workflow.retranslate()
        if self.participants is not None:
            self.participants.retranslate()
            self.form.tabs.setTabText(self.participants_tab, _tr("Participants"))
        self.attachments.retranslate()
        self.form.tabs.setTabText(self.attachments_tab, _tr("Attachments"))
        self.legend.setText(_tr("* required"))
        self._explain_read_only()
        self.save_button.setText(_tr("&Save"))
        self.save_button.setToolTip(_tr("Save (Ctrl+S)"))
        self.save_close_button.setText(_tr("Save and &close"))
        self.save_close_button.setToolTip(_tr("Save and close (Ctrl+Enter)"))
        self.cancel_button.setText(_tr("Cancel"))
        self.cancel_button.setToolTip(_tr("Close without saving (Esc)"))
        self._update_titles()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading -------------------------------------------------------------------------------

    def _start_new(self) -> None:
        ws = self.ctx.ws
        defaults = {"country": ws.identity.country} if ws.identity.country else {}
        self.form.load(None, defaults)
        self.form.set_editable(self._editable)
        self._explain_read_only()
        if self.participants is not None:
            self.participants.load([], 1)
        self.attachments.set_record(None)
        self.workflow.set_actions([])
        self._update_titles()
        self._update_state()

    def _fetch(self, *, consult: bool) -> None:
        record_id = self.record_id
        assert record_id is not None
        ws = self.ctx.ws

        def task(_progress: Progress) -> tuple[dict[str, Any], list[str]]:
            record = ws.records.get(record_id, consult=consult)
            return record, ws.records.allowed_actions(record)

        def failed(error: BaseException, trace: str) -> None:
            self._set_busy(False)
            self._report(error, trace, _tr("The record could not be opened."))

        self.ctx.runner.run(task, on_done=self._loaded, on_error=failed, receiver=self)

    def _loaded(self, result: tuple[dict[str, Any], list[str]]) -> None:
        record, actions = result
        self.record = record
        self.record_id = record["id"]
        if record.get("country") != self.env.country:
            self.env.country = record.get("country")
            self.form.set_env(self.env)
        self.validation.cancel()
        self.form.load(record)
        self.form.set_editable(self._editable)
        self._explain_read_only()
        if self.participants is not None:
            days = training_days(self.form.day_of("start_date"), self.form.day_of("end_date"))
            self.participants.load(record.get("participants") or [], days)
            self.participants.set_read_only(not self._team_fields_editable())
        self.attachments.set_record(self.record_id)
        self.workflow.set_actions(actions)
        self._set_busy(False)
        self._update_titles()
        self._update_state()

    # -- rules ---------------------------------------------------------------------------------

    def _team_fields_editable(self) -> bool:
        """Headquarters changes only its decision fields on a country team's record."""
        identity = self.ctx.ws.identity
        if not identity.is_hq or self.record is None:
            return True
        return self.record.get("origin_device") == identity.device_id

    def _editable(self, spec: Field) -> bool:
        identity = self.ctx.ws.identity
        if spec.owner == Owner.SYSTEM:
            return False
        if spec.owner == Owner.HQ:
            return identity.is_hq
        if spec.name == "country" and not identity.is_hq:
            return False  # a team records its own country's activities only
        return self._team_fields_editable()

    def _explain_read_only(self) -> None:
        hq_groups = {
            row.spec.group for row in self.form.rows.values() if row.spec.owner == Owner.HQ
        }
        team_groups = set(self.form.groups()) - hq_groups
        if not self.ctx.ws.identity.is_hq:
            for group in hq_groups:
                self.form.set_group_note(
                    group,
                    _tr(
                        "Headquarters fills in these fields; they arrive here with the next "
                        "synchronisation."
                    ),
                )
        elif not self._team_fields_editable():
            for group in team_groups:
                self.form.set_group_note(
                    group,
                    _tr(
                        "A country team keeps this record: only the HQ decision can be changed here."
                    ),
                )

    # -- state ---------------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        participants_dirty = self.participants is not None and self.participants.is_dirty()
        return self.form.is_dirty() or participants_dirty

    def _field_edited(self, name: str) -> None:
        if self.participants is not None and name in ("start_date", "end_date"):
            days = training_days(self.form.day_of("start_date"), self.form.day_of("end_date"))
            self.participants.set_days(days)
        self.banner.clear()
        self._update_state()
        self.validation.schedule()

    def _participants_edited(self) -> None:
        self._update_state()

    def _validation_request(self) -> tuple[dict[str, Any], str | None]:
        return self.form.payload(only_changed=self.record_id is not None), self.record_id

    def _show_live_errors(self, errors: dict[str, str]) -> None:
        self.form.show_errors(errors)

    def _update_state(self) -> None:
        dirty = self.is_dirty()
        self.state_label.setText(_tr("Unsaved changes") if dirty else "")
        self.setWindowModified(dirty)

    def _update_titles(self) -> None:
        title = (self.record or {}).get("title") or ""
        if self.record is None:
            heading = new_record_title(self.kind)
        else:
            heading = _tr("{kind}: {title}").format(kind=kind_label(self.kind), title=title)
        self.heading.setText(heading)
        self.setWindowTitle(heading + "[*]")
        if self.record is not None:
            status = self.ctx.ws.reference.name(
                STATUS_LIST[self.kind], self.record.get("status"), self.env.language
            )
            self.status_label.setText(_tr("Status: {status}").format(status=status))
        else:
            self.status_label.setText(_tr("Not saved yet"))

    def _set_busy(self, busy: bool) -> None:
        """While the store works, the form takes no typing (the answer would overwrite it);
        the focus comes back where it was."""
        self.busy = busy
        for button in (self.save_button, self.save_close_button):
            button.setEnabled(not busy)
        self.workflow.set_busy(busy)
        if busy:
            focus = QApplication.focusWidget()
            self._focus_before = focus if focus is not None and self.isAncestorOf(focus) else None
            self.form.setEnabled(False)
        else:
            self.form.setEnabled(True)
            if self._focus_before is not None and shiboken6.isValid(self._focus_before):
                self._focus_before.setFocus()
            self._focus_before = None

    # -- saving --------------------------------------------------------------------------------

    def _pending_changes(self) -> dict[str, Any] | None:
        """What to send, or None when some field cannot be read (its error is shown)."""
        if self.form.local_errors():
            self.form.show_errors({}, all_fields=True)
            self.form.reveal_first_error()
            self.banner.show_message(
                _tr("Not saved: some fields cannot be read. See the messages in red."),
                Level.ERROR,
            )
            return None
        data = self.form.payload(only_changed=self.record_id is not None)
        if self.participants is not None and (
            self.participants.is_dirty() or (self.record_id is None and self.participants.payload())
        ):
            data["participants"] = self.participants.payload()
        return data

    def save(self, *, close_after: bool = False) -> None:
        if self.busy:
            return
        if self.record_id is not None and not self.is_dirty():
            if close_after:
                self.close_without_asking()
            return
        data = self._pending_changes()
        if data is None:
            return
        ws = self.ctx.ws
        kind, record_id = self.kind, self.record_id

        def task(_progress: Progress) -> tuple[dict[str, Any], list[str]]:
            if record_id is None:
                record = ws.records.create(kind, data)
            else:
                record = ws.records.update(record_id, data)
            return record, ws.records.allowed_actions(record)

        def done(result: tuple[dict[str, Any], list[str]]) -> None:
            self._loaded(result)
            self.banner.show_message(_tr("Saved."), Level.OK)
            assert self.record_id is not None
            self.record_saved.emit(self.record_id)
            if close_after:
                self.close_without_asking()

        self._set_busy(True)
        self.validation.cancel()
        self.ctx.runner.run(task, on_done=done, on_error=self._save_failed, receiver=self)

    def _save_failed(self, error: BaseException, trace: str) -> None:
        self._set_busy(False)
        if isinstance(error, ValidationError):
            if self.participants is not None:
                self.participants.model.set_service_errors(error.errors)
            others = self.form.show_errors(error.errors, all_fields=True)
            others = {k: v for k, v in others.items() if not k.startswith("participants[")}
            self.form.reveal_first_error()
            fields_fine = all(row.error.isHidden() for row in self.form.rows.values())
            if (
                self.participants is not None
                and self.participants.model.has_errors()
                and fields_fine
            ):
                self.form.tabs.setCurrentIndex(self.participants_tab)
            message = _tr("Not saved: see the messages in red.")
            if others:
                details = "; ".join(f"{k}: {v}" if k else v for k, v in others.items())
                message = _tr("Not saved: {problems}").format(problems=details)
            self.banner.show_message(message, Level.ERROR)
            return
        self._report(error, trace, _tr("The record was not saved."))

    def _report(self, error: BaseException, trace: str, headline: str) -> None:
        if isinstance(error, CscError):
            self.ctx.dialogs.error(self, headline, str(error))
        else:
            self.ctx.dialogs.error(self, headline, _tr("Something went wrong."), trace)

    # -- workflow ------------------------------------------------------------------------------

    def run_action(self, action: str) -> None:
        if self.busy or self.record_id is None:
            return
        question = action_question(action)
        if self.is_dirty():
            question = _tr("{question}\n\nYour unsaved changes are saved first.").format(
                question=question
            )
        if not self.ctx.dialogs.confirm(self, action_label(action), question):
            return
        changes = self._pending_changes() if self.is_dirty() else {}
        if changes is None:
            return
        ws = self.ctx.ws
        record_id = self.record_id

        def task(_progress: Progress) -> tuple[dict[str, Any], list[str]]:
            if changes:
                ws.records.update(record_id, changes)
            record = ws.records.change_status(record_id, action)
            return record, ws.records.allowed_actions(record)

        def done(result: tuple[dict[str, Any], list[str]]) -> None:
            self._loaded(result)
            status = self.ctx.ws.reference.name(
                STATUS_LIST[self.kind], result[0].get("status"), self.env.language
            )
            self.banner.show_message(
                _tr("Done. The status is now “{status}”.").format(status=status), Level.OK
            )
            self.record_saved.emit(record_id)

        self._set_busy(True)
        self.ctx.runner.run(task, on_done=done, on_error=self._save_failed, receiver=self)

    # -- participants import ---------------------------------------------------------------

    def import_participants(self) -> None:
        if self.record_id is None or self.is_dirty():
            self.ctx.dialogs.info(
                self,
                _tr("Import participants"),
                _tr("Save the training first; then import its participants from a file."),
            )
            return
        start_import(self.ctx, self, self.record_id, lambda: self._fetch(consult=False))

    # -- closing, locking, outside changes -------------------------------------------------

    def close_without_asking(self) -> None:
        self._may_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            event.accept()
            return
        if self.busy:
            event.ignore()
            return
        if self.is_dirty():
            title = (self.record or {}).get("title") or self.form.value_of("title") or ""
            answer = self.ctx.dialogs.ask_save_discard_cancel(
                self,
                _tr("Unsaved changes"),
                _tr("Save the changes to “{title}” before closing?").format(title=title)
                if title
                else _tr("Save the changes before closing?"),
            )
            if answer == "save":
                event.ignore()
                self.save(close_after=True)
                return
            if answer != "discard":
                event.ignore()
                return
        event.accept()

    def _hide_for_lock(self) -> None:
        """Nothing of a record stays on screen behind the lock; unsaved edits stay in the form."""
        self._hidden_by_lock = self.isVisible()
        self.hide()

    def _show_after_unlock(self) -> None:
        if self._hidden_by_lock:
            self._hidden_by_lock = False
            self.show()

    def _store_changed(self, changes: list[Any]) -> None:
        """Another window or a sync changed this record: show it, unless the person is editing."""
        if self.record_id is None or self.busy or self.is_dirty():
            return
        if any(getattr(c, "record_id", None) == self.record_id for c in changes):
            version = (self.record or {}).get("version")
            record_id = self.record_id
            ws = self.ctx.ws

            def task(_progress: Progress) -> tuple[dict[str, Any], list[str]] | None:
                record = ws.records.get(record_id, consult=False)
                if record.get("version") == version:
                    return None
                return record, ws.records.allowed_actions(record)

            def done(result: tuple[dict[str, Any], list[str]] | None) -> None:
                if result is not None and not self.is_dirty() and not self.busy:
                    self._loaded(result)

            self.ctx.runner.run(task, on_done=done, on_error=lambda _e, _t: None, receiver=self)

    def _language_changed(self, language: str) -> None:
        """Reference names, dates and numbers in the new language (Qt retranslates the words
        through LanguageChange)."""
        self.env.language = language
        self.form.set_env(self.env)
        if self.participants is not None:
            self.participants.set_language(language)
        self.attachments.model.set_language(language)
        self.retranslate()

    # -- drag and drop -------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if self.record_id and urls and all(url.isLocalFile() for url in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        files = [p for p in paths if p.is_file()]
        if files and self.record_id:
            event.acceptProposedAction()
            self.form.tabs.setCurrentIndex(self.attachments_tab)
            self.attachments.add_files(files)
