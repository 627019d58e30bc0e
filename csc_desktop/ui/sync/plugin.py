"""Registers the sync pages: a team sees one Sync page; HQ sees Devices, Import and Conflicts.
Screens are imported inside the factories so the application starts fast."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.shell.pages import register_page


def _t(text: str) -> str:
    return QCoreApplication.translate("pages", text)


def _team_page(ctx: AppContext) -> QWidget:
    from csc_desktop.ui.sync.team_page import TeamSyncPage

    return TeamSyncPage(ctx)


def _devices_page(ctx: AppContext) -> QWidget:
    from csc_desktop.ui.sync.devices_page import DevicesPage

    return DevicesPage(ctx)


def _import_page(ctx: AppContext) -> QWidget:
    from csc_desktop.ui.sync.import_page import ImportPage

    return ImportPage(ctx)


def _conflicts_page(ctx: AppContext) -> QWidget:
    from csc_desktop.ui.sync.conflicts_page import ConflictsPage

    return ConflictsPage(ctx)


def register_sync_pages() -> None:
    # "sync" replaces the shell's placeholder; HQ's three pages sit beside it in the same place.
    register_page("sync", lambda: _t("Sync"), _team_page, icon="sync", roles=("team",), order=40)
    register_page(
        "sync-devices", lambda: _t("Devices"), _devices_page, icon="sync", roles=("hq",), order=40
    )
    register_page(
        "sync-import", lambda: _t("Import"), _import_page, icon="sync", roles=("hq",), order=41
    )
    register_page(
        "sync-conflicts",
        lambda: _t("Conflicts"),
        _conflicts_page,
        icon="sync",
        roles=("hq",),
        order=42,
    )


register_sync_pages()
