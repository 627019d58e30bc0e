"""A list remembers its column widths and sort order, per profile (stored encrypted with the
profile's settings; no record data in it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from csc_desktop.ui.lists.columns import Column


@dataclass
class ViewState:
    widths: dict[str, int] = field(default_factory=dict)
    sort_column: str | None = None
    descending: bool = True

    @classmethod
    def from_setting(cls, value: Any, columns: tuple[Column, ...]) -> ViewState:
        """Whatever was stored, checked against today's columns (a column may have gone)."""
        names = {c.name for c in columns}
        if not isinstance(value, dict):
            return cls()
        widths = value.get("widths")
        sort = value.get("sort")
        state = cls()
        if isinstance(widths, dict):
            state.widths = {
                k: int(v)
                for k, v in widths.items()
                if k in names and isinstance(v, int) and 20 <= v <= 2000
            }
        if isinstance(sort, dict) and sort.get("column") in names:
            state.sort_column = str(sort["column"])
            state.descending = bool(sort.get("descending", True))
        return state

    def to_setting(self) -> dict[str, Any]:
        return {
            "widths": dict(self.widths),
            "sort": {"column": self.sort_column, "descending": self.descending},
        }
