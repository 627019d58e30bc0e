"""Device keys: stored and read back, and exported in the standard tools' own file formats."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from csc_desktop.sync import (
    DeviceKeys,
    KeyMaterialError,
    age_identity_file,
    generate_device_keys,
    minisign_public_key_file,
)
from csc_desktop.sync.signing import SignatureInvalid, sign_detached, verify_detached

needs_minisign = pytest.mark.skipif(shutil.which("minisign") is None, reason="minisign CLI absent")
needs_age = pytest.mark.skipif(shutil.which("age") is None, reason="age CLI absent")


def test_keys_survive_storage_and_stay_consistent() -> None:
    keys = generate_device_keys()
    restored = DeviceKeys.from_bytes(keys.to_bytes())
    assert restored == keys
    assert keys.age_identity.startswith("AGE-SECRET-KEY-1")
    assert keys.age_recipient.startswith("age1")
    assert keys.minisign_public_key.startswith("RW")
    assert generate_device_keys().age_recipient != keys.age_recipient


def test_secrets_never_show_in_repr() -> None:
    keys = generate_device_keys()
    shown = repr(keys)
    assert keys.age_identity not in shown
    assert "SECRET" not in shown
    assert keys.age_recipient in shown


@pytest.mark.parametrize(
    "blob",
    [
        b"",
        b"not json",
        b'{"format": "something else"}',
        b'{"format": "csc-device-keys", "version": 2}',
        b'{"format": "csc-device-keys", "version": 1, "age_identity": "AGE-SECRET-KEY-1XYZ", '
        b'"minisign_secret_key": "x"}',
    ],
)
def test_unreadable_stored_keys_are_refused(blob: bytes) -> None:
    with pytest.raises(KeyMaterialError):
        DeviceKeys.from_bytes(blob)


@needs_minisign
def test_public_key_file_is_byte_identical_to_minisign_G(tmp_path: Path) -> None:
    for attempt in range(5):  # several keys, so key ids of every shape get exercised
        pub, key = tmp_path / f"{attempt}.pub", tmp_path / f"{attempt}.key"
        subprocess.run(
            ["minisign", "-G", "-W", "-p", str(pub), "-s", str(key)],
            check=True,
            capture_output=True,
        )
        written = pub.read_text()
        assert minisign_public_key_file(written.splitlines()[1]) == written


@needs_minisign
def test_minisign_cli_verifies_our_signature_and_we_verify_its(tmp_path: Path) -> None:
    keys = generate_device_keys()
    data = tmp_path / "data"
    data.write_bytes(b"some signed bytes\n")
    (tmp_path / "data.minisig").write_bytes(sign_detached(keys, data.read_bytes(), "hello:1"))
    (tmp_path / "k.pub").write_text(minisign_public_key_file(keys.minisign_public_key))
    shown = subprocess.run(
        ["minisign", "-V", "-m", str(data), "-p", str(tmp_path / "k.pub")],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert "Trusted comment: hello:1" in shown

    # Our secret key file is the standard format too: minisign signs with it.
    (tmp_path / "k.key").write_bytes(keys.minisign_secret_key)
    subprocess.run(
        ["minisign", "-S", "-s", str(tmp_path / "k.key"), "-m", str(data), "-t", "cli:2"],
        check=True,
        capture_output=True,
        input=b"",
    )
    signature = (tmp_path / "data.minisig").read_bytes()
    assert verify_detached(keys.minisign_public_key, data.read_bytes(), signature) == "cli:2"
    with pytest.raises(SignatureInvalid):
        verify_detached(keys.minisign_public_key, b"other bytes", signature)
    with pytest.raises(SignatureInvalid):
        verify_detached(generate_device_keys().minisign_public_key, data.read_bytes(), signature)


@needs_age
def test_age_identity_file_opens_what_age_encrypted(tmp_path: Path) -> None:
    keys = generate_device_keys()
    text = age_identity_file(keys)
    lines = text.splitlines()
    assert lines[0].startswith("# created: ") and lines[0].endswith("Z")
    assert lines[1:] == [f"# public key: {keys.age_recipient}", keys.age_identity]
    identity = tmp_path / "id.txt"
    identity.write_text(text)
    encrypted = subprocess.run(
        ["age", "-r", keys.age_recipient], input=b"payload", capture_output=True, check=True
    ).stdout
    decrypted = subprocess.run(
        ["age", "-d", "-i", str(identity)], input=encrypted, capture_output=True, check=True
    ).stdout
    assert decrypted == b"payload"
