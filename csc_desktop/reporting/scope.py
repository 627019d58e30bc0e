"""What a report covers: a period (both days included) and a set of countries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from csc_desktop.errors import ValidationError

#: The six beneficiaries, in the order reports list them.
BENEFICIARIES: tuple[str, ...] = ("AL", "BA", "XK", "ME", "MK", "RS")

Quarter = tuple[int, int]  # (year, 1..4)


@dataclass(frozen=True)
class Scope:
    """A period from ``first`` to ``last`` (both included) and the countries reported on."""

    first: date
    last: date
    countries: tuple[str, ...] = BENEFICIARIES

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValidationError({"to": "the period ends before it starts"})
        if not self.countries:
            raise ValidationError({"country": "name at least one country"})
        unknown = [c for c in self.countries if c not in BENEFICIARIES]
        if unknown:
            raise ValidationError(
                {
                    "country": f"{', '.join(unknown)} is not a beneficiary ({', '.join(BENEFICIARIES)})"
                }
            )
        # One order everywhere (tables, charts, sheets), whatever order the person typed.
        ordered = tuple(c for c in BENEFICIARIES if c in set(self.countries))
        object.__setattr__(self, "countries", ordered)

    def quarters(self) -> list[Quarter]:
        """Every quarter the period touches, in order."""
        result: list[Quarter] = []
        year, q = quarter_of(self.first)
        while (year, q) <= quarter_of(self.last):
            result.append((year, q))
            year, q = (year + 1, 1) if q == 4 else (year, q + 1)
        return result

    def quarter_bounds(self, quarter: Quarter) -> tuple[date, date]:
        """The days of ``quarter`` inside the period."""
        first, last = quarter_days(quarter)
        return max(first, self.first), min(last, self.last)


def quarter_of(day: date) -> Quarter:
    return day.year, (day.month - 1) // 3 + 1


def quarter_days(quarter: Quarter) -> tuple[date, date]:
    year, q = quarter
    first = date(year, 3 * q - 2, 1)
    last = date(year, 12, 31) if q == 4 else date(year, 3 * q + 1, 1) - timedelta(days=1)
    return first, last


def quarter_label(quarter: Quarter) -> str:
    return f"{quarter[0]}-Q{quarter[1]}"
