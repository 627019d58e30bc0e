"""Every keyboard shortcut of the application, declared once: the main window binds them and
Help → Keyboard shortcuts lists them. Other screens add theirs with :func:`register_shortcut`
(e.g. the record editor's Save), so the list in Help stays complete."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence


def _t(text: str) -> str:
    return QCoreApplication.translate("shortcuts", text)


@dataclass(frozen=True)
class Shortcut:
    key: str  # portable text: "Ctrl+N" (Qt shows Cmd on macOS)
    describe: Callable[[], str]  # translated when shown
    group: Callable[[], str]

    def sequence(self) -> QKeySequence:
        return QKeySequence(self.key)

    def native_text(self) -> str:
        return self.sequence().toString(QKeySequence.SequenceFormat.NativeText)


def _main() -> str:
    return _t("Main window")


def _lists() -> str:
    return _t("Lists")


SHORTCUTS: dict[str, Shortcut] = {
    "new": Shortcut("Ctrl+N", lambda: _t("Add a record to the list shown"), _lists),
    "search": Shortcut("Ctrl+F", lambda: _t("Go to the search box of the list"), _lists),
    "open": Shortcut("Return", lambda: _t("Open the selected record"), _lists),
    "refresh": Shortcut("F5", lambda: _t("Read the list again"), _lists),
    "lock": Shortcut("Ctrl+L", lambda: _t("Lock now (the passphrase opens it again)"), _main),
    "backup": Shortcut("Ctrl+Shift+B", lambda: _t("Back up now"), _main),
    "settings": Shortcut("Ctrl+,", lambda: _t("Settings"), _main),
    "shortcuts": Shortcut("F1", lambda: _t("This list of keyboard shortcuts"), _main),
    "quit": Shortcut("Ctrl+Q", lambda: _t("Lock, back up and quit"), _main),
    "next_page": Shortcut("Ctrl+PgDown", lambda: _t("Next page of the navigation"), _main),
    "previous_page": Shortcut("Ctrl+PgUp", lambda: _t("Previous page of the navigation"), _main),
}
# Ctrl+1 … Ctrl+9 open the navigation's pages in order (added by the main window).
PAGE_KEYS = tuple(f"Ctrl+{n}" for n in range(1, 10))

_EXTRA: list[Shortcut] = []


def register_shortcut(key: str, describe: Callable[[], str], group: Callable[[], str]) -> None:
    """List a shortcut that another screen binds itself (shown in Help → Keyboard shortcuts)."""
    if not any(s.key == key and s.group() == group() for s in _EXTRA):
        _EXTRA.append(Shortcut(key, describe, group))


def all_shortcuts(page_titles: list[str]) -> list[tuple[str, str, str]]:
    """(group, keys, what it does) for every shortcut, in the order Help shows them."""
    rows = [(s.group(), s.native_text(), s.describe()) for s in SHORTCUTS.values()]
    for key, title in zip(PAGE_KEYS, page_titles, strict=False):
        native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        rows.append((_main(), native, _t("Open “{page}”").format(page=title)))
    rows += [(s.group(), s.native_text(), s.describe()) for s in _EXTRA]
    return rows
