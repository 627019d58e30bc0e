"""What travels for each kind of synced row: its table, its fields and their types, and who owns
each field (the side whose value counts)."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from sqlalchemy import Table

from csc_desktop.domain.fields import FIELDS, PARTICIPANT_FIELDS, Field, FieldType, Kind, Owner
from csc_desktop.store.schema import RECORD_TABLES, attachments, participants

Side = Literal["team", "hq"]
FieldOwner = Literal["team", "hq", "shared"]

PARTICIPANT = "participant"
ATTACHMENT = "attachment"
REFERENCE_ITEM = "reference_item"
AUDIT_ENTRY = "audit_entry"
DEVICE = "device"

DELETED = "deleted"
"""The tombstone, merged like a field: its version is `field_versions["deleted"]`."""

_HEX64 = re.compile(r"[0-9a-f]{64}")


def _same(value: Any) -> Any:
    return value


_NONE = type(None)


@dataclass(frozen=True)
class Shape:
    """What a value must be, declared so that a whole column of values can be checked in a few
    passes over it (a bundle holds 50,000 changes of a dozen fields each)."""

    kind: Literal["text", "date", "int", "number", "bool", "strings", "bools"]
    limit: int = 0
    """The longest text (text, strings)."""


@dataclass(frozen=True)
class Value:
    """A field's type in a change: what is accepted, and how it is stored and written."""

    accepts: Callable[[Any], bool]
    to_db: Callable[[Any], Any] = _same
    to_json: Callable[[Any], Any] = _same
    nullable: bool = True
    shape: Shape | None = None
    """`accepts` declared (None: no shortcut for a whole column)."""

    def check(self, value: Any) -> bool:
        return (value is None and self.nullable) or (value is not None and self.accepts(value))

    def check_column(self, values: list[Any]) -> bool:
        """Whether every one of `values` passes check(). May answer False for values that pass
        (of a type only equal to the one required): the caller then checks one by one."""
        types = set(map(type, values))
        if _NONE in types:
            if not self.nullable:
                return False
            types.discard(_NONE)
            values = [v for v in values if v is not None]
        if not types:
            return True
        shape = self.shape
        if shape is None:
            return all(map(self.accepts, values))
        if shape.kind == "text":
            return types == {str} and max(map(len, values)) <= shape.limit
        if shape.kind == "date":
            return types == {str} and all(map(_iso_date, set(values)))
        if shape.kind == "int":
            return types == {int}
        if shape.kind == "number":
            return types <= {int, float} and _all_finite(values)
        if shape.kind == "bool":
            return types == {bool}
        if types != {list} or max(map(len, values)) > _MAX_ITEMS:
            return False
        items = list(itertools.chain.from_iterable(values))
        if not items:
            return True
        if shape.kind == "bools":
            return set(map(type, items)) == {bool}
        return set(map(type, items)) == {str} and max(map(len, items)) <= shape.limit


_MAX_ITEMS = 1000


def _all_finite(numbers: list[Any]) -> bool:
    try:
        return all(map(math.isfinite, numbers))
    except OverflowError:  # an integer past a float's range: check() fails on it too
        return False


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(limit: int) -> Callable[[Any], bool]:
    return lambda v: isinstance(v, str) and len(v) <= limit


def _iso_date(value: Any) -> bool:
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _date_to_db(value: Any) -> Any:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _date_to_json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _strings(limit: int) -> Callable[[Any], bool]:
    return lambda v: (
        isinstance(v, list) and len(v) <= _MAX_ITEMS and all(_text(limit)(item) for item in v)
    )


def _bools(value: Any) -> bool:
    return (
        isinstance(value, list)
        and len(value) <= _MAX_ITEMS
        and all(isinstance(b, bool) for b in value)
    )


def _is_bool(value: Any) -> bool:
    return isinstance(value, bool)


def _hex64(value: Any) -> bool:
    return isinstance(value, str) and bool(_HEX64.fullmatch(value))


def _json_object(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(k, str) for k in value)


def text_value(limit: int, *, nullable: bool = True) -> Value:
    return Value(_text(limit), nullable=nullable, shape=Shape("text", limit))


def date_value(*, nullable: bool = True) -> Value:
    return Value(_iso_date, _date_to_db, _date_to_json, nullable, Shape("date"))


def int_value(*, nullable: bool = True) -> Value:
    return Value(_int, nullable=nullable, shape=Shape("int"))


def value_of(spec: Field) -> Value:
    t = spec.type
    if t in (FieldType.TEXT, FieldType.LONGTEXT):
        return text_value(spec.max_length or 20_000)
    if t == FieldType.DATE:
        return date_value()
    if t in (FieldType.INT, FieldType.MONEY):
        return int_value()
    if t == FieldType.NUMBER:
        return Value(_number, shape=Shape("number"))
    if t == FieldType.BOOL:
        return Value(_is_bool, shape=Shape("bool"))
    if t in (FieldType.CODE, FieldType.INSTITUTION):
        return text_value(64)
    if t == FieldType.RECORD:
        return text_value(36)
    return Value(_strings(64), shape=Shape("strings", 64))  # CODES, INSTITUTIONS


