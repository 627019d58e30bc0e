"""The shell finds profiles by the same rules as the store, without loading the database layer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from csc_desktop.store import keyheader
from csc_desktop.store import profile as store
from csc_desktop.ui.shell import profiles as light


def test_same_answers_as_the_store(tmp_path: Path, monkeypatch, profile_dir: Path) -> None:
    (tmp_path / "not-a-profile").mkdir()
    assert light.list_profiles(tmp_path) == store.list_profiles(tmp_path) == [profile_dir]
    assert light.list_profiles(tmp_path / "nowhere") == store.list_profiles(tmp_path / "nowhere")
    assert light.default_profiles_root() == store.default_profiles_root()
    assert light.holds_profile(profile_dir) is store.Profile(profile_dir).exists() is True
    assert light.holds_profile(tmp_path / "not-a-profile") is False
    assert light.DB_NAME == store.DB_NAME
    assert light.HEADER_NAME == keyheader.HEADER_NAME
    monkeypatch.setenv("CSC_PROFILE", str(tmp_path / "env"))
    for explicit in (None, str(tmp_path / "x"), "~/y"):
        assert light.resolve_profile_dir(explicit) == store.resolve_profile_dir(explicit)


def test_the_unlock_window_does_not_load_the_database_layer() -> None:
    code = (
        "import sys\n"
        "from csc_desktop.ui.shell.session import Session\n"
        "from csc_desktop.ui.shell.builtin_pages import register_builtin_pages\n"
        "from csc_desktop.ui.unlock.unlock_window import UnlockWindow\n"
        "from csc_desktop.ui.shell.profiles import default_profiles_root\n"
        "print(sorted(m for m in ('sqlalchemy', 'sqlcipher3', 'babel', 'cryptography') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
