"""The core runs without Qt: everything outside csc_desktop.ui imports with PySide6 blocked."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import csc_desktop


def test_core_modules_import_without_pyside6() -> None:
    modules = [
        m.name
        for m in pkgutil.walk_packages(csc_desktop.__path__, "csc_desktop.")
        if not m.name.startswith("csc_desktop.ui")
        and ".migrations.versions" not in m.name
        and not m.name.endswith("migrations.env")
        and m.name != "csc_desktop.__main__"
    ]
    assert "csc_desktop.services.records" in modules
    code = (
        "import sys, importlib\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'PySide6': raise ImportError('Qt in the core: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr


def test_saving_does_not_load_the_pdf_and_signature_stack() -> None:
    """A save ends with the reports' upkeep; it must not make the first save wait for reportlab
    and pyHanko (about a second), which only printing and signing need."""
    code = (
        "import sys\n"
        "import csc_desktop.services.records, csc_desktop.reporting.upkeep\n"
        "print(sorted(m for m in ('reportlab', 'pyhanko', 'openpyxl') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
