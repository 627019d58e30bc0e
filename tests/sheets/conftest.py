"""Fixtures for the sheet tests: HQ's root, signers, and helpers that read PDFs with Poppler."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from csc_desktop.sheets import (
    KeyAndCertificate,
    generate_key,
    issue_certificate,
    make_root_ca,
    make_self_signed,
    public_key_pem,
)


@dataclass(frozen=True)
class Signer:
    key_pem: bytes
    cert_pem: bytes
    chain: tuple[bytes, ...]


@pytest.fixture(scope="session")
def hq_root() -> KeyAndCertificate:
    return make_root_ca("CSC HQ")


@pytest.fixture(scope="session")
def certified_signer(hq_root: KeyAndCertificate) -> Signer:
    key = generate_key()
    cert = issue_certificate(
        hq_root.key_pem,
        hq_root.cert_pem,
        person="Ana Petrović",
        device_id="RS-LAPTOP-02",
        public_key_pem=public_key_pem(key),
    )
    return Signer(key, cert, (hq_root.cert_pem,))


@pytest.fixture(scope="session")
def self_signed_signer() -> Signer:
    key, cert = make_self_signed("Ана Петровић", "RS-LAPTOP-02")
    return Signer(key, cert, ())
