"""The core's English messages reach a person in the interface language: every message the
services give for wrong input is known to the interface's catalogue and translated."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from csc_desktop.domain.fields import Kind
from csc_desktop.ui.i18n.messages import CORE_TEMPLATES, localized
from csc_desktop.ui.i18n.translators import Translations


@pytest.fixture
def albanian(qapp: Any) -> Iterator[None]:
    translations = Translations(qapp)
    translations.use("sq")
    yield
    translations.deleteLater()
    qapp.processEvents()


WRONG_INPUT: list[tuple[Kind, dict[str, Any]]] = [
    (Kind.TRAINING, {"title": "x" * 400, "start_date": "2026-13-01", "venue": ""}),
    (Kind.TRAINING, {"title": "T", "country": "RS", "start_date": "2026-03-10",
                     "end_date": "2026-03-01", "venue": "Niš"}),
    (Kind.TRAINING, {"title": "T", "country": "RS", "start_date": "2026-01-01",
                     "end_date": "2026-03-30", "venue": "Niš", "crime_areas": ["nope"]}),
    (Kind.TAF_REQUEST, {"title": "T", "country": "RS", "requesting_institution": "rs-ppooc",
                        "assistance_type": "workshop", "expert_days": "abc",
                        "budget_eur": "12.345", "participants_count": "2.5",
                        "assessment": "HQ only", "submitted_on": "2026-01-01"}),
    (Kind.TAF_REQUEST, {"title": "T", "country": "RS", "requesting_institution": "rs-ppooc",
                        "assistance_type": "workshop", "expert_days": -3,
                        "budget_eur": 999_999_999, "linked_record": "not an id"}),
    (Kind.PRE_INVESTIGATION, {"title": "T", "country": "RS", "reference": "R-1",
                              "opened_on": "2026-05-01", "crime_areas": ["terrorism"],
                              "accepted_by_prosecutor_on": "2026-04-01",
                              "prosecution_started_on": "2026-03-01",
                              "jit_partner_states": ["AT"], "closed_on": "2026-01-01",
                              "cross_border": "yes", "no_such_field": 1}),
    (Kind.PRE_INVESTIGATION, {"title": "T", "country": "RS", "reference": "R-2",
                              "opened_on": "2020-05-01", "crime_areas": ["online_crimes"],
                              "submitted_to_prosecutor_on": "2020-04-01"}),
]  # fmt: skip


def core_messages(ws: Any) -> list[str]:
    messages = []
    for kind, data in WRONG_INPUT:
        messages += ws.records.validate(kind, data).values()
    return messages


def test_every_validation_message_is_translated(albanian: None, ws: Any) -> None:
    messages = core_messages(ws)
    assert len(set(messages)) >= 15  # the cases above reach that many different rules
    untranslated = sorted({m for m in messages if localized(m) == m})
    assert untranslated == []


def test_a_message_keeps_its_values_and_shows_dates_the_local_way(albanian: None) -> None:
    assert localized("is too long (412 characters; at most 300)") == (
        "është shumë e gjatë (412 karaktere; më së shumti 300)"
    )
    assert (
        localized("“online_crimes” is not a crime area of the EMPACT cycle in force on 2020-05-01")
        == "“online_crimes” nuk është fushë krimi e ciklit EMPACT në fuqi më 1 maj 2020"
    )
    # joined as the core joins them, with field names shown as their labels
    assert localized("title: is required; venue: is required") == (
        "Titulli: është e detyrueshme; Vendi i zhvillimit: është e detyrueshme"
    )
    assert localized("not a message of the core") == "not a message of the core"


def test_profile_and_passphrase_messages(albanian: None) -> None:
    from csc_desktop.errors import WrongPassphrase
    from csc_desktop.store.profile import passphrase_problem

    for passphrase in ("short", "aaaaaaaaaaaaaaaa", "abcdefghijklmno"):
        problem = passphrase_problem(passphrase)
        assert problem and localized(problem) != problem
    assert localized(str(WrongPassphrase())).startswith("Fjalëkalim i gabuar")


def test_audit_and_sheet_checks(albanian: None, ws: Any) -> None:
    from csc_desktop.sheets.verification import Problem

    intact = ws.verify_audit().describe()
    assert localized(intact).startswith("Regjistri i auditimit është i paprekur")
    known = {t.text for t in CORE_TEMPLATES}
    assert {p.value for p in Problem} <= known
    assert localized(f"Problem: {Problem.ALTERED.value}") == (
        "Problem: Skedari u ndryshua pasi u nënshkrua: nënshkrimi nuk përputhet më me të."
    )


def test_participant_import_messages(albanian: None) -> None:
    from csc_desktop.participants_io import ParticipantFileError, read_participants

    data = "Emri;Gjinia;Vlerësimi\nArta;X;9\n;F;3\n".encode()
    sheet = read_participants(data, "lista.csv", days=1)
    messages = [m for row in sheet.rows for m in row.errors.values()]
    assert messages and all(localized(m) != m for m in messages)
    with pytest.raises(ParticipantFileError) as empty:
        read_participants(b"", "bosh.csv", days=1)
    assert localized(str(empty.value)) == "Skedari “bosh.csv” është bosh."
