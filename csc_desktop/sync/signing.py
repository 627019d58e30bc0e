"""Detached minisign signatures, in the file format `minisign -S` writes and `minisign -V` reads."""

from __future__ import annotations

import minisign

from csc_desktop.sync.keys import DeviceKeys, parse_minisign_public_key

# Trusted comments are printable ASCII on one line (minisign's own rule), and short.
MAX_TRUSTED_COMMENT = 1024
_MAX_SIGNATURE_FILE = 4096


class SignatureInvalid(ValueError):
    pass


def sign_detached(keys: DeviceKeys, data: bytes, trusted_comment: str) -> bytes:
    """A `.minisig` file for `data`. Prehashed (BLAKE2b-512), like `minisign -S` by default."""
    if len(trusted_comment) > MAX_TRUSTED_COMMENT:
        raise ValueError("trusted comment too long")
    with keys.signing_key() as secret:
        signature = secret.sign(data, prehash=True, trusted_comment=trusted_comment)
    return bytes(signature) + b"\n"


def read_trusted_comment(signature_file: bytes) -> str:
    """The trusted comment of a signature file, NOT yet verified: only to find the signer."""
    return _parse(signature_file).trusted_comment


def verify_detached(public_key: str, data: bytes, signature_file: bytes) -> str:
    """Check `signature_file` over `data` with `public_key` (base64 line); return the now
    verified trusted comment. Raises SignatureInvalid."""
    signature = _parse(signature_file)
    try:
        key = parse_minisign_public_key(public_key)
    except ValueError as err:
        raise SignatureInvalid(f"the enrolled public key is not usable: {err}") from err
    try:
        key.verify(data, signature)
    except minisign.Error as err:
        raise SignatureInvalid(str(err)) from err
    return signature.trusted_comment


def _parse(signature_file: bytes) -> minisign.Signature:
    if len(signature_file) > _MAX_SIGNATURE_FILE:
        raise SignatureInvalid("the signature file is too large")
    # minisign writes one final newline; anything else means the file was altered.
    if (
        signature_file.count(b"\n") != 4
        or not signature_file.endswith(b"\n")
        or b"\r" in signature_file
    ):
        raise SignatureInvalid("the signature file is not in minisign's format")
    try:
        signature = minisign.Signature.from_bytes(signature_file[:-1])
    except (minisign.Error, ValueError) as err:
        raise SignatureInvalid(f"the signature file is not in minisign's format: {err}") from err
    if len(signature.trusted_comment) > MAX_TRUSTED_COMMENT:
        raise SignatureInvalid("the trusted comment is too long")
    return signature
