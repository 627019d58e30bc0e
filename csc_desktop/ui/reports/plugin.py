"""Registers the Reports page (HQ: every beneficiary; a team: its own country). The screen is
imported inside the factory so the application starts fast."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.shell.pages import register_page


def _reports_page(ctx: AppContext) -> QWidget:
    from csc_desktop.ui.reports.page import ReportsPage

    return ReportsPage(ctx)


register_page(
    "reports",
    lambda: QCoreApplication.translate("pages", "Reports"),
    _reports_page,
    icon="reports",
    roles=("team", "hq"),
    order=50,
)
