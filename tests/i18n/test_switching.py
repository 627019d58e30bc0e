"""Choosing a language in Settings changes every open window at once, without a restart; the
choice is kept in the profile and used at the next unlock; the unlock window remembers the last
language; the first-run wizard speaks the language chosen on its first page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit

from csc_desktop.ui.editors import open_editor
from csc_desktop.ui.editors.window import RecordEditor
from csc_desktop.ui.settings.declared import LANGUAGE
from csc_desktop.ui.shell.language import LAST_LANGUAGE_KEY, last_language
from csc_desktop.ui.shell.main_window import MainWindow

from .conftest import PASSPHRASE
from .screens import demo_ids, settle


def choose_in_settings(window: MainWindow, language: str) -> None:
    """Pick a language in Settings as a person does (the combo box's ``activated``)."""
    page = window.show_page("settings")
    combo = page.language  # type: ignore[union-attr]
    index = combo.findData(language)
    assert index >= 0, language
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def open_training(qtbot: Any, ctx: Any) -> RecordEditor:
    editor = open_editor(ctx, "training", demo_ids(ctx)["training"], None)
    assert isinstance(editor, RecordEditor)
    qtbot.waitUntil(lambda: editor.record is not None and not editor.busy)
    return editor


def test_settings_switch_every_open_window_at_once(qtbot: Any, ctx: Any) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    editor = open_training(qtbot, ctx)
    assert editor.windowTitle().startswith("Training: ")
    assert editor.save_button.text() == "&Save"

    choose_in_settings(window, "mk")

    # the editor, without being reopened
    assert editor.windowTitle().startswith("Обука: ")
    assert editor.heading.text().startswith("Обука: ")
    assert editor.status_label.text() == "Статус: Планирано"  # reference data, from its table
    assert editor.save_button.text() == "&Зачувај"
    assert editor.form.tabs.tabText(0) == "Општо"
    assert editor.form.tabs.tabText(editor.participants_tab) == "Учесници"
    assert "Наслов" in editor.form.rows["title"].label.text()
    assert editor.form.rows["country"].input.widget.currentText() == "Србија"
    assert editor.form.rows["start_date"].input.widget.text() == "10.3.2026\u202fг."
    header = editor.participants.model.headerData(0, _horizontal())  # type: ignore[union-attr]
    assert header == "Име и презиме"
    # Qt's own words in the editor's fields
    menu = editor.form.rows["venue"].input.widget.createStandardContextMenu()
    assert "&Копирај" in [action.text().split("\t")[0] for action in menu.actions()]
    # the main window: menus, navigation, its pages
    assert window.file_menu.title() == "&Датотека"
    assert window.navigation.item(0).text() == "Предистраги"
    trainings = window.show_page("trainings")
    assert trainings.title.text() == "Обуки"  # type: ignore[union-attr]
    assert trainings.filters.status.itemText(0) == "Сите статуси"  # type: ignore[union-attr]

    # kept in the profile (encrypted) and for the unlock window
    settle(ctx)
    assert ctx.ws.get_setting(LANGUAGE.key) == "mk"
    assert ctx.settings.get(LANGUAGE) == "mk"
    assert QSettings().value(LAST_LANGUAGE_KEY) == "mk" and last_language() == "mk"

    # Serbian in either script: the same words and names, in Cyrillic or in Latin
    choose_in_settings(window, "sr")
    assert editor.form.rows["country"].input.widget.currentText() == "Србија"
    assert editor.save_button.text() == "&Сачувај"
    choose_in_settings(window, "sr_Latn")
    assert editor.form.rows["country"].input.widget.currentText() == "Srbija"
    assert editor.save_button.text() == "&Sačuvaj"
    assert editor.form.rows["start_date"].input.widget.text() == "10. 3. 2026."
    choose_in_settings(window, "en")
    assert editor.save_button.text() == "&Save"
    editor.close_without_asking()


def test_errors_shown_follow_the_language(qtbot: Any, ctx: Any) -> None:
    from csc_desktop.ui.shell.language import apply_language

    editor = open_training(qtbot, ctx)
    editor.form.rows["title"].input.widget.setText("")
    editor.save()
    qtbot.waitUntil(lambda: editor.form.shown_error("title") != "")
    assert editor.form.shown_error("title") == "is required"
    apply_language(ctx, "sq")  # Qt tells each widget with an event, delivered right after
    qtbot.waitUntil(lambda: editor.form.shown_error("title") == "është e detyrueshme")
    apply_language(ctx, "bs")
    qtbot.waitUntil(lambda: editor.form.shown_error("title") == "obavezno je")
    editor.close_without_asking()


def test_the_chosen_language_opens_the_profile_next_time(qtbot: Any, ctx: Any) -> None:
    from csc_desktop.services.workspace import Workspace
    from csc_desktop.ui.unlock.opening import settings_of

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    choose_in_settings(window, "cnr")
    settle(ctx)
    again = Workspace.unlock(ctx.ws.profile.folder, PASSPHRASE)
    try:
        assert settings_of(again)[LANGUAGE.key] == "cnr"
    finally:
        again.engine.dispose()
    choose_in_settings(window, "en")


def test_the_unlock_window_speaks_the_last_language(qtbot: Any, ctx: Any) -> None:
    from csc_desktop.ui.shell.language import apply_language
    from csc_desktop.ui.unlock.unlock_window import UnlockWindow

    apply_language(ctx, "sq")
    window = UnlockWindow(ctx)
    qtbot.addWidget(window)
    assert window.form.button.text() == "&Shkyç"
    assert last_language() == "sq"
    apply_language(ctx, "sr")
    qtbot.waitUntil(lambda: window.form.button.text() == "&Откључај")
    assert window.windowTitle() == "CSC Desktop — откључавање"
    apply_language(ctx, "en")


def test_the_wizard_asks_the_language_first_and_speaks_it(
    qtbot: Any, ctx: Any, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QWizard

    from csc_desktop.ui.wizard.wizard import ProfileWizard

    ctx.language = None  # the first start: no language chosen yet
    wizard = ProfileWizard(ctx, tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentPage() is wizard.language_page
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Next >"
    row = [wizard.language_page.languages.item(i).text() for i in range(7)].index("Shqip")
    wizard.language_page.languages.setCurrentRow(row)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: next_button.text() == "&Tjetër >")
    assert wizard.language_page.title() == "Gjuha"
    wizard.next()
    assert wizard.role_page.country.itemText(0) == "Shqipëria"
    assert wizard.role_page.hq.text() == "&Selia qendrore (HQ)"
    wizard.hide()
    ctx.language = "en"
    ctx.bus.language_changed.emit("en")


def test_qt_standard_words_in_each_language(qtbot: Any, ctx: Any) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from csc_desktop.ui.shell.language import apply_language

    expected = {
        "sq": ("OK", "Anulo", "&Kopjo"),
        "sr": ("У реду", "Откажи", "&Копирај"),
        "sr_Latn": ("U redu", "Otkaži", "&Kopiraj"),
        "mk": ("Во ред", "Откажи", "&Копирај"),
        "bs": ("U redu", "Otkaži", "&Kopiraj"),
        "cnr": ("U redu", "Otkaži", "&Kopiraj"),
    }
    for language, (ok, cancel, copy) in expected.items():
        apply_language(ctx, language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        texts = {b.text() for b in buttons.buttons()}
        assert texts == {ok, cancel}, language
        field = QLineEdit()
        menu = field.createStandardContextMenu()
        assert copy in [a.text().split("\t")[0] for a in menu.actions()], language
    apply_language(ctx, "en")


def _horizontal() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_no_english_is_left_after_switching_open_windows(qtbot: Any, ctx: Any) -> None:
    """Windows opened in English and then switched: not one English word stays behind."""
    from csc_desktop.text.locales import LANGUAGES
    from csc_desktop.ui.shell.language import apply_language

    from .catalogue import english_matcher
    from .screens import untranslated

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    pages = [spec.key for spec in window.specs]
    for key in pages:
        window.show_page(key)  # every page built in English
    ids = demo_ids(ctx)
    editors = []
    for kind, record_id in ids.items():
        editor = open_editor(ctx, kind, record_id, None)
        assert isinstance(editor, RecordEditor)
        qtbot.waitUntil(lambda e=editor: e.record is not None and not e.busy)
        editors.append(editor)
    settle(ctx)
    problems = []
    for language in LANGUAGES[1:]:
        apply_language(ctx, language)
        settle(ctx)
        english = english_matcher(language)
        for key in pages:
            window.show_page(key)
            problems += [f"{language} {key}: {p}" for p in untranslated(window, english)]
        for editor in editors:
            for tab in range(editor.form.tabs.count()):
                editor.form.tabs.setCurrentIndex(tab)
                found = untranslated(editor, english)
                problems += [f"{language} {editor.kind.value} tab {tab}: {p}" for p in found]
    apply_language(ctx, "en")
    for editor in editors:
        editor.close_without_asking()
    assert not problems, "\n".join(sorted(set(problems)))
