"""Where a verified bundle stands in its sender's chain: new, seen already, or in conflict
with what was seen (a replay of a different bundle under a used number, or a forked chain)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from csc_desktop.sync.bundle import VerifiedBundle


class SequenceStatus(StrEnum):
    NEW = "new"
    ALREADY_IMPORTED = "already_imported"
    REPLAY_MISMATCH = "replay_mismatch"


@dataclass(frozen=True)
class SeenBundle:
    """What the receiver keeps of each bundle it applied, per (sender, receiver)."""

    bundle_hash: str
    previous_bundle_hash: str | None


@dataclass(frozen=True)
class SequenceVerdict:
    status: SequenceStatus
    missing: list[int]
    """Numbers below the highest known one that have not arrived (counting this bundle as
    arrived when it is new): shown to the person, never blocking."""
    reason: str


def check_sequence(
    seen: Mapping[int, SeenBundle],
    sequence: int,
    bundle_hash: str,
    previous_bundle_hash: str | None,
) -> SequenceVerdict:
    """Pure: the verdict for a bundle given the sender's bundles already applied here."""
    if sequence < 1:
        raise ValueError("sequence numbers start at 1")
    known = seen.get(sequence)
    if known is not None:
        if known.bundle_hash == bundle_hash:
            return _verdict(SequenceStatus.ALREADY_IMPORTED, seen, None, "already imported")
        return _verdict(
            SequenceStatus.REPLAY_MISMATCH,
            seen,
            None,
            f"a different bundle number {sequence} from this device was imported before",
        )
    before, after = seen.get(sequence - 1), seen.get(sequence + 1)
    if before is not None and before.bundle_hash != previous_bundle_hash:
        return _verdict(
            SequenceStatus.REPLAY_MISMATCH,
            seen,
            None,
            f"it does not follow the bundle number {sequence - 1} imported before",
        )
    if after is not None and after.previous_bundle_hash != bundle_hash:
        return _verdict(
            SequenceStatus.REPLAY_MISMATCH,
            seen,
            None,
            f"the bundle number {sequence + 1} imported before follows a different one",
        )
    return _verdict(SequenceStatus.NEW, seen, sequence, "new")


def check_bundle_sequence(
    seen: Mapping[int, SeenBundle], bundle: VerifiedBundle
) -> SequenceVerdict:
    return check_sequence(
        seen,
        bundle.manifest.sequence,
        bundle.bundle_hash,
        bundle.manifest.previous_bundle_hash,
    )


def seen_entry(bundle: VerifiedBundle) -> SeenBundle:
    """What to store once the bundle is applied."""
    return SeenBundle(bundle.bundle_hash, bundle.manifest.previous_bundle_hash)


def missing_sequences(arrived: set[int] | frozenset[int]) -> list[int]:
    highest = max(arrived, default=0)
    return [number for number in range(1, highest + 1) if number not in arrived]


def _verdict(
    status: SequenceStatus, seen: Mapping[int, SeenBundle], arriving: int | None, reason: str
) -> SequenceVerdict:
    arrived = set(seen) | ({arriving} if arriving is not None else set())
    return SequenceVerdict(status, missing_sequences(arrived), reason)
