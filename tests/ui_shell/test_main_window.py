"""The main window and its page registry, plugins, shortcuts, Help and Settings."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel

from csc_desktop.ui.shell import pages
from csc_desktop.ui.shell.main_window import MainWindow
from csc_desktop.ui.shell.shortcuts import SHORTCUTS


@pytest.fixture
def window(qtbot: Any, opened: Any) -> MainWindow:
    main = MainWindow(opened)
    qtbot.addWidget(main)
    main.show()
    return main


def test_navigation_lists_the_pages_of_the_role(window: MainWindow) -> None:
    keys = [spec.key for spec in window.specs]
    assert keys[:3] == ["pre-investigations", "taf-requests", "trainings"]
    assert {"sync", "reports", "audit", "settings"} <= set(keys)
    titles = [window.navigation.item(n).text() for n in range(window.navigation.count())]
    assert titles[:3] == ["Pre-investigations", "TAF requests", "Trainings"]
    assert window.current_key() == "pre-investigations"
    assert window.who.text() == "Ana · Srbija team"  # the country in the interface language


def test_keyboard_moves_between_pages_and_reaches_the_search(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "trainings"
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "sync"
    assert not window.new_action.isEnabled()  # a placeholder adds no records
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert window.new_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filters.search.hasFocus()


def test_new_record_opens_the_editor(qtbot, opened, window: MainWindow) -> None:
    pytest.importorskip("csc_desktop.ui.editors")
    window.show_page("taf-requests")
    before = set(QApplication.topLevelWidgets())
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    new = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
    assert len(new) == 1 and new[0].kind.value == "taf-request" and new[0].record_id is None
    qtbot.waitUntil(opened.runner.idle)
    new[0].close_without_asking()


def test_a_feature_plugs_in_its_page(qtbot, opened, tmp_path: Path, monkeypatch) -> None:
    import csc_desktop.ui as ui_package
    from csc_desktop.ui.shell.plugins import load_plugins

    feature = tmp_path / "zz_reports_feature"
    feature.mkdir()
    (feature / "__init__.py").write_text("")
    (feature / "plugin.py").write_text(
        "from PySide6.QtWidgets import QLabel\n"
        "from csc_desktop.ui.shell.pages import register_page\n"
        "installed = []\n"
        "register_page('reports', 'Reports', lambda ctx: QLabel('the real reports'),"
        " icon='reports', order=50)\n"
        "register_page('hq-only', 'Indicators', lambda ctx: QLabel('HQ'), roles=('hq',))\n"
        "def install(ctx):\n"
        "    installed.append(ctx)\n"
    )
    monkeypatch.setattr(ui_package, "__path__", [*ui_package.__path__, str(tmp_path)])
    try:
        loaded = load_plugins(opened)
        assert "csc_desktop.ui.zz_reports_feature.plugin" in loaded
        assert sys.modules["csc_desktop.ui.zz_reports_feature.plugin"].installed == [opened]
        # the placeholder stays replaced whatever registers later
        from csc_desktop.ui.shell.builtin_pages import register_builtin_pages

        register_builtin_pages()
        assert not pages.page("reports").placeholder
        main = MainWindow(opened)
        qtbot.addWidget(main)
        shown = main.show_page("reports")
        assert isinstance(shown, QLabel) and shown.text() == "the real reports"
        assert "hq-only" not in [s.key for s in main.specs]  # a team profile
        assert "hq-only" in [s.key for s in pages.pages_for("hq")]
    finally:
        pages.unregister_page("hq-only")
        pages.unregister_page("reports")
        register_builtin_pages()
        for name in [m for m in sys.modules if "zz_reports_feature" in m]:
            del sys.modules[name]


def test_help_lists_every_shortcut(qtbot, window: MainWindow) -> None:
    from csc_desktop.ui.about.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog([s.display_title() for s in window.specs], window)
    qtbot.addWidget(dialog)
    keys = {dialog.model.item(row, 1).text() for row in range(dialog.model.rowCount())}
    for shortcut in SHORTCUTS.values():
        assert shortcut.native_text() in keys
    assert QKeySequence("Ctrl+3").toString(QKeySequence.SequenceFormat.NativeText) in keys
    bound = {a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()}
    for name in ("new", "search", "refresh", "lock", "backup", "quit", "shortcuts"):
        assert SHORTCUTS[name].sequence().toString() in bound


def test_about_shows_version_and_licences(qtbot, window: MainWindow) -> None:
    from csc_desktop import __version__
    from csc_desktop.ui.about.about_dialog import AboutDialog

    dialog = AboutDialog(window)
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in texts
    names = [dialog.licences.item(n).text() for n in range(dialog.licences.count())]
    assert any("DejaVu" in name for name in names)
    assert "Bitstream" in dialog.text.toPlainText() or "DejaVu" in dialog.text.toPlainText()


def test_settings_change_language_and_back_up_to_a_chosen_folder(
    qtbot, opened, window: MainWindow, tmp_path: Path
) -> None:
    page = window.show_page("settings")
    heard: list[str] = []
    opened.bus.language_changed.connect(heard.append)
    page.language.setCurrentIndex(page.language.findData("mk"))
    page.language.activated.emit(page.language.currentIndex())
    assert heard == ["mk"] and opened.language == "mk"
    trainings = window.show_page("trainings")
    qtbot.waitUntil(lambda: not trainings.model.is_loading())
    assert trainings.filters.status.itemText(1) == "Планирано"  # names follow the language

    folder = tmp_path / "usb"
    folder.mkdir()
    opened.dialogs.answers.append(folder)
    page.choose_folder.click()
    assert page.folder.text() == str(folder)
    page.backup_now.click()
    qtbot.waitUntil(lambda: "info" in [kind for kind, _ in opened.dialogs.asked], timeout=20_000)
    assert list(folder.glob("*.cscbackup"))
    qtbot.waitUntil(opened.runner.idle)
    assert opened.ws.get_setting("backup_folder") == str(folder)
    assert opened.ws.get_setting("language") == "mk"
