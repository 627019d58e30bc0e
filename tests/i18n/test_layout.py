"""Every main screen in every language: no words cut off (labels, buttons, group titles, tabs,
combo boxes, lists), and no English left where the language has its own words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from csc_desktop.text.locales import LANGUAGES
from csc_desktop.ui.shell.language import apply_language

from .catalogue import english_matcher
from .screens import all_screens, clipped, untranslated

# each screen of the application, at least once (the checks below also fail if one is missing)
SCREENS = {
    "main-pre-investigations", "main-taf-requests", "main-trainings", "main-audit",
    "main-settings", "main-sync", "main-reports",
    "editor-pre-investigation-tab0", "editor-taf-request-tab0", "editor-training-tab0",
    "unlock", "lock", "about", "shortcuts", "import",
    "wizard-language", "wizard-role", "wizard-person", "wizard-passphrase",
}  # fmt: skip


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_screen_fits_and_speaks_the_language(
    qapp: Any, ctx: Any, tmp_path: Path, language: str
) -> None:
    from csc_desktop.ui.theme import apply_style

    apply_style(qapp)  # the application's style sheet: its larger titles and navigation
    apply_language(ctx, language)
    english = english_matcher(language) if language != "en" else (lambda _text: False)
    seen, problems = set(), []
    for screen in all_screens(ctx, tmp_path):
        seen.add(screen.name)
        problems += [f"{screen.name}: cut off: {p}" for p in clipped(screen.window)]
        problems += [f"{screen.name}: English: {p}" for p in untranslated(screen.window, english)]
    assert seen >= SCREENS
    assert not problems, "\n".join(problems)


def test_the_check_sees_cut_off_and_english_words(qapp: Any) -> None:
    """The checks above can fail: a squeezed button and an English word are both found."""
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

    window = QWidget()
    button = QPushButton("Sačuvaj i zatvori prozor", window)
    label = QLabel("Clear filters", window)
    row = QHBoxLayout(window)
    row.addWidget(button)
    row.addWidget(label)
    window.show()
    button.setFixedWidth(40)
    assert any("Sačuvaj" in p for p in clipped(window))
    assert untranslated(window, english_matcher("bs")) == ["QLabel: «Clear filters»"]
    window.hide()


@pytest.fixture
def hq_ctx(qapp: Any, hq_profile: Path) -> Iterator[Any]:
    from csc_desktop.services.workspace import Workspace

    from .conftest import PASSPHRASE, context_on

    ws = Workspace.unlock(hq_profile, PASSPHRASE)
    try:
        yield from context_on(qapp, ws)
    finally:
        ws.engine.dispose()


@pytest.mark.parametrize("language", LANGUAGES)
def test_headquarters_pages_fit_and_speak_the_language(
    qapp: Any, hq_ctx: Any, language: str
) -> None:
    from csc_desktop.ui.theme import apply_style

    from .screens import main_window_screens

    apply_style(qapp)
    apply_language(hq_ctx, language)
    english = english_matcher(language) if language != "en" else (lambda _text: False)
    problems = []
    seen = set()
    for screen in main_window_screens(hq_ctx):
        seen.add(screen.name)
        problems += [f"{screen.name}: cut off: {p}" for p in clipped(screen.window)]
        problems += [f"{screen.name}: English: {p}" for p in untranslated(screen.window, english)]
    assert "main-audit" in seen and len(seen) >= 6
    assert not problems, "\n".join(problems)
