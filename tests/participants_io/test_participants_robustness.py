"""Whatever bytes arrive, the caller gets a sheet or a ParticipantFileError, never a crash."""

from __future__ import annotations

from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

from csc_desktop.participants_io import ParticipantFileError, ParticipantSheet, read_participants

_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_CELL = st.text(alphabet=st.sampled_from('AbcčćđšžëçЖжЉљЃѓ0123456789 ,.;\t"x✓-%\r\n'), max_size=12)


def _read(data: bytes) -> ParticipantSheet | None:
    try:
        return read_participants(data, "fuzz.csv", days=2)
    except ParticipantFileError as refused:
        assert str(refused)  # a message for the person, never empty
        return None


@_SETTINGS
@given(st.binary(max_size=2048))
def test_arbitrary_bytes(data: bytes) -> None:
    _read(data)


@_SETTINGS
@given(
    st.lists(st.lists(_CELL, min_size=1, max_size=6), max_size=12),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1250", "cp1251"]),
)
def test_arbitrary_cells_under_a_name_heading(rows: list[list[str]], encoding: str) -> None:
    lines = ["Name;Gender;Evaluation;Day 1;Day 2", *(";".join(row) for row in rows)]
    try:
        data = "\r\n".join(lines).encode(encoding)
    except UnicodeEncodeError:
        reject()  # letters this code page cannot hold
    sheet = _read(data)
    if sheet is not None:
        for row in sheet.rows:
            assert len(row.values["attendance"]) == 2  # type: ignore[arg-type]
            assert row.row_number >= 2
            assert all(
                message.startswith(f"Row {row.row_number}: ") for message in row.errors.values()
            )
