"""``csc report``: the project's indicators for a period and countries, as a file or as JSON.

Headquarters reports on any beneficiaries; a team's profile reports on its own country, with the
same command and the same definitions, so that both sides can compare their figures.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

LANGUAGES = ("en", "sq", "sr", "sr_Latn", "mk", "bs", "cnr")
COUNTRIES = ("AL", "BA", "XK", "ME", "MK", "RS")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (use YYYY-MM-DD)") from None


def add_report_command(add: Callable[..., argparse.ArgumentParser]) -> None:
    """Register ``csc report`` on ``csc``'s parser (``add`` is its command helper)."""
    p = add(
        "report",
        cmd_report,
        "the project's indicators for a period and countries (a team: its own country), "
        "written as XLSX or PDF, or printed",
    )
    p.add_argument("--from", dest="first", type=_day, required=True, metavar="DATE")
    p.add_argument("--to", dest="last", type=_day, required=True, metavar="DATE")
    p.add_argument(
        "--country",
        action="extend",
        nargs="+",
        choices=COUNTRIES,
        metavar="CC",
        help="one or more of " + ", ".join(COUNTRIES) + " (default: all)",
    )
    p.add_argument("--out", type=Path, metavar="FILE.xlsx|FILE.pdf")
    p.add_argument(
        "--lang", choices=LANGUAGES, help="the report's language (default: the profile's)"
    )
    p.add_argument(
        "--json", action="store_true", help="print every value and the ids of the records behind it"
    )


def cmd_report(args: argparse.Namespace) -> int:
    from csc_desktop.cli.main import CliError, _dump, _workspace
    from csc_desktop.reporting.export import FORMATS, export_report, report_json
    from csc_desktop.reporting.present import Presenter
    from csc_desktop.reporting.service import run_report, scope_for

    if args.out is not None and args.out.suffix.lower() not in FORMATS:
        raise CliError("--out must name a .xlsx or .pdf file.")
    if args.out is not None and not args.out.parent.exists():
        raise CliError(f"The folder {args.out.parent} does not exist.")
    ws = _workspace(args)
    try:
        scope = scope_for(ws, args.first, args.last, args.country or ())
        language = args.lang or ws.identity.language
        if args.out is not None:
            report = export_report(ws, scope, args.out, language)
            print(args.out)
        else:
            report = run_report(ws, scope, with_records=args.json)
        show = Presenter(language, ws.reference)
        lines = [f"{show.figure(v):>16}  {show.words.label(v.key)}" for v in report.figures.values]
    finally:
        ws.close()
    if args.json:
        _dump(report_json(report))
    elif args.out is None:
        print("\n".join(lines))
        print(f"{show.period(scope)}; {show.countries(scope)}", file=sys.stderr)
    return 0
