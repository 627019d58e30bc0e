"""SHA256SUMS in the format `sha256sum` writes and `sha256sum -c` reads."""

from __future__ import annotations

import hashlib
import re

from csc_desktop.sync.errors import BundleRejected, Check

# "<64 hex>  <name>": two spaces (text mode), one line per member, Unix newlines.
_LINE_RE = re.compile(rb"([0-9a-f]{64})  ([A-Za-z0-9._/-]+)")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def build_sums(members: dict[str, bytes]) -> bytes:
    return b"".join(
        f"{sha256_hex(data)}  {name}\n".encode("ascii") for name, data in members.items()
    )


def parse_sums(data: bytes) -> dict[str, str]:
    """name -> hex digest. Raises BundleRejected(Check.CHECKSUMS)."""
    if not data.endswith(b"\n"):
        raise _bad("SHA256SUMS is cut short.")
    sums: dict[str, str] = {}
    for line in data[:-1].split(b"\n"):
        match = _LINE_RE.fullmatch(line)
        if match is None:
            raise _bad("SHA256SUMS has a line that is not in sha256sum's format.")
        name = match.group(2).decode("ascii")
        if name in sums:
            raise _bad(f"SHA256SUMS lists {name} twice.")
        sums[name] = match.group(1).decode("ascii")
    return sums


def check_sums(sums: dict[str, str], members: dict[str, bytes]) -> None:
    """SHA256SUMS must cover exactly `members`, and every digest must match."""
    unlisted, absent = set(members) - set(sums), set(sums) - set(members)
    if unlisted:
        raise _bad(f"the bundle holds files SHA256SUMS does not list: {sorted(unlisted)}.")
    if absent:
        raise _bad(f"files listed in SHA256SUMS are missing: {sorted(absent)}.")
    for name, data in members.items():
        if sha256_hex(data) != sums[name]:
            raise _bad(f"{name} does not match its SHA-256 in SHA256SUMS.")


def _bad(detail: str) -> BundleRejected:
    return BundleRejected(Check.CHECKSUMS, f"The bundle's checksums do not hold: {detail}")
