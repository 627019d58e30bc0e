"""HQ reporting: the project's indicators ("Achievements"), computed from the records for any
period and set of countries, with the records behind every figure, "as of" information, and the
XLSX and PDF reports. No Qt: the dashboard (``csc_desktop.ui.reports``) and ``csc report`` drive
the same functions.

Entry points: :func:`scope_for` (what a person may report on), :func:`run_report` (figures, as-of,
optionally the records behind each total), :func:`drill_down` (the records behind one figure),
:func:`export_report` (XLSX or PDF, audited). Indicators are declared in
:mod:`csc_desktop.reporting.indicators`; their words in :mod:`csc_desktop.reporting.labels`.
"""

from csc_desktop.reporting.compute import IndicatorReport, IndicatorValue, RecordRef, Tally
from csc_desktop.reporting.export import export_report, report_json
from csc_desktop.reporting.indicators import BY_KEY, GROUPS, INDICATORS, Group, Indicator, Unit
from csc_desktop.reporting.scope import BENEFICIARIES, Quarter, Scope
from csc_desktop.reporting.service import Report, drill_down, run_report, scope_for

__all__ = [
    "BENEFICIARIES",
    "BY_KEY",
    "GROUPS",
    "INDICATORS",
    "Group",
    "Indicator",
    "IndicatorReport",
    "IndicatorValue",
    "Quarter",
    "RecordRef",
    "Report",
    "Scope",
    "Tally",
    "Unit",
    "drill_down",
    "export_report",
    "report_json",
    "run_report",
    "scope_for",
]
