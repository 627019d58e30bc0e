"""Comparing change versions (hybrid logical clock values, csc_desktop.domain.clock).

A version is "<wall ms:013d>-<counter:05d>-<device>". Sync orders changes by these values only,
never by a wall-clock time on its own.
"""

from __future__ import annotations

import functools

from csc_desktop.domain.clock import Version


def _is_standard(text: str) -> bool:
    # Fixed-width wall time and counter: plain string order is the clock's order.
    return len(text) > 20 and text[13] == "-" and text[19] == "-"


def version_key(text: str) -> tuple[int, int, str]:
    parsed = Version.parse(text)
    return parsed.wall_ms, parsed.counter, parsed.device


def is_newer(candidate: str | None, than: str | None) -> bool:
    """Whether `candidate` orders after `than` (None: no version, older than any)."""
    if not candidate:
        return False
    if not than:
        return True
    if _is_standard(candidate) and _is_standard(than):
        return candidate > than
    return version_key(candidate) > version_key(than)


def newest(*versions: str | None) -> str | None:
    best: str | None = None
    for version in versions:
        if is_newer(version, best):
            best = version
    return best


def device_of(version: str) -> str:
    """The device whose clock made this version."""
    return version.split("-", 2)[2] if version.count("-") >= 2 else ""


def is_version(value: object) -> bool:
    return isinstance(value, str) and len(value) <= 80 and _is_version_text(value)


@functools.lru_cache(maxsize=65_536)
def _is_version_text(value: str) -> bool:
    # Cached: most fields of a bundle share their change's version.
    try:
        parsed = Version.parse(value)
    except ValueError:
        return False
    return parsed.wall_ms >= 0 and parsed.counter >= 0 and bool(parsed.device)
