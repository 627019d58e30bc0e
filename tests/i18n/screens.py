"""Every main screen of the application, built as the application builds it, for the layout and
untranslated-words checks and for the screenshots; and the checks themselves."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QToolButton,
    QWidget,
)

from csc_desktop.ui.common.context import AppContext

IMPORT_CSV = (
    "Emri dhe mbiemri;Gjinia;Institucioni;Pozita;Dita 1;Dita 2;Vlerësimi\n"
    "Arta Berisha;F;Policia e Kosovës;Hetuese;x;x;5\n"
    "Ilir Gashi;M;Prokuroria Speciale;Prokuror;x;;4\n"
    "Drita Kelmendi;Ž;Policia e Kosovës;Analiste;x;x;7\n"
).encode()


def settle(ctx: AppContext, rounds: int = 400) -> None:
    """Let the worker finish and its answers reach the screens."""
    app = QApplication.instance()
    assert app is not None
    for _ in range(rounds):
        app.processEvents()
        if ctx.runner.idle():
            app.processEvents()
            return
        ctx.runner.call(lambda: None)


@dataclass
class Screen:
    name: str
    window: QWidget  # what is shown (checked and photographed)


def main_window_screens(ctx: AppContext) -> Iterator[Screen]:
    """The main window on each page of its navigation."""
    from csc_desktop.ui.shell.main_window import MainWindow

    window = MainWindow(ctx)
    window.show()
    for spec in window.specs:
        window.show_page(spec.key)
        settle(ctx)
        yield Screen(f"main-{spec.key}", window)
    window.hide()
    window.deleteLater()


def editor_screens(ctx: AppContext, ids: dict[str, str]) -> Iterator[Screen]:
    """An editor of each kind, on each of its tabs."""
    from csc_desktop.ui.editors import open_editor
    from csc_desktop.ui.editors.window import RecordEditor

    for kind, record_id in ids.items():
        editor = open_editor(ctx, kind, record_id, None)
        assert isinstance(editor, RecordEditor)
        editor.resize(960, 760)
        settle(ctx)
        for index in range(editor.form.tabs.count()):
            editor.form.tabs.setCurrentIndex(index)
            settle(ctx)
            yield Screen(f"editor-{kind}-tab{index}", editor)
        editor.close_without_asking()


def dialog_screens(ctx: AppContext, tmp: Path, training_id: str) -> Iterator[Screen]:
    from csc_desktop.ui.about.about_dialog import AboutDialog
    from csc_desktop.ui.about.shortcuts_dialog import ShortcutsDialog
    from csc_desktop.ui.lock.lock_window import LockWindow
    from csc_desktop.ui.participants.import_dialog import ImportDialog, _preview
    from csc_desktop.ui.unlock.unlock_window import UnlockWindow

    unlock = UnlockWindow(ctx)
    unlock.set_profiles([ctx.ws.profile.folder], ctx.ws.profile.folder)
    unlock.show()
    yield Screen("unlock", unlock)
    unlock.hide()
    lock = LockWindow(ctx, ctx.ws.identity.person, ctx.ws.profile.folder)
    lock.resize(900, 620)
    lock.show()
    yield Screen("lock", lock)
    lock.hide()
    about = AboutDialog()
    about.show()
    yield Screen("about", about)
    about.hide()
    shortcuts = ShortcutsDialog(["Pre-investigations", "TAF requests", "Trainings"])
    shortcuts.show()
    yield Screen("shortcuts", shortcuts)
    shortcuts.hide()
    preview = _preview(ctx.ws, training_id, IMPORT_CSV, "ucesnici.csv", 3, None)
    host = QWidget()
    dialog = ImportDialog(ctx, host, training_id, "ucesnici.csv", IMPORT_CSV, 3, preview)
    dialog.show()
    settle(ctx)
    yield Screen("import", dialog)
    dialog.hide()
    for widget in (unlock, lock, about, shortcuts, host):
        widget.deleteLater()


def wizard_screens(ctx: AppContext, root: Path) -> Iterator[Screen]:
    """Each page of the first-run wizard (nothing is created)."""
    from csc_desktop.ui.wizard.wizard import ProfileWizard

    wizard = ProfileWizard(ctx, root)
    wizard.show()
    yield Screen("wizard-language", wizard)
    wizard.next()
    yield Screen("wizard-role", wizard)
    wizard.next()
    wizard.person_page.name.setText("Ана Петровић")
    yield Screen("wizard-person", wizard)
    wizard.next()
    wizard.passphrase_page.first.setText("short")
    yield Screen("wizard-passphrase", wizard)
    wizard.hide()
    wizard.deleteLater()


def all_screens(ctx: AppContext, tmp: Path) -> Iterator[Screen]:
    ids = demo_ids(ctx)
    yield from main_window_screens(ctx)
    yield from editor_screens(ctx, ids)
    yield from dialog_screens(ctx, tmp, ids["training"])
    yield from wizard_screens(ctx, tmp)


def demo_ids(ctx: AppContext) -> dict[str, str]:
    """The newest record of each kind (the demo's hand-written ones, with participants)."""
    from csc_desktop.domain.fields import Kind
    from csc_desktop.services.records import ListQuery

    ids = {}
    for kind in (Kind.PRE_INVESTIGATION, Kind.TAF_REQUEST, Kind.TRAINING):
        query = ListQuery(kind=kind, order_by="created_at", descending=True)
        rows = ctx.ws.records.rows(query, limit=1, columns=("id",))
        ids[kind.value] = rows[0]["id"]
    return ids


# -- what a person sees ---------------------------------------------------------------------------


def shown(root: QWidget) -> Iterator[QWidget]:
    """The widgets of ``root`` a person can see now (after the layouts have settled)."""
    app = QApplication.instance()
    if app is not None:
        app.processEvents()
    for widget in root.findChildren(QWidget):
        if shiboken6.isValid(widget) and widget.isVisible() and widget.window() is root:
            yield widget


def clipped(root: QWidget) -> list[str]:
    """Labels, buttons, group titles and tabs whose words do not fit the room they are given."""
    problems = []
    for widget in shown(root):
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    problems.append(f"{where} «{widget.text()}»: {widget.height()} < {needed} px")
            elif widget.width() + 1 < widget.sizeHint().width():
                problems.append(
                    f"{where} «{widget.text()}»: {widget.width()} < {widget.sizeHint().width()} px"
                )
        elif isinstance(widget, QAbstractButton) and widget.text() and not _icon_only(widget):
            if widget.width() + 1 < widget.sizeHint().width():
                problems.append(
                    f"{where} «{widget.text()}»: {widget.width()} < {widget.sizeHint().width()} px"
                )
        elif isinstance(widget, QGroupBox) and widget.title():
            title = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
            if widget.width() < title:
                problems.append(f"{where} «{widget.title()}»: {widget.width()} < {title} px")
        elif isinstance(widget, QComboBox) and not widget.isEditable() and widget.currentText():
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            room = widget.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                option,
                QStyle.SubControl.SC_ComboBoxEditField,
                widget,
            )
            wanted = widget.fontMetrics().horizontalAdvance(widget.currentText())
            if room.width() + 1 < wanted:
                problems.append(f"{where} «{widget.currentText()}»: {room.width()} < {wanted} px")
        elif isinstance(widget, QListView) and widget.horizontalScrollBar().isVisible():
            problems.append(f"{where}: its entries are wider than the list")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                room, wanted = widget.tabRect(index).width(), widget.tabSizeHint(index).width()
                if room + 1 < wanted:
                    problems.append(f"tab «{widget.tabText(index)}»: {room} < {wanted} px")
    return problems