@dataclass(frozen=True)
class RowSpec:
    kind: str
    table: Table
    values: dict[str, Value]
    """The change's `fields`, by name."""
    required: frozenset[str] = frozenset()
    parent: str | None = None
    """The field naming the row this one belongs to (a participant's training)."""
    owners: dict[str, FieldOwner] = field(default_factory=dict)

    def owner(self, name: str) -> FieldOwner:
        return self.owners.get(name, "team")

    def changeable_by(self, side: Side) -> frozenset[str]:
        """Fields (and the tombstone) a side may change: its own and the shared ones."""
        return self._changeable[side]

    @functools.cached_property
    def _changeable(self) -> dict[Side, frozenset[str]]:
        names = [*self.values, DELETED]
        return {
            side: frozenset(n for n in names if self.owner(n) in (side, "shared"))
            for side in ("team", "hq")
        }

    @functools.cached_property
    def names(self) -> list[str]:
        return list(self.values)

    @functools.cached_property
    def name_set(self) -> frozenset[str]:
        return frozenset(self.values)

    @functools.cached_property
    def json_converters(self) -> dict[str, Callable[[Any], Any]]:
        """Fields whose stored value is not already JSON (dates)."""
        return {n: v.to_json for n, v in self.values.items() if v.to_json is not _same}

    @functools.cached_property
    def db_converters(self) -> dict[str, Callable[[Any], Any]]:
        return {n: v.to_db for n, v in self.values.items() if v.to_db is not _same}


def _record_spec(kind: Kind) -> RowSpec:
    values = {spec.name: value_of(spec) for spec in FIELDS[kind]}
    values["status"] = text_value(32, nullable=False)
    for name in ("title", "country"):
        values[name] = dataclasses.replace(values[name], nullable=False)
    owners: dict[str, FieldOwner] = {
        spec.name: "hq" for spec in FIELDS[kind] if spec.owner == Owner.HQ
    }
    if kind == Kind.TAF_REQUEST:
        # Both sides move a TAF request through its workflow (the team submits, HQ decides),
        # and HQ's decision must survive the team deleting the request: both are shared.
        owners |= {"status": "shared", DELETED: "shared"}
    return RowSpec(
        kind.value,
        RECORD_TABLES[kind],
        values,
        frozenset({"title", "country", "status"}),
        None,
        owners,
    )


RECORD_SPECS: dict[str, RowSpec] = {kind.value: _record_spec(kind) for kind in Kind}

PARTICIPANT_SPEC = RowSpec(
    PARTICIPANT,
    participants,
    {
        "training_id": text_value(36, nullable=False),
        "position_no": int_value(nullable=False),
        **{spec.name: value_of(spec) for spec in PARTICIPANT_FIELDS},
        "name": text_value(200, nullable=False),
        "gender": text_value(64, nullable=False),
        "attendance": Value(_bools, nullable=False, shape=Shape("bools")),
    },
    frozenset({"training_id", "position_no", "name", "gender", "attendance"}),
    parent="training_id",
)

ATTACHMENT_SPEC = RowSpec(
    ATTACHMENT,
    attachments,
    {
        "record_id": text_value(36, nullable=False),
        "record_kind": Value(lambda v: isinstance(v, str) and v in RECORD_SPECS, nullable=False),
        "filename": text_value(255, nullable=False),
        "media_type": text_value(100, nullable=False),
        "size": Value(lambda v: _int(v) and v >= 0, nullable=False),
        "sha256": Value(_hex64, nullable=False),
        "attachment_kind": text_value(32, nullable=False),
    },
    frozenset(
        {"record_id", "record_kind", "filename", "media_type", "size", "sha256", "attachment_kind"}
    ),
)

ROW_SPECS: dict[str, RowSpec] = {
    **RECORD_SPECS,
    PARTICIPANT: PARTICIPANT_SPEC,
    ATTACHMENT: ATTACHMENT_SPEC,
}

REFERENCE_VALUES: dict[str, Value] = {
    "list": text_value(64, nullable=False),
    "code": text_value(64, nullable=False),
    "valid_from": date_value(nullable=False),
    "valid_to": date_value(),
    "sort_order": int_value(nullable=False),
    "names": Value(_json_object, nullable=False),
    "attrs": Value(_json_object, nullable=False),
}

AUDIT_VALUES: dict[str, Value] = {
    "seq": Value(lambda v: _int(v) and v >= 1, nullable=False),
    "at": text_value(32, nullable=False),
    "person": text_value(200, nullable=False),
    "device": text_value(36, nullable=False),
    "action": text_value(32, nullable=False),
    "record_kind": text_value(32),
    "record_id": text_value(36),
    "details": text_value(1_000_000, nullable=False),
    "recipient": text_value(300),
    "prev_hash": Value(_hex64, nullable=False),
    "hash": Value(_hex64, nullable=False),
}

DEVICE_VALUES: dict[str, Value] = {
    "state": Value(lambda v: v == "revoked", nullable=False),
    "revoked_at": text_value(32, nullable=False),
}

# Row metadata that travels with each change besides `fields`.
ROW_META = ("created_at", "created_by", "updated_at", "updated_by")


@functools.cache
def taf_statuses() -> dict[Side, frozenset[str]]:
    """The TAF request statuses each side can lead to (its workflow actions' targets)."""
    from csc_desktop.services.records import INITIAL_STATUS, WORKFLOW

    by_side: dict[Side, set[str]] = {"team": {INITIAL_STATUS[Kind.TAF_REQUEST]}, "hq": set()}
    for _sources, target, role in WORKFLOW[Kind.TAF_REQUEST].values():
        by_side["hq" if role == "hq" else "team"].add(target)
    return {side: frozenset(statuses) for side, statuses in by_side.items()}


@functools.cache
def statuses_of(kind: str) -> frozenset[str]:
    from csc_desktop.services.records import INITIAL_STATUS, WORKFLOW

    record_kind = Kind(kind)
    found = {INITIAL_STATUS[record_kind]}
    for sources, target, _role in WORKFLOW[record_kind].values():
        found |= {target, *sources}
    if record_kind == Kind.PRE_INVESTIGATION:
        found |= {"submitted", "accepted", "prosecution_started", "closed"}
    return frozenset(found)
