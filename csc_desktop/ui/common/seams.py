"""Test seams: message boxes, file dialogs and the clock go through here, so tests can script the
answers and the time instead of sleeping or clicking real dialogs."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from csc_desktop.ui.i18n.messages import localized


class Dialogs:
    """Real dialogs; tests replace an instance's methods or use :class:`ScriptedDialogs`."""

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_save_discard_cancel(self, parent: QWidget | None, title: str, text: str) -> str:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title,
            text,
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            parent,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {
            QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard",
        }.get(QMessageBox.StandardButton(answer), "cancel")

    def error(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(
            QMessageBox.Icon.Critical, title, localized(text), QMessageBox.StandardButton.Ok, parent
        )
        if details:
            box.setDetailedText(details)  # selectable: the person can copy it
        box.exec()

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, localized(text))

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
        return Path(name) if name else None

    def open_files(self, parent: QWidget | None, title: str, filters: str) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(parent, title, "", filters)
        return [Path(n) for n in names]

    def save_file(
        self, parent: QWidget | None, title: str, suggested: str, filters: str
    ) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return Path(name) if name else None

    def choose_folder(self, parent: QWidget | None, title: str, start: str = "") -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title, start)
        return Path(name) if name else None


class ScriptedDialogs(Dialogs):
    """For tests: answers come from a queue; every question asked is recorded."""

    def __init__(self) -> None:
        self.answers: list[object] = []
        self.asked: list[tuple[str, str]] = []

    def _next(self, kind: str, text: str) -> object:
        self.asked.append((kind, text))
        if not self.answers:
            raise AssertionError(f"unexpected {kind} dialog: {text}")
        return self.answers.pop(0)

    def confirm(self, parent, title, text):  # type: ignore[no-untyped-def]
        return bool(self._next("confirm", text))

    def ask_save_discard_cancel(self, parent, title, text):  # type: ignore[no-untyped-def]
        return str(self._next("save_discard_cancel", text))

    def error(self, parent, title, text, details=""):  # type: ignore[no-untyped-def]
        self.asked.append(("error", text))

    def info(self, parent, title, text):  # type: ignore[no-untyped-def]
        self.asked.append(("info", text))

    def open_file(self, parent, title, filters):  # type: ignore[no-untyped-def]
        return self._next("open_file", title)

    def open_files(self, parent, title, filters):  # type: ignore[no-untyped-def]
        return self._next("open_files", title)

    def save_file(self, parent, title, suggested, filters):  # type: ignore[no-untyped-def]
        return self._next("save_file", title)

    def choose_folder(self, parent, title, start=""):  # type: ignore[no-untyped-def]
        return self._next("choose_folder", title)


class Clock:
    """Monotonic seconds; tests advance a :class:`FakeClock` instead of sleeping."""

    def now(self) -> float:
        return time.monotonic()


class FakeClock(Clock):
    def __init__(self) -> None:
        self.t = 0.0
        self.listeners: list[Callable[[], None]] = []

    def now(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds
        for listener in list(self.listeners):
            listener()
