"""The rules that decide what goes into the frozen folder (fast: no build)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import freeze_contents as fc  # noqa: E402

# A small library graph: the GTK theme plugin (dropped) needs GTK, which needs glib; the X
# platform plugin (kept) needs Qt Gui, which needs glib too; the print plugin (kept) needs CUPS
# (left to the system), which alone needs GnuTLS.
LINKS = {
    "/src/libqgtk3.so": ["libgtk-3.so.0"],
    "/src/libgtk-3.so.0": ["libglib-2.0.so.0", "libcairo.so.2"],
    "/src/libcairo.so.2": [],
    "/src/libglib-2.0.so.0": [],
    "/src/libqxcb.so": ["libQt6Gui.so.6"],
    "/src/libQt6Gui.so.6": ["libglib-2.0.so.0"],
    "/src/libcupsprintersupport.so": ["libcups.so.2"],
    "/src/libcups.so.2": ["libgnutls.so.30"],
    "/src/libgnutls.so.30": [],
    "/src/libgcc_s.so.1": [],  # loaded by name at run time: no binary lists it
}
ENTRIES = [
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
    ("libgtk-3.so.0", "/src/libgtk-3.so.0", "BINARY"),
    ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
    ("libglib-2.0.so.0", "/src/libglib-2.0.so.0", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
    ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
    ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
    (
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "/src/libcupsprintersupport.so",
        "BINARY",
    ),
    ("libcups.so.2", "/src/libcups.so.2", "BINARY"),
    ("libgnutls.so.30", "/src/libgnutls.so.30", "BINARY"),
    ("libgcc_s.so.1", "/src/libgcc_s.so.1", "BINARY"),
    ("resources/icons/app.svg", "/src/app.svg", "DATA"),
]


def test_a_dropped_plugin_takes_only_what_nothing_kept_needs() -> None:
    kept, dropped = fc.prune_libraries(ENTRIES, LINKS.__getitem__)
    kept_names = {dest for dest, _, _ in kept}
    assert dropped == sorted(
        ["libqgtk3.so", "libgtk-3.so.0", "libcairo.so.2", "libcups.so.2", "libgnutls.so.30"]
    )
    assert "libglib-2.0.so.0" in kept_names  # also needed by Qt Gui
    assert {"PySide6/Qt/plugins/platforms/libqxcb.so", "libQt6Gui.so.6"} <= kept_names
    assert "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so" in kept_names
    assert "libgcc_s.so.1" in kept_names and "resources/icons/app.svg" in kept_names


def test_a_link_to_a_dropped_library_goes_with_it() -> None:
    entries = [
        ("PySide6/Qt/lib/libQt6Network.so.6", "/src/libQt6Network.so.6", "BINARY"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
    ]
    kept, dropped = fc.prune_libraries(entries, lambda _source: [])
    assert kept == [] and dropped == ["libQt6Network.so.6"]


def test_babel_keeps_our_languages_and_root_only() -> None:
    for kept in ("root", "en", "en_GB", "sq_AL", "sq_XK", "sr_Cyrl_RS", "sr_Latn_ME", "mk", "bs_Latn_BA"):  # fmt: skip
        assert fc.data_wanted(f"babel/locale-data/{kept}.dat"), kept
    for dropped in ("de", "hr", "bss", "sl_SI"):
        assert not fc.data_wanted(f"babel/locale-data/{dropped}.dat"), dropped


def test_our_translations_stay_and_qt_s_own_go() -> None:
    assert fc.data_wanted("translations/csc_sr_Latn.qm")
    assert fc.data_wanted("translations/qtbase_mk.qm")
    assert not fc.data_wanted("PySide6/Qt/translations/qtbase_de.qm")


def test_the_version_is_the_package_s() -> None:
    from csc_desktop import __version__

    assert fc.version() == __version__
