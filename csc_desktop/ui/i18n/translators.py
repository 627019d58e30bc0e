"""Loading the translations of the interface language, and switching them at run time.

Switching installs the new language's translators and removes the old ones; Qt then sends every
widget a LanguageChange event and each screen re-reads its words. The locale Qt's own widgets
use (the calendar's month names) follows too.

The compiled ``.qm`` files are not kept in the source tree: the build compiles them, and a
development checkout compiles a missing or outdated one from its ``.ts`` the first time the
language is chosen (with Qt's ``lrelease``, which PySide6 ships).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QStandardPaths, QTranslator

from csc_desktop.ui.i18n.languages import QT_LANGUAGES, catalogues_for, qm_name, ts_name

_current_language = "en"


def current_language() -> str:
    """The language of the installed translations (what messages are formatted for)."""
    return _current_language


def translations_dir() -> Path:
    """``translations/`` beside the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "translations"
    return Path(__file__).resolve().parents[3] / "translations"


def lrelease_command() -> list[str] | None:
    """Qt's compiler for .ts files, as PySide6 ships it (None when it is not installed)."""
    try:
        import PySide6
    except ImportError:  # pragma: no cover - this module imports Qt anyway
        return None
    shipped = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    if shipped.is_file():
        return [str(shipped)]
    wrapper = shutil.which("pyside6-lrelease")
    return [wrapper] if wrapper else None


def _writable(folder: Path) -> bool:
    return folder.is_dir() and os.access(folder, os.W_OK)


def _cache_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(base or Path.home() / ".cache" / "csc-desktop") / "translations"


def compiled(catalogue: str, language: str, source: Path | None = None) -> Path | None:
    """The .qm file of one catalogue, compiled from its .ts when it is missing or older."""
    source = source or translations_dir()
    ts = source / ts_name(catalogue, language)
    candidates = [
        source / qm_name(catalogue, language),
        _cache_dir() / qm_name(catalogue, language),
    ]
    for qm in candidates:
        if qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime):
            return qm
    if not ts.is_file():
        return None
    command = lrelease_command()
    if command is None:
        return next((qm for qm in candidates if qm.is_file()), None)  # an older copy, if any
    target = candidates[0] if _writable(source) else candidates[1]
    target.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [*command, "-silent", str(ts), "-qm", str(target)], capture_output=True, check=False
    )
    return target if result.returncode == 0 and target.is_file() else None


class Translations(QObject):
    """The translators of the interface language, installed in the application."""

    def __init__(self, parent: QObject | None = None, source: Path | None = None):
        super().__init__(parent)
        self.source = source or translations_dir()
        self.language: str | None = None
        self.files: list[Path] = []
        self._installed: list[QTranslator] = []

    def use(self, language: str) -> None:
        """Speak ``language`` from now on (English for a code we do not know)."""
        language = language if language in QT_LANGUAGES else "en"
        if language == self.language:
            return
        app = QCoreApplication.instance()
        loaded: list[QTranslator] = []
        files: list[Path] = []
        for catalogue in catalogues_for(language):
            path = compiled(catalogue, language, self.source)
            translator = QTranslator(self)
            if path is not None and translator.load(str(path)):
                loaded.append(translator)
                files.append(path)
        QLocale.setDefault(QLocale(QT_LANGUAGES[language]))
        if app is not None:
            for translator in self._installed:
                app.removeTranslator(translator)
            for translator in loaded:
                app.installTranslator(translator)
        for translator in self._installed:
            translator.deleteLater()
        self._installed, self.files, self.language = loaded, files, language
        global _current_language
        _current_language = language
