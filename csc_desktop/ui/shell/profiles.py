"""Where the profiles of this laptop are, found without loading the database layer.

:mod:`csc_desktop.store.profile` holds the same rules, but importing it loads SQLAlchemy and
SQLCipher, about a third of the application's start-up; the unlock window needs only folder
names. ``tests/ui_shell/test_profiles_light.py`` checks that both give the same answers.
"""

from __future__ import annotations

import os
from pathlib import Path

DB_NAME = "csc.db"
HEADER_NAME = "profile.kdf"  # csc_desktop.store.keyheader's (which loads the key derivation)


def default_profiles_root() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("csc-desktop", appauthor=False)) / "profiles"


def resolve_profile_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--profile DIR`` first, then ``CSC_PROFILE``, then the per-user default profile."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get("CSC_PROFILE")
    if env:
        return Path(env).expanduser().resolve()
    return default_profiles_root() / "default"


def list_profiles(root: Path) -> list[Path]:
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if (p / HEADER_NAME).is_file())


def holds_profile(folder: Path) -> bool:
    return (folder / HEADER_NAME).is_file() or (folder / DB_NAME).is_file()
