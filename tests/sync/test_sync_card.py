"""Cards: what enrolment exchanges, and the fingerprint two people compare over the phone."""

from __future__ import annotations

import json
import re
import uuid

import pytest
from sync_parties import Device, make_device

from csc_desktop.sync import CardError, create_card, fingerprint, fingerprint_matches, load_card
from csc_desktop.sync.encoding import CROCKFORD_ALPHABET

PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"


def test_card_round_trips_and_both_sides_see_the_same_fingerprint(hq: Device) -> None:
    loaded = load_card(hq.card.to_json())
    assert loaded == hq.card
    assert fingerprint(loaded) == fingerprint(hq.card)
    assert loaded.escrow_recipients == hq.card.escrow_recipients
    assert "SECRET" not in hq.card.to_json()


def test_fingerprint_is_eight_groups_of_four_unambiguous_characters(team: Device) -> None:
    shown = fingerprint(team.card)
    assert re.fullmatch(r"[0-9A-Z]{4}( [0-9A-Z]{4}){7}", shown)
    assert set(shown.replace(" ", "")) <= set(CROCKFORD_ALPHABET)
    assert not set(shown) & set("ILOU")


def test_fingerprint_accepts_what_a_person_types_from_the_phone(team: Device) -> None:
    shown = fingerprint(team.card)
    typed = shown.lower().replace(" ", "-").replace("0", "o").replace("1", "l")
    assert fingerprint_matches(team.card, typed)
    wrong = ("0" if shown[0] != "0" else "1") + shown[1:]
    assert not fingerprint_matches(team.card, wrong)
    assert not fingerprint_matches(team.card, shown[:-1])


def test_fingerprint_changes_with_every_public_part() -> None:
    keys = make_device("hq").keys
    base = dict(device_id=str(uuid.uuid4()), role="hq", country=None, person_name="Office")
    reference = fingerprint(create_card(keys, **base))  # type: ignore[arg-type]
    other_escrow = make_device("team").keys.age_recipient
    variants = [
        base | {"person_name": "Office 2"},
        base | {"device_id": str(uuid.uuid4())},
        base | {"escrow_recipients": [other_escrow]},
        base | {"signing_root_pem": PEM},
    ]
    for variant in variants:
        assert fingerprint(create_card(keys, **variant)) != reference  # type: ignore[arg-type]
    assert fingerprint(create_card(make_device("hq").keys, **base)) != reference  # type: ignore[arg-type]


def test_hq_card_carries_escrow_and_signing_root(hq: Device) -> None:
    card = create_card(
        hq.keys,
        device_id=hq.id,
        role="hq",
        country=None,
        person_name="Project Office",
        escrow_recipients=list(hq.card.escrow_recipients),
        signing_root_pem=PEM,
    )
    loaded = load_card(card.to_json())
    assert loaded.signing_root_pem == PEM
    assert loaded.encryption_recipients() == [hq.keys.age_recipient, *hq.card.escrow_recipients]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("person_name", "Someone Else"),
        ("country", "RS"),
        ("age_recipient", make_device("team").keys.age_recipient),
        ("minisign_public_key", make_device("team").keys.minisign_public_key),
        ("created_at", "2020-01-01T00:00:00Z"),
        ("device_id", str(uuid.uuid4())),
    ],
)
def test_a_damaged_or_altered_card_is_refused(team: Device, field: str, value: str) -> None:
    document = json.loads(team.card.to_json())
    document[field] = value
    with pytest.raises(CardError, match="damaged"):
        load_card(json.dumps(document))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "{}",
        "[1, 2]",
        '{"format": "csc-card", "format_version": 2}',
        "x" * 70_000,
    ],
)
def test_files_that_are_not_cards_are_refused(text: str) -> None:
    with pytest.raises(CardError):
        load_card(text)


def test_card_rules_are_enforced_when_creating(team: Device) -> None:
    keys = team.keys
    device_id = str(uuid.uuid4())
    with pytest.raises(CardError, match="country"):
        create_card(keys, device_id=device_id, role="team", country=None, person_name="A")
    with pytest.raises(CardError, match="escrow"):
        create_card(
            keys,
            device_id=device_id,
            role="team",
            country="AL",
            person_name="A",
            escrow_recipients=[keys.age_recipient],
        )
    with pytest.raises(CardError, match="UUID"):
        create_card(keys, device_id="laptop-1", role="team", country="AL", person_name="A")
    with pytest.raises(CardError, match="name"):
        create_card(keys, device_id=device_id, role="team", country="AL", person_name=" ")


def test_a_card_signed_for_another_device_is_refused(team: Device) -> None:
    document = json.loads(team.card.to_json())
    other = create_card(
        team.keys, device_id=str(uuid.uuid4()), role="team", country="AL", person_name="Arta Hoxha"
    )
    document["self_signature"] = other.self_signature
    with pytest.raises(CardError, match="damaged"):
        load_card(json.dumps(document))
