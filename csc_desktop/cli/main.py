"""``csc``: the command line over the same services the GUI uses.

Exit 0 on success; otherwise non-zero and one clear line on stderr.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from csc_desktop import __version__
from csc_desktop.errors import CscError, ProfileError, ValidationError, WeakPassphrase
from csc_desktop.store.profile import passphrase_problem, resolve_profile_dir

KINDS = ("pre-investigation", "taf-request", "training", "milestone", "authority-feedback")


class CliError(CscError):
    exit_code = 2


def _read_passphrase(prompt: str, *, env: str = "CSC_PASSPHRASE", confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise CliError(f"No passphrase: set {env} or run in a terminal.")
    first = getpass.getpass(prompt)
    if confirm:
        problem = passphrase_problem(first)
        if problem:
            raise WeakPassphrase(problem)
        if getpass.getpass("Repeat the passphrase: ") != first:
            raise CliError("The two passphrases differ: nothing was created or changed.")
    return first


def _read_json(source: str) -> Any:
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise CliError(f"Cannot read {source}: {exc.strerror}.") from exc
    except UnicodeDecodeError as exc:
        raise CliError(f"{source} is not UTF-8 text.") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CliError(
            f"Invalid JSON in {source}: {exc.msg} at line {exc.lineno}, column {exc.colno}."
        ) from exc
    if not isinstance(data, dict):
        raise CliError(f"The JSON in {source} must be one object {{…}} with the record's fields.")
    return data


def _dump(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def _workspace(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from csc_desktop.services.workspace import Workspace

    folder = resolve_profile_dir(args.profile)
    if not (folder / "profile.kdf").exists() and not (folder / "csc.db").exists():
        raise ProfileError(f"There is no profile at {folder}. Create one with `csc init`.")
    return Workspace.unlock(folder, _read_passphrase(f"Passphrase for {folder.name}: "))


# --- commands --------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    from csc_desktop.services.workspace import Workspace

    folder = resolve_profile_dir(args.profile)
    passphrase = _read_passphrase("New passphrase: ", confirm=True)
    ws = Workspace.create(
        folder,
        passphrase,
        role=args.role,
        person=args.name,
        country=args.country,
        language=args.language,
    )
    print(
        f"Created {args.role} profile for {ws.identity.person} at {folder} (device {ws.identity.device_id})."
    )
    ws.close()
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    data = _read_json(args.json)
    ws = _workspace(args)
    try:
        record = ws.records.create(args.kind, data)
        print(record["id"])
    finally:
        ws.close()
    return 0


def cmd_update(args: argparse.Namespace) -> int:
    data = _read_json(args.json)
    ws = _workspace(args)
    try:
        ws.records.update(args.id, data)
    finally:
        ws.close()
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    try:
        ws.records.delete(args.id)
    finally:
        ws.close()
    return 0


def cmd_action(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    try:
        record = ws.records.change_status(args.id, args.action)
        print(record["status"])
    finally:
        ws.close()
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from csc_desktop.domain.fields import DATE_FIELD, Kind
    from csc_desktop.services.records import ListQuery

    ws = _workspace(args)
    try:
        query = ListQuery(
            kind=Kind(args.kind),
            search=args.search or "",
            statuses=tuple(args.status or ()),
            countries=tuple(args.country or ()),
            crime_areas=tuple(args.crime_area or ()),
        )
        rows = ws.records.rows(query, limit=args.limit)
    finally:
        ws.close()
    if args.json:
        _dump(rows)
    else:
        date_key = DATE_FIELD[Kind(args.kind)]  # each kind's own date (reached_on, given_on…)
        for r in rows:
            print(
                f"{r['id']}  {r.get(date_key) or '':10}  {r['country']:2}  {r['status']:<20} {r['title']}"
            )
        print(f"{len(rows)} record(s)", file=sys.stderr)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    try:
        record = ws.records.get(args.id)
    finally:
        ws.close()
    if args.json:
        _dump(record)
    else:
        for key, value in record.items():
            if key == "participants":
                print(f"participants: {len(value)}")
                for p in value:
                    print(
                        f"  - {p['name']} ({p['gender']}; {p.get('institution_name') or ''}; {p.get('position') or ''})"
                    )
            elif value not in (None, [], ""):
                print(f"{key}: {value}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    try:
        hits = ws.search.find(args.text, limit=args.limit)
        rows = [ws.records.get(rid, consult=False) for rid, _ in hits]
    finally:
        ws.close()
    if args.json:
        _dump(
            [
                {"id": r["id"], "kind": r["kind"], "title": r["title"], "country": r["country"]}
                for r in rows
            ]
        )
    else:
        for r in rows:
            print(f"{r['id']}  {r['kind']:<17} {r['country']:2}  {r['title']}")
    return 0


def cmd_participants_import(args: argparse.Namespace) -> int:
    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise CliError(f"Cannot read {args.file}: {exc.strerror}.") from exc
    ws = _workspace(args)
    try:
        from csc_desktop.services.participants import import_participants

        result = import_participants(
            ws, args.training_id, data, Path(args.file).name, dry_run=args.dry_run
        )
    finally:
        ws.close()
    verb = "Would import" if args.dry_run else "Imported"
    print(f"{verb} {result.count} participant(s) into {args.training_id}.")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    try:
        new = _read_passphrase("New passphrase: ", env="CSC_NEW_PASSPHRASE", confirm=True)
        problem = passphrase_problem(new)
        if problem:
            raise WeakPassphrase(problem)
        ws.change_passphrase(new)
    finally:
        ws.close()
    print("Passphrase changed.")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    try:
        check = ws.verify_audit()
    finally:
        ws.close()
    if not check.ok:
        raise CscError(check.describe())
    print(check.describe())
    return 0


def cmd_audit_list(args: argparse.Namespace) -> int:
    from csc_desktop.services.audit_view import AuditQuery, list_entries

    ws = _workspace(args)
    try:
        rows = list_entries(
            ws,
            AuditQuery(record_id=args.record, person=args.person, action=args.action),
            limit=args.limit,
        )
    finally:
        ws.close()
    if args.json:
        _dump(rows)
    else:
        for r in rows:
            target = f"{r['record_kind']} {r['record_id']}" if r["record_id"] else ""
            print(
                f"{r['seq']:>6}  {r['at']}  {r['person']:<20} {r['action']:<8} {target} {r['recipient'] or ''}"
            )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    try:
        result = ws.check_integrity()
    finally:
        ws.engine.dispose()
    if not result.ok:
        raise CscError(result.describe())
    print(result.describe())
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    try:
        path = ws.backup(Path(args.to))
    finally:
        ws.close()
    print(path)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from csc_desktop.store.profile import Profile

    folder = resolve_profile_dir(args.profile)
    profile = Profile(folder)
    profile.restore(Path(args.file), _read_passphrase("Passphrase of the backup: "))
    print(f"Restored {args.file} into {folder}. It opens with the passphrase of the backup.")
    return 0


def cmd_reference(args: argparse.Namespace) -> int:
    ws = _workspace(args)
    try:
        items = ws.reference.items(args.list) if args.list else []
        lists = ws.reference.lists()
    finally:
        ws.close()
    if not args.list:
        print("\n".join(lists))
        return 0
    if args.list not in lists:
        raise CliError(f"No reference list {args.list!r}; lists: {', '.join(lists)}.")
    for item in items:
        print(f"{item.code:<28} {item.name(args.language or ws.identity.language)}")
    return 0


# --- parser ------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="csc",
        description="CSC Desktop on the command line: log pre-investigations, TAF requests and trainings "
        "in an encrypted profile. The passphrase is asked without echo, or read from CSC_PASSPHRASE.",
    )
    parser.add_argument("--version", action="version", version=f"csc {__version__}")
    parser.add_argument(
        "--profile",
        metavar="DIR",
        help="profile folder (default: CSC_PROFILE or the per-user default)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(
        name: str, func: Callable[[argparse.Namespace], int], help_: str
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.set_defaults(func=func)
        return p

    p = add("init", cmd_init, "create a profile (asks for a new passphrase twice)")
    p.add_argument("--role", choices=("team", "hq"), required=True)
    p.add_argument(
        "--country", choices=("AL", "BA", "XK", "ME", "MK", "RS"), help="the team's country"
    )
    p.add_argument("--name", required=True, help="the person's name")
    p.add_argument(
        "--language", default="en", choices=("en", "sq", "sr", "sr_Latn", "mk", "bs", "cnr")
    )

    p = add("add", cmd_add, "add a record from JSON; prints its id")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("--json", required=True, metavar="FILE|-")

    p = add("update", cmd_update, "change fields of a record from JSON")
    p.add_argument("id")
    p.add_argument("--json", required=True, metavar="FILE|-")

    p = add("delete", cmd_delete, "delete a record (kept as a tombstone for sync)")
    p.add_argument("id")

    p = add("action", cmd_action, "run a workflow action (submit, approve, mark_held, …)")
    p.add_argument("id")
    p.add_argument("action")

    p = add("list", cmd_list, "list records of a kind")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--status", action="append")
    p.add_argument("--country", action="append")
    p.add_argument("--crime-area", action="append")
    p.add_argument("--limit", type=int)
    p.add_argument("--json", action="store_true")

    p = add("show", cmd_show, "show one record (recorded in the audit log as a consultation)")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")

    p = add("search", cmd_search, "search every kind of record")
    p.add_argument("text")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")

    p = add("participants", lambda a: _usage(a, "participants"), "participants of a training")
    psub = p.add_subparsers(dest="participants_command", metavar="import")
    pi = psub.add_parser(
        "import", help="import participants from a CSV or XLSX file (all or nothing)"
    )
    pi.add_argument("training_id")
    pi.add_argument("file")
    pi.add_argument(
        "--dry-run", action="store_true", help="check the file and report, change nothing"
    )
    pi.set_defaults(func=cmd_participants_import)

    add("passwd", cmd_passwd, "change the passphrase (re-encrypts the database atomically)")

    p = add("audit", lambda a: _usage(a, "audit"), "the audit log")
    asub = p.add_subparsers(dest="audit_command", metavar="verify|list")
    av = asub.add_parser("verify", help="check the hash chain; names the first bad entry")
    av.set_defaults(func=cmd_audit_verify)
    al = asub.add_parser("list", help="list entries")
    al.add_argument("--record")
    al.add_argument("--person")
    al.add_argument("--action")
    al.add_argument("--limit", type=int, default=200)
    al.add_argument("--json", action="store_true")
    al.set_defaults(func=cmd_audit_list)

    add("check", cmd_check, "read and check every page of the database (slow on a large one)")

    p = add("backup", cmd_backup, "write an encrypted backup into a folder (e.g. a USB stick)")
    p.add_argument("--to", required=True, metavar="DIR")

    p = add(
        "restore",
        cmd_restore,
        "replace the profile's database by a backup (the current one is kept aside)",
    )
    p.add_argument("file")

    p = add("reference", cmd_reference, "show reference data (lists, codes and names)")
    p.add_argument("list", nargs="?")
    p.add_argument("--language")

    from csc_desktop.cli.report_commands import add_report_command
    from csc_desktop.cli.sheet_commands import add_sheet_commands
    from csc_desktop.cli.sync_commands import add_sync_commands

    add_sheet_commands(add)
    add_report_command(add)
    add_sync_commands(add)
    return parser


_PARSER: argparse.ArgumentParser | None = None


def _usage(args: argparse.Namespace, command: str) -> NoReturn:
    raise CliError(f"`csc {command}` needs a sub-command; see `csc {command} --help`.")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return int(args.func(args))
    except ValidationError as exc:
        print(f"csc: invalid input: {exc}", file=sys.stderr)
        return exc.exit_code
    except CscError as exc:
        print(f"csc: {exc}", file=sys.stderr)
        return exc.exit_code
    except OSError as exc:
        print(f"csc: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("csc: interrupted; nothing was changed by the interrupted step.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
