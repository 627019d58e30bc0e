"""The shortcuts an import of tens of thousands of changes takes never accept what the checks
they stand for refuse, and read every line as the strict parser reads it."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from csc_desktop.services.sync.incoming_check import _Bad, _check_from_team, vouched_kinds
from csc_desktop.services.sync.rowspecs import (
    AUDIT_VALUES,
    DEVICE_VALUES,
    REFERENCE_VALUES,
    ROW_SPECS,
    Value,
)
from csc_desktop.sync import BundleRejected
from csc_desktop.sync.changes import change_problem, decode_changes, encode_changes
from csc_desktop.sync.encoding import strict_json_loads

TEAM = "01a2283c-15c4-714f-995e-1641a26ef35f"
VERSION = f"1795971356697-00000-{TEAM}"

VALUES: list[Value] = [
    *(value for spec in ROW_SPECS.values() for value in spec.values.values()),
    *AUDIT_VALUES.values(),
    *REFERENCE_VALUES.values(),
    *DEVICE_VALUES.values(),
]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(["2026-01-05", "2026-02-30", "2026-W01-1", "20260105", "２０２６-01-05"]),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)


@settings(max_examples=300)
@given(st.sampled_from(VALUES), st.lists(json_values, max_size=6))
def test_a_column_passes_only_if_each_of_its_values_passes(value: Value, column: list[Any]) -> None:
    if value.check_column(column):
        assert all(value.check(item) for item in column)


@settings(max_examples=300)
@given(st.sampled_from(VALUES), st.lists(json_values, max_size=6))
def test_each_value_of_a_plain_column_passes_as_a_column(value: Value, column: list[Any]) -> None:
    # The other way round holds for values of exactly the types the checks name (JSON's).
    plain = [item for item in column if value.check(item) and not _mixes_numbers(item)]
    assert value.check_column(plain)


def _mixes_numbers(item: Any) -> bool:
    return isinstance(item, list) and len({type(x) for x in item}) > 1


def _training(number: int) -> dict[str, Any]:
    return {
        "kind": "training",
        "id": f"01a2283c-1819-7193-bbe7-{number:012x}",
        "fields": {
            "title": f"Training {number}",
            "country": "AL",
            "status": "held",
            "topic": "trafficking",
            "crime_areas": [],
            "start_date": "2026-01-05",
            "end_date": None,
            "venue": "Tiranë",
            "trainers": None,
            "organiser_institution": None,
            "beneficiary_institutions": [],
            "linked_taf_request": None,
            "notes": "notes",
        },
        "field_versions": {"title": VERSION, "country": VERSION, "status": VERSION},
        "version": VERSION,
        "origin_device": TEAM,
        "deleted": False,
        "created_at": "2026-11-29T16:55:56.695Z",
        "created_by": "T AL",
        "updated_at": "2026-11-29T16:55:56.695Z",
        "updated_by": "T AL",
    }


def _participant(number: int) -> dict[str, Any]:
    training = _training(number)
    return {
        **training,
        "kind": "participant",
        "id": f"01a2283c-1819-7194-b14a-{number:012x}",
        "fields": {
            "training_id": training["id"],
            "position_no": 0,
            "name": "Jelena Vuković",
            "gender": "female",
            "institution": None,
            "position": "Inspector",
            "function": None,
            "evaluation": 4,
            "pre_score": 64.0,
            "post_score": 87.5,
            "attendance": [True, False],
        },
        "field_versions": {"name": 0, "gender": 0, "position": VERSION},  # 0: SAME_VERSION
    }


def _audit_entry(seq: int) -> dict[str, Any]:
    return {
        "kind": "audit_entry",
        "id": f"{TEAM}#{seq}",
        "fields": {
            "seq": seq,
            "at": "2026-11-29T16:55:56.695Z",
            "person": "T AL",
            "device": TEAM,
            "action": "create",
            "record_kind": "training",
            "record_id": None,
            "details": "{}",
            "recipient": None,
            "prev_hash": "a" * 64,
            "hash": "b" * 64,
        },
        "version": seq,
        "origin_device": TEAM,
        "deleted": False,
    }


def _bundle_changes() -> list[dict[str, Any]]:
    return [
        *(_training(n) for n in range(3)),
        *(_participant(n) for n in range(3)),
        *(_audit_entry(n) for n in range(1, 4)),
    ]


def _passes(change: dict[str, Any]) -> bool:
    try:
        _check_from_team(change, TEAM, "AL", {})
    except _Bad:
        return False
    return True


def test_a_well_made_team_bundle_is_vouched_for_whole() -> None:
    changes = _bundle_changes()
    assert all(_passes(c) for c in changes)
    assert vouched_kinds(changes, TEAM, "AL") == {"training", "participant", "audit_entry"}


@pytest.mark.parametrize("mark", [False, 1, -0.0, "0"])
def test_only_the_number_0_stands_for_the_changes_own_version(mark: object) -> None:
    changes = _bundle_changes()
    participant = next(c for c in changes if c["kind"] == "participant")
    participant["field_versions"]["name"] = mark
    assert "participant" not in vouched_kinds(changes, TEAM, "AL")
    assert not _passes(participant)


mutations = st.tuples(
    st.integers(min_value=0, max_value=8),  # which change
    st.sampled_from(["fields", "change", "field_versions", "drop field", "drop key"]),
    st.sampled_from(
        [
            *ROW_SPECS["training"].values,
            *ROW_SPECS["participant"].values,
            *AUDIT_VALUES,
            "id",
            "version",
            "origin_device",
            "deleted",
            "seen",
            "created_by",
            "kind",
            "deleted",
        ]
    ),
    json_values,
)


@settings(max_examples=400)
@given(st.lists(mutations, min_size=1, max_size=3))
def test_a_kind_vouched_for_is_one_whose_every_change_passes(
    changes_made: list[tuple[int, str, str, Any]],
) -> None:
    changes = copy.deepcopy(_bundle_changes())
    for index, where, name, value in changes_made:
        change = changes[index]
        if where == "fields":
            change["fields"][name] = value
        elif where == "change":
            change[name] = value
        elif where == "field_versions":
            change.setdefault("field_versions", {})[name] = value
        elif where == "drop field":
            change["fields"].pop(name, None)
        else:
            change.pop(name, None)
    if any(change_problem(c) for c in changes):
        return  # refused before any check of values
    for kind in vouched_kinds(changes, TEAM, "AL"):
        assert all(_passes(c) for c in changes if c["kind"] == kind), kind


def _strict(data: bytes) -> list[Any] | str:
    """changes.jsonl read line by line by the strict parser alone, or its refusal's words."""
    changes = []
    for number, line in enumerate(data[:-1].split(b"\n"), start=1):
        try:
            change = strict_json_loads(line)
        except ValueError:
            return f"line {number} is not valid JSON"
        problem = change_problem(change)
        if problem:
            return f"line {number} {problem}"
        changes.append(change)
    return changes


