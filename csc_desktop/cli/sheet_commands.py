"""``csc sheet``, ``csc verify-sheet`` and ``csc sheet-cert``: signed sheets of records and the
signing certificate, on the command line (see ``docs/sheets.md``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from csc_desktop.cli.main import CliError, _dump, _usage, _workspace
from csc_desktop.domain.reference import LANGUAGES
from csc_desktop.services.sheets.choices import REQUESTED_KINDS

AddCommand = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def cmd_sheet(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    try:
        sheet = ws.sheets.prepare(
            args.id, args.kind, language=args.lang, second_language=args.second_lang
        )
        path = ws.sheets.save(sheet, Path(args.out))
    finally:
        ws.close()
    print(path)
    if not sheet.certified:
        print(
            "csc: note: signed with a certificate HQ has not certified yet "
            "(see `csc sheet-cert request`).",
            file=sys.stderr,
        )
    return 0


def cmd_verify_sheet(args: argparse.Namespace) -> int:
    data = _read_file(args.file, "sheet")
    ws = _workspace(args)
    try:
        check = ws.sheets.verify(data)
    finally:
        ws.close()
    if args.json:
        _dump(check.to_json())
    else:
        print("\n".join(check.describe()))
    if check.ok:
        return 0
    if not check.intact:
        print("csc: the sheet is not intact: do not rely on it.", file=sys.stderr)
    else:
        words = check.match.value if check.match else "no record reference"
        print(f"csc: the sheet does not match this profile's record ({words}).", file=sys.stderr)
    return 1


def cmd_cert_request(args: argparse.Namespace) -> int:
    from csc_desktop.services.sheets.files import write_atomically
    from csc_desktop.services.sheets.requests import key_fingerprint

    ws = _workspace(args)
    try:
        text = ws.sheets.certificate_request()
        key = ws.sheets.signing_public_key_pem()
    finally:
        ws.close()
    path = write_atomically(Path(args.out), text.encode("utf-8"))
    print(path)
    print(f"Key fingerprint: {key_fingerprint(key)}")
    print("Give the file to HQ; when HQ calls, compare this fingerprint with the one HQ reads.")
    return 0


def cmd_cert_issue(args: argparse.Namespace) -> int:
    from csc_desktop.services.sheets.files import write_atomically
    from csc_desktop.services.sheets.identity import fingerprint

    request_text = _read_file(args.request, "certificate request").decode("utf-8", "replace")
    ws = _workspace(args)
    try:
        issued, request = ws.sheets.issue_from_request(request_text)
        root = ws.sheets.root_certificate_pem()
    finally:
        ws.close()
    path = write_atomically(Path(args.out), issued.encode("utf-8"))
    print(path)
    country = f", {request.country}" if request.country else ""
    print(f"Certified: {request.person}{country} (device {request.device_id})")
    print(f"Key fingerprint: {request.key_fingerprint()}")
    print(f"HQ root fingerprint: {fingerprint(root)}")
    return 0


def cmd_cert_install(args: argparse.Namespace) -> int:
    text = _read_file(args.certificate, "certificate file").decode("utf-8", "replace")
    ws = _workspace(args)
    try:
        root = ws.sheets.install_from_file(text)
    finally:
        ws.close()
    print("Installed: sheets printed from now on carry HQ's certificate.")
    print(f"HQ root fingerprint: {root}")
    return 0


def cmd_cert_show(args: argparse.Namespace) -> int:
    from csc_desktop.services.sheets.identity import fingerprint
    from csc_desktop.services.sheets.requests import key_fingerprint

    ws = _workspace(args)
    try:
        certified = ws.sheets.is_certified()
        key = ws.sheets.signing_public_key_pem()
        certificate = ws.sheets.signing_certificate_pem()
        roots = ws.sheets.trusted_roots()
    finally:
        ws.close()
    state = "certified by HQ" if certified else "self-signed, not yet certified by HQ"
    print(f"Signing certificate: {state}")
    print(f"Certificate fingerprint: {fingerprint(certificate)}")
    print(f"Key fingerprint: {key_fingerprint(key)}")
    for root in roots:
        print(f"Trusted HQ root: {fingerprint(root)}")
    return 0


def _read_file(name: str, what: str) -> bytes:
    try:
        return Path(name).read_bytes()
    except OSError as exc:
        raise CliError(f"Cannot read the {what} {name}: {exc.strerror}.") from exc


def add_sheet_commands(add: AddCommand) -> None:
    """Register the commands on ``csc``'s parser (``add`` is its command helper)."""
    p = add(
        "sheet",
        cmd_sheet,
        "print a record's sheet as a signed PDF (recorded in the audit log as a disclosure)",
    )
    p.add_argument("id")
    p.add_argument(
        "--kind",
        choices=REQUESTED_KINDS,
        help="trainings: attendance (default) or report; pre-investigations and TAF requests: "
        "activity (the default)",
    )
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--lang", choices=LANGUAGES, help="sheet language (default: the profile's)")
    p.add_argument(
        "--second-lang", choices=LANGUAGES, help="also label the header in this language"
    )

    p = add(
        "verify-sheet",
        cmd_verify_sheet,
        "check a signed sheet: signer, HQ certificate, intact, and same record version as here",
    )
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument("--json", action="store_true")

    p = add(
        "sheet-cert",
        lambda a: _usage(a, "sheet-cert"),
        "the sheet signing certificate: request (team), issue (HQ), install (team), show",
    )
    sub = p.add_subparsers(dest="sheet_cert_command", metavar="request|issue|install|show")
    request = sub.add_parser("request", help="write a certificate request for HQ (team)")
    request.add_argument("--out", required=True, metavar="FILE")
    request.set_defaults(func=cmd_cert_request)
    issue = sub.add_parser("issue", help="certify the key of a team's request (HQ)")
    issue.add_argument("request", metavar="REQUEST")
    issue.add_argument("--out", required=True, metavar="CERT")
    issue.set_defaults(func=cmd_cert_issue)
    install = sub.add_parser("install", help="install the certificate HQ issued (team)")
    install.add_argument("certificate", metavar="CERT")
    install.set_defaults(func=cmd_cert_install)
    show = sub.add_parser("show", help="this profile's signing certificate and trusted root")
    show.set_defaults(func=cmd_cert_show)
