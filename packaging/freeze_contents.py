"""What goes into the frozen application and what stays out.

Read by ``csc-desktop.spec`` (PyInstaller) and by the packaging tests, so the lists live here once.
Paths inside the bundle mirror the source tree: ``resources/``, ``translations/`` and the package
data of ``csc_desktop`` sit where the code looks for them (``sys._MEIPASS`` when frozen).
"""

from __future__ import annotations

import platform
import re
import subprocess
import sys
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

APP_NAME = "csc-desktop"
GUI_NAME = "csc-desktop"
CLI_NAME = "csc"

# Qt modules the application never imports. PyInstaller only follows imports, but naming them
# keeps an indirect import (a library probing for Qt features) from dragging them in.
QT_EXCLUDES = (
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DRender",
    "PySide6.QtCharts",
    "PySide6.QtConcurrent",
    "PySide6.QtDataVisualization",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtLabsStyleKit",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPdf",
    "PySide6.QtQml",
    "PySide6.QtQmlFeatures",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets",
    "PySide6.QtSql",
    "PySide6.QtSvgWidgets",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
    "PySide6.QtWebChannel",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
    "PySide6.QtXml",
)

# Python packages that are development tools or optional extras of our libraries, never used by
# the application. (aiohttp stays: pyhanko_certvalidator imports it at import time, although the
# application never fetches anything.)
PYTHON_EXCLUDES = (
    "IPython",
    "PyInstaller",
    "_pytest",
    "distutils",
    "hypothesis",
    "lib2to3",
    "matplotlib",
    "mypy",
    "numpy",
    "pip",
    "pkg_resources",
    "pydoc_data",
    "pygments",  # Mako colours tracebacks with it when present
    "pytest",
    "pytestqt",
    "setuptools",
    "tkinter",
)

# Shared libraries and plugins that only serve Qt modules we exclude, or displays and devices the
# laptops do not have: embedded full-screen EGL and framebuffer, VNC, touch and tablet input
# drivers for those, and the GTK theme plugin (it would drag in the whole GTK stack, built for
# this machine, into the folder; Qt's own style and the XDG portal theme do without it).
_UNWANTED_BINARY = re.compile(
    r"(libQt6(Qml|Quick|Pdf|Network|Designer|Help|Test|Sql|UiTools|Xml|Concurrent|Labs"
    r"|VirtualKeyboard|WaylandCompositor|WaylandEgl|EglFS|EglFs|3D|Multimedia|WebEngine)"
    r"|plugins/(qmltooling|designer|sqldrivers|networkinformation|tls|generic"
    r"|egldeviceintegrations|wayland-graphics-integration-server|virtualkeyboard)/"
    r"|plugins/platforms/libq(eglfs|linuxfb|minimalegl|vkkhrdisplay|vnc)\.so"
    r"|plugins/platformthemes/libqgtk3\.so"
    r"|platforminputcontexts/libqtvirtualkeyboardplugin"
    # CUPS comes with the system on every desktop; a copy from the build machine could disagree
    # with the local print service. (Without it only printing is unavailable.)
    r"|(^|/)libcups\.so)"
)

# Babel's locale data: CLDR for ~1,100 locales (35 MB). We keep the languages we format in (every
# regional variant of them, so any locale Babel might resolve one of our codes to is there) and
# ``root``, which every locale inherits from.
BABEL_LANGUAGES = frozenset({"en", "sq", "sr", "mk", "bs"})


def babel_locale_wanted(dest: str) -> bool:
    """For a bundle path under ``babel/locale-data/``: keep this ``.dat`` file?"""
    name = Path(dest).stem
    return name == "root" or name.split("_")[0] in BABEL_LANGUAGES


def data_wanted(dest: str) -> bool:
    """Filter for the collected data files (``dest`` is the path inside the bundle)."""
    dest = dest.replace("\\", "/")
    if "babel/locale-data/" in dest:
        return babel_locale_wanted(dest)
    # Qt's own translations: none exist for sq, sr, mk or bs; our .ts files translate Qt's
    # standard strings for every language we ship.
    return not re.search(r"PySide6/(Qt/)?translations/", dest)


def binary_wanted(dest: str) -> bool:
    return not _UNWANTED_BINARY.search(dest.replace("\\", "/"))


Entry = tuple[str, str, str]  # PyInstaller TOC entry: (path in bundle, source, type code)


_LIBRARY_CODES = frozenset({"BINARY", "EXTENSION"})


