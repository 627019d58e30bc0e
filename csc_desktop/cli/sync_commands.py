"""USB sync on the command line: cards, enrolment, bundles, conflicts (see docs/hq-routine.md).

`csc export-bundle` prints the path of each bundle written on stdout (one per line) and says in
words on stderr what it carried; with nothing to send it writes no file, says so, and exits 0.
`csc import-bundle` exits 1 when any bundle was refused."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from csc_desktop.cli.main import CliError, _dump, _read_passphrase, _usage, _workspace

AddCommand = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def _confirm(question: str) -> str:
    if not sys.stdin.isatty():
        raise CliError("Confirmation needed: run in a terminal, or pass --yes in a script.")
    return input(question).strip()


# --- keys and cards --------------------------------------------------------------------------


def cmd_card(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    try:
        card = ws.sync.write_card(Path(args.out))
        print_ = ws.sync.fingerprint()
    finally:
        ws.close()
    print(
        f"Wrote the card of {card.person_name} ({card.role}, device {card.device_id}) to {args.out}."
    )
    print(f"Fingerprint: {print_}")
    print("Read this fingerprint to the other side over the phone when they load the card.")
    return 0


def cmd_trust(args: argparse.Namespace) -> int:
    from csc_desktop.services.sync.devices import (
        CONFIRMED_BY_COMPARING,
        CONFIRMED_BY_SCRIPT,
        CONFIRMED_BY_TYPING,
    )
    from csc_desktop.sync import fingerprint, fingerprint_matches

    try:
        card_text = Path(args.file).read_bytes()
    except OSError as exc:
        raise CliError(f"Cannot read {args.file}: {exc.strerror}.") from exc
    ws = _workspace(args)
    try:
        card = ws.sync.read_card(card_text)
        shown = fingerprint(card)
        where = f", {card.country}" if card.country else ""
        print(f"Card of {card.role.upper()} device {card.device_id}: {card.person_name}{where}")
        if card.escrow_recipients:
            print(f"Escrow recipients: {', '.join(card.escrow_recipients)}")
        print(f"Fingerprint: {shown}")
        if args.yes:
            heard, how = shown, CONFIRMED_BY_SCRIPT
        else:
            answer = _confirm(
                f"Ask {card.person_name} to read the fingerprint their application shows. Type "
                "what you hear (or 'yes' if you compared it group by group): "
            )
            if answer.lower() == "yes":
                heard, how = shown, CONFIRMED_BY_COMPARING
            elif answer and fingerprint_matches(card, answer):
                heard, how = answer, CONFIRMED_BY_TYPING
            else:
                raise CliError("Not confirmed: the card was not trusted.")
        device = ws.sync.enrol(card_text, heard, how)
    finally:
        ws.close()
    verb = "Trusted HQ's card" if device.role == "hq" else "Enrolled team device"
    print(
        f"{verb} {device.short_id} ({device.person}); confirmation recorded ({device.confirmed_how})."
    )
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    try:
        if not args.yes:
            answer = _confirm(
                f"Revoke device {args.device}? Its bundles will be refused for good. Type 'revoke': "
            )
            if answer != "revoke":
                raise CliError("Not confirmed: nothing was revoked.")
        device = ws.sync.revoke(args.device)
    finally:
        ws.close()
    print(
        f"Revoked device {device.short_id} ({device.country}, {device.person}). Every team learns "
        "it with HQ's next bundle."
    )
    return 0


def cmd_devices(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    try:
        devices = ws.sync.devices()
    finally:
        ws.close()
    if args.json:
        _dump([d.__dict__ for d in devices])
        return 0
    if not devices:
        print("No device enrolled or trusted yet (see `csc trust`).")
        return 0
    for d in devices:
        last = (
            f"bundle {d.last_bundle_sequence} on {d.last_bundle_at}"
            if d.last_bundle_sequence
            else "no bundle yet"
        )
        missing = (
            f"; missing {', '.join(map(str, d.missing_sequences))}" if d.missing_sequences else ""
        )
        print(
            f"{d.short_id}  {d.role:<4} {d.country or '--':2}  {d.state:<7} {d.person or '':<24} "
            f"{last}{missing}"
        )
        if d.state == "revoked":
            print(f"          revoked {d.revoked_at} by {d.revoked_by}")
        elif d.fingerprint:
            print(
                f"          fingerprint {d.fingerprint}; confirmed by {d.enrolled_by} ({d.confirmed_how}) {d.enrolled_at}"
            )
    return 0


def cmd_export_keys(args: argparse.Namespace) -> int:
    if bool(args.age_identity) == bool(args.minisign_public):
        raise CliError("Give one of --age-identity FILE or --minisign-public FILE.")
    ws = _workspace(args)
    try:
        if args.age_identity:
            passphrase = _read_passphrase("Passphrase again, to export the secret key: ")
            path = ws.sync.export_age_identity(Path(args.age_identity), passphrase)
            print(f"Wrote the age identity (a secret key: keep it in the safe) to {path}.")
        else:
            path = ws.sync.export_minisign_public(Path(args.minisign_public), args.device)
            print(f"Wrote the minisign public key to {path}.")
    finally:
        ws.close()
    return 0


def cmd_escrow_add(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    try:
        recipients = ws.sync.add_escrow_recipient(args.recipient)
        print_ = ws.sync.fingerprint()
    finally:
        ws.close()
    print(
        f"HQ's card now carries {len(recipients)} escrow recipient(s); its fingerprint is now {print_}."
    )
    print("Give every team the new card (`csc card`) and confirm the new fingerprint by phone.")
    return 0


def cmd_escrow_list(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    try:
        recipients = ws.sync.escrow_recipients()
    finally:
        ws.close()
    print("\n".join(recipients) if recipients else "No escrow recipient.")
    return 0


# --- bundles ---------------------------------------------------------------------------------


def cmd_export_bundle(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    try:
        results = ws.sync.export_bundle(Path(args.to), device=args.device)
    finally:
        ws.close()
    for result in results:
        if result.path is not None:
            print(result.path)
        print(f"csc: {result.message}", file=sys.stderr)
    return 0


def cmd_import_bundle(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    try:
        results = ws.sync.import_bundles([Path(name) for name in args.files])
    finally:
        ws.close()
    if args.json:
        _dump([r.to_json() for r in results])
    else:
        for r in results:
            if r.status == "refused":
                print(f"{r.file}: refused ({r.check}): {r.message}")
            elif r.status == "already_imported":
                print(f"{r.file}: already imported: nothing changed.")
            else:
                print(f"{r.file}: applied: {r.message}")
            if r.missing:
                print(f"  still missing from this device: bundles {', '.join(map(str, r.missing))}")
    return 1 if any(r.status == "refused" for r in results) else 0


def cmd_quarantine(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    try:
        entries = ws.sync.quarantine()
    finally:
        ws.close()
    if args.json:
        _dump([e.__dict__ for e in entries])
    elif not entries:
        print("No bundle was refused.")
    for e in entries if not args.json else []:
        sender = f" from device {e.sender}" if e.sender else ""
        print(f"{e.at}  {e.file_name}{sender}: {e.check}: {e.message}")
    return 0


def cmd_sync_status(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    try:
        summary = ws.sync.pending_summary()
        history = ws.sync.history(limit=args.limit)
    finally:
        ws.close()
    if args.json:
        _dump({"summary": _plain(summary), "history": [h.__dict__ for h in history]})
        return 0
    from csc_desktop.services.sync.words import describe_counts

    if summary.revoked_here:
        print("HQ has revoked this device: its bundles are no longer accepted.")
    if not summary.peers:
        print("No device to exchange bundles with yet (see `csc trust`).")
    for peer in summary.peers:
        waiting = describe_counts(peer.changes) if peer.changes else "no change"
        print(f"{peer.label}: {waiting} waiting", end="")
        print(f", {peer.audit_entries} audit entries" if peer.audit_entries else "", end="")
        print(
            f"; last bundle sent {peer.last_sent_sequence or '-'}, acknowledged up to {peer.last_acknowledged_sequence or '-'}"
        )
    print(f"Open conflicts: {summary.open_conflicts}; refused bundles: {summary.quarantined}")
    for h in history:
        print(f"  {h.at}  {h.direction:<8} {h.file}  {h.detail}")
    return 0


def _plain(value: Any) -> Any:
    if hasattr(value, "__dataclass_fields__"):
        return {k: _plain(v) for k, v in value.__dict__.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


# --- conflicts -------------------------------------------------------------------------------


def cmd_conflicts(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    try:
        conflicts = ws.sync.conflicts(include_resolved=args.all)
    finally:
        ws.close()
    if args.json:
        _dump([c.to_json() for c in conflicts])
        return 0
    if not conflicts:
        print("No conflict to resolve.")
    for c in conflicts:
        print(f"#{c.id}  {c.kind} {c.row_id}  {c.title or ''}")
        print(f"      {c.field}: here {c.local_value!r}  |  other side {c.remote_value!r}")
        if c.state != "open":
            print(f"      resolved ({c.resolution}) by {c.resolved_by} on {c.resolved_at}")
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    try:
        conflict = ws.sync.resolve(args.conflict_id, args.keep)
    finally:
        ws.close()
    print(f"Conflict #{conflict.id} resolved: {conflict.field} = {conflict.resolved_value!r}.")
    return 0


# --- registration ----------------------------------------------------------------------------


def add_sync_commands(add: AddCommand) -> None:
    p = add(
        "card",
        cmd_card,
        "write this profile's public card (for enrolment) and show its fingerprint",
    )
    p.add_argument("--out", required=True, metavar="FILE")

    p = add(
        "trust",
        cmd_trust,
        "trust a card: a team trusts HQ's card; HQ enrols a team device (fingerprint confirmed)",
    )
    p.add_argument("file", metavar="CARD")
    p.add_argument("--yes", action="store_true", help="confirm without asking (scripts)")

    p = add("revoke", cmd_revoke, "HQ: revoke a team device (its bundles are refused from now on)")
    p.add_argument("device", metavar="DEVICE", help="device id or short id")
    p.add_argument("--yes", action="store_true", help="confirm without asking (scripts)")

    p = add("devices", cmd_devices, "list trusted devices: state, last bundle, missing bundles")
    p.add_argument("--json", action="store_true")

    p = add("export-keys", cmd_export_keys, "export keys for checking bundles by hand")
    p.add_argument(
        "--age-identity",
        metavar="FILE",
        help="HQ: the secret age identity (asks the passphrase again)",
    )
    p.add_argument("--minisign-public", metavar="FILE", help="a minisign public key (.pub)")
    p.add_argument(
        "--device", help="with --minisign-public: an enrolled device's key instead of ours"
    )

    p = add(
        "escrow",
        lambda a: _usage(a, "escrow"),
        "HQ: escrow recipients every team bundle is also encrypted to",
    )
    esub = p.add_subparsers(dest="escrow_command", metavar="add|list")
    ea = esub.add_parser("add", help="add an age recipient (age1…) to HQ's card")
    ea.add_argument("recipient")
    ea.set_defaults(func=cmd_escrow_add)
    el = esub.add_parser("list", help="list the escrow recipients")
    el.set_defaults(func=cmd_escrow_list)

    p = add(
        "export-bundle",
        cmd_export_bundle,
        "write bundles into a folder (a USB drive): a team's changes to HQ, or HQ's to each team",
    )
    p.add_argument("--to", required=True, metavar="DIR")
    p.add_argument("--device", help="HQ: only for this team device")

    p = add(
        "import-bundle", cmd_import_bundle, "verify and apply bundles; exit 1 if any was refused"
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true")

    p = add("quarantine", cmd_quarantine, "list refused bundles and why")
    p.add_argument("--json", action="store_true")

    p = add("sync-status", cmd_sync_status, "what waits to be sent, acknowledgements, history")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")

    p = add("conflicts", cmd_conflicts, "list changes made on both sides, to resolve")
    p.add_argument("--all", action="store_true", help="include resolved conflicts")
    p.add_argument("--json", action="store_true")

    p = add("resolve", cmd_resolve, "resolve a conflict: keep local, remote, or a value")
    p.add_argument("conflict_id", type=int, metavar="CONFLICT_ID")
    p.add_argument("--keep", required=True, metavar="local|remote|VALUE")
