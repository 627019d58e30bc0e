"""Errors a person may see. Each carries a message in plain words; the CLI prints it on one line
and the GUI shows it in a dialog."""

from __future__ import annotations

from pathlib import Path


class CscError(Exception):
    """Base of every error the application reports to a person."""

    exit_code = 1


class ProfileError(CscError):
    """The profile folder is missing, incomplete, unreadable or not writable."""


class WrongPassphrase(CscError):
    exit_code = 3

    def __init__(self) -> None:
        super().__init__(
            "Wrong passphrase: the database could not be opened with it. Nothing was changed."
        )


class WeakPassphrase(CscError):
    pass


class UnsafeCipherSettings(CscError):
    """The key header or the SQLCipher build is not what this version expects: we refuse to open
    rather than fall back to something weaker."""


class CorruptDatabase(CscError):
    exit_code = 4

    def __init__(self, detail: str, newest_backup: Path | None) -> None:
        where = (
            f" The newest backup is {newest_backup} (restore it with `csc restore`)."
            if newest_backup
            else " No backup was found in the profile."
        )
        super().__init__(
            f"The database is damaged or unreadable ({detail}).{where} Nothing was changed."
        )
        self.detail = detail
        self.newest_backup = newest_backup


class NewerDatabase(CscError):
    exit_code = 5


class StorageFull(CscError):
    """The disk is full or the folder is not writable: the change was not saved."""


class NotFound(CscError):
    exit_code = 6


class NotAllowed(CscError):
    exit_code = 7


class ValidationError(CscError):
    """Field-level problems: ``errors`` maps a field name (or "" for the whole record) to a message."""

    exit_code = 2

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        parts = [f"{k}: {v}" if k else v for k, v in self.errors.items()]
        super().__init__("; ".join(parts))