def _icon_only(button: QAbstractButton) -> bool:
    """A tool button that shows its icon only (its text is its name for screen readers)."""
    return (
        isinstance(button, QToolButton)
        and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        and not button.icon().isNull()
    )


def _plain(text: str) -> str:
    """Without accelerators and markup, whitespace folded."""
    text = re.sub(r"<[^>]+>", " ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def visible_words(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every word a person reads on the screen: labels, buttons, tabs, group
    titles, placeholders, column headings, combo boxes, the window title."""
    found = [("window title", root.windowTitle())]
    for widget in shown(root):
        kind = type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((kind, widget.text()))
            found.append((f"{kind} tooltip", widget.toolTip()))
        elif isinstance(widget, QGroupBox):
            found.append((kind, widget.title()))
        elif isinstance(widget, QTabBar):
            found += [("tab", widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            found.append(("placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            found += [("combo item", widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            found += [
                ("column heading", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                for c in range(model.columnCount())
            ]
    return [(where, _plain(text)) for where, text in found if text and _plain(text)]


def untranslated(root: QWidget, english: Callable[[str], bool]) -> list[str]:
    """Words on the screen that are an English source text translated otherwise."""
    return sorted({f"{where}: «{text}»" for where, text in visible_words(root) if english(text)})