spellings = st.sampled_from(["canonical", "spaced", "ascii", "unsorted"])


def _spelt(change: Any, spelling: str) -> str:
    if spelling == "canonical":
        return json.dumps(change, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    if spelling == "spaced":
        return json.dumps(change, sort_keys=True)
    if spelling == "ascii":
        return json.dumps(change, sort_keys=True, separators=(",", ":"))
    return json.dumps(change, separators=(",", ":"), ensure_ascii=False)


@settings(max_examples=300)
@given(st.lists(st.tuples(json_values, spellings), min_size=1, max_size=4), st.booleans())
def test_change_lines_read_as_the_strict_parser_reads_them(
    lines: list[tuple[Any, str]], as_changes: bool
) -> None:
    values = [
        {**_training(n), "fields": {"x": value}} if as_changes else value
        for n, (value, _) in enumerate(lines)
    ]
    try:
        text = "".join(
            _spelt(v, spelling) + "\n" for v, (_, spelling) in zip(values, lines, strict=True)
        )
    except ValueError:
        return  # NaN in a spelling that refuses it
    data = text.encode("utf-8", "surrogatepass")
    expected = _strict(data)
    try:
        decoded = decode_changes(data)
    except BundleRejected as err:
        assert isinstance(expected, str) and expected in err.message
        return
    assert decoded == expected
    assert json.dumps(decoded) == json.dumps(expected)  # 1 and 1.0, -0.0 and 0.0 told apart


def test_lines_a_fast_parser_would_read_otherwise_are_read_strictly() -> None:
    big, tiny = 2**64, 1e-05
    data = (
        f'{{"deleted":false,"fields":{{"n":{big},"t":{tiny!r}}},"id":"i","kind":"k",'
        '"origin_device":"d","version":"v"}\n'
    ).encode()
    [change] = decode_changes(data)
    assert change["fields"] == {"n": big, "t": tiny} and isinstance(change["fields"]["n"], int)
    twice = data.replace(b'"id":"i"', b'"id":"i","id":"j"')
    try:
        decode_changes(twice)
    except BundleRejected as err:
        assert "appears twice" in err.message
    else:
        raise AssertionError("a key given twice was accepted")
    nan = data.replace(repr(tiny).encode(), b"NaN")
    try:
        decode_changes(nan)
    except BundleRejected as err:
        assert "not valid JSON" in err.message
    else:
        raise AssertionError("NaN was accepted")


def test_the_writer_writes_what_the_fast_reader_takes() -> None:
    changes = _bundle_changes()
    assert decode_changes(encode_changes(changes)) == changes


def test_a_change_split_over_two_lines_is_refused() -> None:
    first, second = (encode_changes([_training(n)]).rstrip(b"\n") for n in range(2))
    cut = first.index(b',"id"')
    # Joined, the lines would make two changes; each line is read alone, and line 1 is no JSON.
    data = first[:cut] + b"\n" + first[cut + 1 :] + b"\n" + second + b"\n"
    with pytest.raises(BundleRejected, match="line 1 is not valid JSON"):
        decode_changes(data)