def prune_libraries(
    entries: list[Entry], imports: Callable[[str], Iterable[str]]
) -> tuple[list[Entry], list[str]]:
    """Drop the unwanted binaries, the libraries collected only because one of them needs them,
    and the symbolic links to either. ``imports(source)`` names the libraries a binary links
    to (:func:`linked_libraries`). Returns the kept entries (data files untouched) and the names
    of the dropped ones.

    A top-level plain library (type BINARY, no folder) was collected as a dependency; it goes
    when some dropped binary needs it and no kept binary does, directly or through others.
    Everything else (extension modules, Qt's libraries and plugins) stays unless unwanted.
    """
    libraries = [(dest, src, code) for dest, src, code in entries if code in _LIBRARY_CODES]
    real = {_name(dest): src for dest, src, _ in libraries}
    cache: dict[str, set[str]] = {}

    def needs(name: str) -> set[str]:
        if name not in cache:
            cache[name] = {n for n in map(_name, imports(real[name])) if n in real and n != name}
        return cache[name]

    def closure(roots: Iterable[str], *, through: Callable[[str], bool]) -> set[str]:
        seen: set[str] = set()
        todo = list(roots)
        while todo:
            name = todo.pop()
            if name not in seen:
                seen.add(name)
                todo.extend(n for n in needs(name) if through(n))
        return seen

    def is_dependency(dest: str, code: str) -> bool:
        return code == "BINARY" and "/" not in dest.replace("\\", "/")

    unwanted = {_name(dest) for dest, _, _ in libraries if not binary_wanted(dest)}
    roots = {
        _name(dest)
        for dest, _, code in libraries
        if binary_wanted(dest) and not is_dependency(dest, code)
    }
    needed_by_unwanted = closure(unwanted, through=lambda _: True)
    needed_by_kept = closure(roots, through=lambda n: n not in unwanted)
    dropped = unwanted | (needed_by_unwanted - needed_by_kept)

    def keep(dest: str, src: str, code: str) -> bool:
        if code in _LIBRARY_CODES:
            return _name(dest) not in dropped
        if code == "SYMLINK":
            return _name(dest) not in dropped and _name(src) not in dropped
        return True

    return [entry for entry in entries if keep(*entry)], sorted(dropped)


def linked_libraries(binary: str) -> list[str]:
    """The libraries a binary names as its own dependencies. On Linux that is the ELF's
    ``NEEDED`` list (``objdump``, from binutils, which PyInstaller needs anyway): ``ldd``, which
    PyInstaller's reader runs, lists every library loaded in the end, dependencies of
    dependencies included, and would keep what only a dropped library needs."""
    if sys.platform.startswith("linux"):
        dump = subprocess.run(["objdump", "-p", binary], capture_output=True, text=True)
        return re.findall(r"^\s*NEEDED\s+(\S+)", dump.stdout, re.MULTILINE)
    from PyInstaller.depend import bindepend

    return [name for name, _ in bindepend.get_imports(binary)]


def _name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def version() -> str:
    """The version declared in ``csc_desktop/__init__.py`` (read, not imported)."""
    text = (ROOT / "csc_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not found:
        raise RuntimeError("no __version__ in csc_desktop/__init__.py")
    return found.group(1)


def app_datas() -> list[tuple[str, str]]:
    """(source, folder in the bundle) pairs of our own files: everything under ``resources/``
    (fonts, icons, licences, and whatever is added there later), the compiled translations
    (``translations/*.qm``, made by the build), our licence and the third-party notices.
    Package data of ``csc_desktop`` is collected in the spec."""
    pairs: list[tuple[str, str]] = []
    for file in sorted((ROOT / "resources").rglob("*")):
        if file.is_file() and not file.name.startswith("."):
            pairs.append((str(file), file.parent.relative_to(ROOT).as_posix()))
    licences = sorted((ROOT / "packaging" / "licences").glob("*.txt"))
    licences += sorted(ROOT.glob("LICEN[CS]E*"))
    pairs += [(str(f), "resources/licences") for f in licences]
    pairs += [(str(f), "translations") for f in sorted((ROOT / "translations").glob("*.qm"))]
    python_licence = _python_licence()
    if python_licence:
        folder = f"resources/licences/third-party/Python-{platform.python_version()}"
        pairs.append((str(python_licence), folder))
    return pairs


def _python_licence() -> Path | None:
    base = Path(sys.base_prefix)
    for candidate in (
        base / "LICENSE.txt",  # Windows
        base / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "LICENSE.txt",
    ):
        if candidate.is_file():
            return candidate
    return None


_LICENCE_FILE = re.compile(
    r"\.dist-info/(licenses/|(LICEN[CS]E|COPYING|NOTICE|AUTHORS)[^/]*$)", re.I
)


def third_party_licences(top_level_modules: Iterable[str]) -> list[tuple[str, str]]:
    """The licence files of every installed distribution that provides one of the bundled
    top-level modules, as (source, ``resources/licences/third-party/<dist>``) pairs."""
    providers = metadata.packages_distributions()
    seen: set[str] = set()
    pairs: list[tuple[str, str]] = []
    for module in sorted(set(top_level_modules)):
        for dist_name in providers.get(module, ()):
            dist = metadata.distribution(dist_name)
            name = dist.metadata["Name"]
            if name in seen or name.lower().replace("_", "-") == APP_NAME:
                continue
            seen.add(name)
            folder = f"resources/licences/third-party/{name}-{dist.version}"
            for file in dist.files or ():
                if _LICENCE_FILE.search(str(file)):
                    source = Path(str(file.locate()))
                    sub = Path(str(file)).parent.relative_to(Path(str(file)).parts[0])
                    pairs.append((str(source), str(Path(folder) / sub)))
    return pairs
