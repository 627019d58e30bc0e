"""Every per-profile setting of the application, declared once: key, type and default.

Values are stored encrypted in the profile (``ws.set_setting``); screens read them through
:class:`csc_desktop.ui.settings.store.ProfileSettings` (``ctx.settings``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any

    def coerce(self, value: Any) -> Any:
        """The stored value if it has the declared type, else the default (a damaged or older
        value never breaks a screen)."""
        if value is None or (self.type is int and isinstance(value, bool)):
            return self.default
        return value if isinstance(value, self.type) else self.default


LANGUAGE = Setting("language", str, "")  # "" = the language the profile was created with
IDLE_MINUTES = Setting("idle_minutes", int, 5)  # 0 = never lock by itself
BACKUP_FOLDER = Setting("backup_folder", str, "")  # "" = the profile's own backups/ folder
DEFAULT_COUNTRY = Setting("default_country", str, "")  # for new records (HQ mostly)
DEFAULT_INSTITUTION = Setting("default_institution", str, "")  # an institution code

DECLARED: tuple[Setting, ...] = (
    LANGUAGE,
    IDLE_MINUTES,
    BACKUP_FOLDER,
    DEFAULT_COUNTRY,
    DEFAULT_INSTITUTION,
)
IDLE_CHOICES_MINUTES = (1, 2, 5, 10, 15, 30, 60, 0)


def list_view_key(kind: str) -> str:
    """Where a record list remembers its column widths and sort order."""
    return f"ui.list.{kind}"
