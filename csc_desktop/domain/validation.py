"""Turning a person's input into field values, with field-level errors in plain words.

``normalize`` converts JSON-like input (the CLI's JSON, the GUI's widgets) to stored values;
``check_rules`` applies the rules that involve several fields. Both return errors by field name so
the GUI can show each next to its widget as the person types.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from csc_desktop.domain.fields import DATE_FIELD, Field, FieldType, Kind, Owner
from csc_desktop.domain.ids import is_uuid
from csc_desktop.domain.reference import ReferenceData

GENDERS = ("female", "male", "other", "undisclosed")


@dataclass
class Normalized:
    values: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    new_institutions: dict[str, str] = field(default_factory=dict)  # typed name -> placeholder code


def clean_text(value: Any, multiline: bool = False) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("must be text")
    text = unicodedata.normalize("NFC", value).strip()
    if not multiline:
        text = " ".join(text.split())
    return text or None


def parse_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueError("is not a date (use YYYY-MM-DD)")


def parse_number(value: Any) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError("must be a number")
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(Decimal(value.strip()))
        except InvalidOperation:
            pass
    raise ValueError("must be a number")


def parse_int(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError("must be a whole number")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    raise ValueError("must be a whole number")


def parse_money_cents(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError("must be an amount in euro")
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation as exc:
        raise ValueError("must be an amount in euro, e.g. 12500.50") from exc
    if amount != amount.quantize(Decimal("0.01")):
        raise ValueError("has more than two decimals")
    return int(amount * 100)


def cents_to_amount(cents: int | None) -> int | float | None:
    if cents is None:
        return None
    return cents // 100 if cents % 100 == 0 else round(cents / 100, 2)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, list):
        return value
    raise ValueError("must be a list")


def normalize(
    fields: dict[str, Field],
    data: dict[str, Any],
    reference: ReferenceData,
    *,
    role: str,
    country: str | None,
    record_date: date | None,
) -> Normalized:
    """Convert each given key; unknown keys, wrong types and unknown codes become errors."""
    out = Normalized()
    for key, raw in data.items():
        spec = fields.get(key)
        if spec is None:
            out.errors[key] = "is not a field of this kind of record"
            continue
        if spec.owner == Owner.SYSTEM:
            out.errors[key] = "is set by the application, not by hand"
            continue
        if spec.owner == Owner.HQ and role != "hq":
            out.errors[key] = "is decided by headquarters and cannot be set by a country team"
            continue
        try:
            out.values[key] = _convert(spec, raw, reference, country, record_date, out)
        except ValueError as exc:
            out.errors[key] = str(exc)
    return out


def _convert(
    spec: Field,
    raw: Any,
    reference: ReferenceData,
    country: str | None,
    record_date: date | None,
    out: Normalized,
) -> Any:
    t = spec.type
    if t in (FieldType.TEXT, FieldType.LONGTEXT):
        value = clean_text(raw, multiline=t == FieldType.LONGTEXT)
        if value and spec.max_length and len(value) > spec.max_length:
            raise ValueError(f"is too long ({len(value)} characters; at most {spec.max_length})")
        return value
    if t == FieldType.DATE:
        return parse_date(raw)
    if t == FieldType.BOOL:
        if raw is None:
            return None
        if not isinstance(raw, bool):
            raise ValueError("must be true or false")
        return raw
    if t in (FieldType.INT, FieldType.NUMBER, FieldType.MONEY):
        number: float | int | None
        if t == FieldType.INT:
            number = parse_int(raw)
        elif t == FieldType.NUMBER:
            number = parse_number(raw)
        else:
            number = parse_money_cents(raw)
        if number is not None:
            scale = 100 if t == FieldType.MONEY else 1
            if spec.minimum is not None and number < spec.minimum * scale:
                raise ValueError(f"must be at least {spec.minimum:g}")
            if spec.maximum is not None and number > spec.maximum * scale:
                raise ValueError(f"must be at most {spec.maximum:g}")
        return number
    if t == FieldType.CODE:
        if raw is None or raw == "":
            return None
        if not isinstance(raw, str):
            raise ValueError("must be a code")
        if not reference.exists(spec.ref_list or "", raw):
            raise ValueError(f"“{raw}” is not a known code")
        return raw
    if t == FieldType.CODES:
        codes = _as_list(raw)
        seen: list[str] = []
        for code in codes:
            if not isinstance(code, str) or not reference.exists(spec.ref_list or "", code):
                raise ValueError(f"“{code}” is not a known code")
            if code not in seen:
                seen.append(code)
        return seen
    if t == FieldType.INSTITUTION:
        if raw is None or raw == "":
            return None
        return _institution(raw, reference, country, out)
    if t == FieldType.INSTITUTIONS:
        result = []
        for item in _as_list(raw):
            code = _institution(item, reference, country, out)
            if code not in result:
                result.append(code)
        return result
    if t == FieldType.RECORD:
        if raw is None or raw == "":
            return None
        if not isinstance(raw, str) or not is_uuid(raw):
            raise ValueError("must be the id of a record")
        return raw
    raise ValueError(f"unsupported field type {t}")  # pragma: no cover


def _institution(raw: Any, reference: ReferenceData, country: str | None, out: Normalized) -> str:
    name = clean_text(raw)
    if not name:
        raise ValueError("must name an institution")
    code = reference.find_institution(name, country)
    if code:
        return code
    if len(name) > 300:
        raise ValueError("institution name is too long")
    placeholder = out.new_institutions.setdefault(name, f"new:{len(out.new_institutions)}")
    return placeholder


def check_required(fields: dict[str, Field], values: dict[str, Any]) -> dict[str, str]:
    errors = {}
    for spec in fields.values():
        if spec.required and values.get(spec.name) in (None, "", []):
            errors[spec.name] = "is required"
    return errors


def check_rules(kind: Kind, values: dict[str, Any], reference: ReferenceData) -> dict[str, str]:
    """Rules across fields. ``values`` is the whole record after the change."""
    errors: dict[str, str] = {}

    def before(first: str, second: str, message: str) -> None:
        a, b = values.get(first), values.get(second)
        if a and b and b < a:
            errors[second] = message

    if kind == Kind.PRE_INVESTIGATION:
        if values.get("accepted_by_prosecutor_on") and not values.get("submitted_to_prosecutor_on"):
            errors["accepted_by_prosecutor_on"] = (
                "cannot be set before the case is submitted to the prosecutor's office"
            )
        before(
            "submitted_to_prosecutor_on",
            "accepted_by_prosecutor_on",
            "acceptance cannot come before submission to the prosecutor's office",
        )
        before(
            "opened_on",
            "submitted_to_prosecutor_on",
            "submission cannot come before the support started",
        )
        before(
            "accepted_by_prosecutor_on",
            "prosecution_started_on",
            "prosecution cannot start before the prosecutor's office accepted the case",
        )
        before("opened_on", "closed_on", "the case cannot close before the support started")
        if values.get("jit_partner_states") and not values.get("jit_established_on"):
            errors["jit_partner_states"] = (
                "needs the date the Joint Investigation Team was established"
            )
    elif kind in (Kind.TAF_REQUEST, Kind.TRAINING):
        before("start_date", "end_date", "the end date is before the start date")
        if kind == Kind.TRAINING and values.get("start_date") and values.get("end_date"):
            days = (values["end_date"] - values["start_date"]).days + 1
            if days > 60:
                errors["end_date"] = f"a training of {days} days is not plausible (at most 60)"
    day = values.get(DATE_FIELD[kind])
    for code in values.get("crime_areas") or []:
        valid, _cycle = reference.crime_area_cycle(code, day)
        if not valid:
            when = day.isoformat() if day else "today"
            errors["crime_areas"] = (
                f"“{code}” is not a crime area of the EMPACT cycle in force on {when}"
            )
            break
    return errors


def derived_pre_investigation_status(values: dict[str, Any]) -> str:
    if values.get("closed_on"):
        return "closed"
    if values.get("prosecution_started_on"):
        return "prosecution_started"
    if values.get("accepted_by_prosecutor_on"):
        return "accepted"
    if values.get("submitted_to_prosecutor_on"):
        return "submitted"
    return "supported"
