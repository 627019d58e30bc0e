"""The translation build: it finds the strings the way the screens translate them, says what is
missing, and the application compiles a missing .qm from its .ts by itself."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from .test_ts_files import build_script

SAMPLE = """
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from csc_desktop.ui.shell.pages import register_page

def _tr(text):
    return QCoreApplication.translate("Panel", text)

def _noop(text):
    return str(QT_TRANSLATE_NOOP("pages", text))

tr = QCoreApplication.translate

class Panel:
    def retranslate(self, n, other, name):
        self.tr("Own words")
        _tr("Helper words")
        tr("Other", "Alias words")
        QCoreApplication.translate("Other", "{count} files", "", n)
        _noop("Said later")
        register_page("sync", "Sync", None)
        other.tr("Whose words?")
        _tr(f"Hello {name}")
"""


def test_the_strings_are_found_as_the_screens_translate_them(tmp_path: Path) -> None:
    script = build_script()
    folder = tmp_path / "feature"
    folder.mkdir()
    (folder / "panel.py").write_text(textwrap.dedent(SAMPLE), encoding="utf-8")
    script.ROOT = tmp_path  # paths in reports are relative to it
    try:
        found = script.extract(folder, declared=False)
    finally:
        script.ROOT = Path(__file__).resolve().parents[2]
    messages = {(m.context, m.source, m.numerus) for m in found.messages}
    assert messages == {
        ("Panel", "Own words", False),
        ("Panel", "Helper words", False),
        ("Other", "Alias words", False),
        ("Other", "{count} files", True),
        ("pages", "Said later", False),
        ("pages", "Sync", False),
    }
    assert len(found.problems) == 2
    assert any(".tr() on another object" in p for p in found.problems)
    assert any("f-string" in p for p in found.problems)


def test_the_core_declarations_are_found() -> None:
    found = build_script().extract()
    messages = {(m.context, m.source) for m in found.messages}
    assert ("fields", "Support started on") in messages  # a field label of the core
    assert ("kinds", "TAF request") in messages
    assert ("core", "is required") in messages  # the core messages' catalogue
    assert ("core", "The file “{file}” is empty.") in messages  # the import's messages


def test_check_names_what_is_untranslated(tmp_path: Path, monkeypatch: Any, capsys: Any) -> None:
    script = build_script()
    ts = tmp_path / "csc_sq.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="sq_AL"><context><name>Panel</name>'
        "<message><source>Done</source><translation>U krye</translation></message>"
        '<message><source>New words</source><translation type="unfinished"></translation>'
        "</message></context></TS>\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(script, "TRANSLATIONS", tmp_path)
    assert script.ts_state(ts).unfinished == ["[Panel] New words"]
    assert script.report(None) is False
    out = capsys.readouterr().out
    assert "1 UNTRANSLATED" in out and "untranslated: [Panel] New words" in out


def test_a_missing_compiled_file_is_made_from_its_ts(qapp: Any, tmp_path: Path) -> None:
    from csc_desktop.ui.i18n.translators import Translations, translations_dir

    for name in ("csc_bs.ts", "qtbase_bs.ts"):
        shutil.copy(translations_dir() / name, tmp_path / name)
    translations = Translations(qapp, source=tmp_path)
    try:
        translations.use("bs")
        assert sorted(p.name for p in translations.files) == ["csc_bs.qm", "qtbase_bs.qm"]
        assert QCoreApplication.translate("MainWindow", "&Lock") == "&Zaključaj"
    finally:
        translations.use("en")
        translations.deleteLater()
        qapp.processEvents()
