"""check_sequence: any order, any repetition of a sender's bundles gives the same result as
importing each once in order; replays and forks are never taken as new."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from csc_desktop.sync import (
    BundleRejected,
    Manifest,
    SeenBundle,
    SequenceStatus,
    VerifiedBundle,
    WrittenBundle,
    check_bundle_sequence,
    check_sequence,
    seen_entry,
)


def chain(length: int, salt: str = "") -> list[SeenBundle]:
    """Bundles 1..length of one sender, each naming its predecessor's hash."""
    bundles: list[SeenBundle] = []
    previous = None
    for number in range(1, length + 1):
        digest = hashlib.sha256(f"{salt}{number}".encode()).hexdigest()
        bundles.append(SeenBundle(digest, previous))
        previous = digest
    return bundles


def import_all(
    order: list[int], bundles: list[SeenBundle]
) -> tuple[dict[int, SeenBundle], list[SequenceStatus]]:
    """What a store does: apply and remember the new ones, skip the rest."""
    seen: dict[int, SeenBundle] = {}
    statuses = []
    for number in order:
        bundle = bundles[number - 1]
        verdict = check_sequence(seen, number, bundle.bundle_hash, bundle.previous_bundle_hash)
        statuses.append(verdict.status)
        if verdict.status == SequenceStatus.NEW:
            seen[number] = bundle
        assert verdict.missing == [n for n in range(1, max(seen, default=0) + 1) if n not in seen]
    return seen, statuses


@st.composite
def deliveries(draw: st.DrawFn) -> tuple[int, list[int]]:
    """A chain length and an arrival order: every bundle at least once, some repeated, shuffled."""
    length = draw(st.integers(min_value=1, max_value=25))
    repeats = draw(st.lists(st.integers(min_value=1, max_value=length), max_size=30))
    order = draw(st.permutations([*range(1, length + 1), *repeats]))
    return length, list(order)


@settings(deadline=None)  # no timing thresholds: CI machines are shared
@given(deliveries())
def test_any_order_and_repetition_equals_importing_once_in_order(
    delivery: tuple[int, list[int]],
) -> None:
    length, order = delivery
    bundles = chain(length)
    in_order, _ = import_all(list(range(1, length + 1)), bundles)
    shuffled, statuses = import_all(order, bundles)
    assert shuffled == in_order
    assert statuses.count(SequenceStatus.NEW) == length
    assert statuses.count(SequenceStatus.ALREADY_IMPORTED) == len(order) - length
    assert SequenceStatus.REPLAY_MISMATCH not in statuses


@settings(deadline=None)  # no timing thresholds: CI machines are shared
@given(deliveries(), st.data())
def test_missing_numbers_are_the_gaps_so_far(
    delivery: tuple[int, list[int]], data: st.DataObject
) -> None:
    length, order = delivery
    bundles = chain(length)
    arrived = order[: data.draw(st.integers(min_value=0, max_value=len(order)))]
    seen, _ = import_all(arrived, bundles)
    highest = max(arrived, default=0)
    assert set(seen) == set(arrived)
    if arrived:
        last = bundles[arrived[-1] - 1]
        verdict = check_sequence(seen, arrived[-1], last.bundle_hash, last.previous_bundle_hash)
        assert verdict.missing == sorted(set(range(1, highest + 1)) - set(arrived))


@settings(deadline=None)  # no timing thresholds: CI machines are shared
@given(deliveries(), st.data())
def test_a_different_bundle_under_a_used_number_is_a_replay(
    delivery: tuple[int, list[int]], data: st.DataObject
) -> None:
    length, order = delivery
    genuine = chain(length)
    seen, _ = import_all(order, genuine)
    number = data.draw(st.integers(min_value=1, max_value=length))
    forged = chain(length, salt="forged")[number - 1]
    previous = genuine[number - 2].bundle_hash if number > 1 else None
    before = dict(seen)
    verdict = check_sequence(seen, number, forged.bundle_hash, previous)
    assert verdict.status == SequenceStatus.REPLAY_MISMATCH
    assert seen == before


@settings(deadline=None)  # no timing thresholds: CI machines are shared
@given(st.integers(min_value=2, max_value=30), st.data())
def test_a_fork_is_detected_from_either_neighbour(length: int, data: st.DataObject) -> None:
    genuine = chain(length)
    number = data.draw(st.integers(min_value=1, max_value=length))
    forged_hash = hashlib.sha256(b"fork").hexdigest()
    seen = {n: genuine[n - 1] for n in range(1, length + 1) if n != number}
    true_previous = genuine[number - 2].bundle_hash if number > 1 else None
    # Right predecessor, wrong content: the successor already seen names another hash.
    if number < length:
        assert (
            check_sequence(seen, number, forged_hash, true_previous).status
            == SequenceStatus.REPLAY_MISMATCH
        )
    # Wrong predecessor: does not follow the bundle seen before it.
    if number > 1:
        verdict = check_sequence(seen, number, genuine[number - 1].bundle_hash, forged_hash)
        assert verdict.status == SequenceStatus.REPLAY_MISMATCH
    # The genuine one fills the gap.
    genuine_verdict = check_sequence(seen, number, genuine[number - 1].bundle_hash, true_previous)
    assert genuine_verdict.status == SequenceStatus.NEW
    assert genuine_verdict.missing == []


def test_verified_bundles_feed_the_check(
    write_team_bundle: Callable[..., WrittenBundle],
    read_as_hq: Callable[..., VerifiedBundle],
) -> None:
    first = read_as_hq(write_team_bundle().path)
    third = read_as_hq(write_team_bundle(sequence=3, previous="a" * 64).path)
    seen = {1: seen_entry(first)}
    verdict = check_bundle_sequence(seen, third)
    assert (verdict.status, verdict.missing) == (SequenceStatus.NEW, [2])
    assert check_bundle_sequence(seen, first).status == SequenceStatus.ALREADY_IMPORTED


def test_a_bundle_applied_before_is_verified_but_its_changes_not_read_again(
    write_team_bundle: Callable[..., WrittenBundle],
    read_as_hq: Callable[..., VerifiedBundle],
    tmp_path: Path,
) -> None:
    written = write_team_bundle(changes=5)
    first = read_as_hq(written.path)
    applied = {(first.manifest.sender, first.manifest.sequence): first.bundle_hash}

    def applied_before(manifest: Manifest, bundle_hash: str) -> bool:
        return applied.get((manifest.sender, manifest.sequence)) == bundle_hash

    again = read_as_hq(written.path, applied_before=applied_before)
    assert again.applied_before and again.changes == [] and again.bundle_hash == first.bundle_hash
    assert check_bundle_sequence({1: seen_entry(first)}, again).status == (
        SequenceStatus.ALREADY_IMPORTED
    )
    # Another bundle under the same number is read in full (and then found a replay).
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    other = read_as_hq(
        write_team_bundle(changes=6, out_dir=other_dir).path,
        applied_before=applied_before,
    )
    assert not other.applied_before and len(other.changes) == 6
    # Checks before the shortcut still hold: a bundle altered on the stick is refused.
    damaged = bytearray(written.path.read_bytes())
    damaged[len(damaged) // 2] ^= 1
    with pytest.raises(BundleRejected):
        read_as_hq(bytes(damaged), applied_before=applied_before)
