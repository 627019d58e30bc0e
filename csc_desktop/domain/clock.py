"""A hybrid logical clock: versions that order changes without trusting laptop clocks.

A version is ``"<wall ms:013d>-<counter:05d>-<device>"``. It never goes backwards on a device, even
if the wall clock does, and it moves past any version seen from another device, so that "newer" in
sync means "made after having seen", not "stamped with a later time".
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Version:
    wall_ms: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}-{self.counter:05d}-{self.device}"

    @classmethod
    def parse(cls, text: str) -> Version:
        wall, counter, device = text.split("-", 2)
        return cls(int(wall), int(counter), device)


class HybridClock:
    def __init__(
        self, device: str, last: str | None = None, now_ms: Callable[[], int] | None = None
    ):
        self.device = device
        self._now_ms = now_ms or (lambda: time.time_ns() // 1_000_000)
        self._last = Version.parse(last) if last else Version(0, 0, device)

    @property
    def last(self) -> str:
        return str(self._last)

    def tick(self) -> str:
        wall = self._now_ms()
        if wall > self._last.wall_ms:
            self._last = Version(wall, 0, self.device)
        else:
            self._last = Version(self._last.wall_ms, self._last.counter + 1, self.device)
        return str(self._last)

    def observe(self, remote: str) -> None:
        """Move past a version received from elsewhere."""
        seen = Version.parse(remote)
        if (seen.wall_ms, seen.counter) > (self._last.wall_ms, self._last.counter):
            self._last = Version(seen.wall_ms, seen.counter, self.device)
