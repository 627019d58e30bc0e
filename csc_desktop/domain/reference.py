"""Reference data in memory: countries, crime areas per EMPACT cycle, institutions, types and
statuses, with their translations and validity dates. Loaded once per unlock (a few hundred rows)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from csc_desktop.text.fold import fold
from csc_desktop.text.translit import cyrillic_to_latin

OPEN_START = date(1900, 1, 1)
LANGUAGES = ("en", "sq", "sr", "sr_Latn", "mk", "bs", "cnr")


@dataclass(frozen=True)
class RefItem:
    list: str
    code: str
    valid_from: date
    valid_to: date | None
    sort_order: int
    names: dict[str, str]
    attrs: dict[str, Any] = field(default_factory=dict)

    def valid_on(self, day: date | None) -> bool:
        if day is None:
            return self.valid_to is None or self.valid_to >= date.today()
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def name(self, language: str = "en") -> str:
        if self.names.get(language):
            return self.names[language]
        if language == "sr_Latn" and self.names.get("sr"):
            return cyrillic_to_latin(self.names["sr"])
        if language == "cnr" and self.names.get("bs"):
            return self.names["bs"]
        return self.names.get("en") or next(iter(self.names.values()), self.code)


class ReferenceData:
    def __init__(self, items: Iterable[RefItem]):
        self._by_list: dict[str, list[RefItem]] = defaultdict(list)
        for item in items:
            self._by_list[item.list].append(item)
        for values in self._by_list.values():
            values.sort(key=lambda i: (i.sort_order, i.code, i.valid_from))
        self._folded_institutions: dict[tuple[str, str], str] = {}
        for inst in self._by_list.get("institution", []):
            for name in inst.names.values():
                self._folded_institutions.setdefault(
                    (inst.attrs.get("country", ""), fold(name)), inst.code
                )
            short = inst.attrs.get("short")
            if short:
                self._folded_institutions.setdefault(
                    (inst.attrs.get("country", ""), fold(short)), inst.code
                )

    def lists(self) -> list[str]:
        return sorted(self._by_list)

    def items(
        self, list_name: str, *, on: date | None = None, all_versions: bool = False
    ) -> list[RefItem]:
        items = self._by_list.get(list_name, [])
        if all_versions:
            return list(items)
        if on is None:
            # the newest version of each code
            newest: dict[str, RefItem] = {}
            for item in items:
                if item.code not in newest or item.valid_from > newest[item.code].valid_from:
                    newest[item.code] = item
            return sorted(newest.values(), key=lambda i: (i.sort_order, i.code))
        return [i for i in items if i.valid_on(on)]

    def get(self, list_name: str, code: str, on: date | None = None) -> RefItem | None:
        candidates = [i for i in self._by_list.get(list_name, []) if i.code == code]
        if not candidates:
            return None
        if on is not None:
            for item in candidates:
                if item.valid_on(on):
                    return item
            return None
        return max(candidates, key=lambda i: i.valid_from)

    def exists(self, list_name: str, code: str) -> bool:
        return self.get(list_name, code) is not None

    def name(
        self, list_name: str, code: str | None, language: str = "en", on: date | None = None
    ) -> str:
        if not code:
            return ""
        item = self.get(list_name, code, on) or self.get(list_name, code)
        return item.name(language) if item else code

    def find_institution(self, text: str, country: str | None) -> str | None:
        """An institution's code from its code, name (any language, any script) or short name."""
        if self.get("institution", text):
            return text
        key = fold(text)
        for scope in (country or "", ""):
            code = self._folded_institutions.get((scope, key))
            if code:
                return code
        for (_, name), code in self._folded_institutions.items():
            if name == key:
                return code
        return None

    def crime_area_cycle(self, code: str, on: date | None) -> tuple[bool, str | None]:
        """Whether ``code`` is a crime area valid on ``on``, and the EMPACT cycle it belongs to."""
        item = self.get("crime_area", code, on or date.today())
        if item is None:
            return False, None
        return True, item.attrs.get("cycle")

    def add(self, item: RefItem) -> None:
        self._by_list[item.list].append(item)
        if item.list == "institution":
            for name in item.names.values():
                self._folded_institutions.setdefault(
                    (item.attrs.get("country", ""), fold(name)), item.code
                )

    def remove(self, item: RefItem) -> None:
        if item in self._by_list.get(item.list, []):
            self._by_list[item.list].remove(item)
        for key, code in list(self._folded_institutions.items()):
            if code == item.code:
                del self._folded_institutions[key]

    def all_names(self, list_name: str, code: str) -> list[str]:
        """Every name of an item in every language and script (for the search index)."""
        item = self.get(list_name, code)
        if item is None:
            return [code]
        names = set(item.names.values())
        if "sr" in item.names:
            names.add(cyrillic_to_latin(item.names["sr"]))
        short = item.attrs.get("short")
        if short:
            names.add(short)
        return sorted(names)
