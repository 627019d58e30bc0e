"""The page registry: what the main window's navigation offers, and how each page is built.

A feature adds its page without editing the shell::

    from csc_desktop.ui.shell.pages import register_page

    register_page(
        "sync",                      # replaces the placeholder registered under the same key
        "Sync",                      # English; translated in the "pages" context when shown
        lambda ctx: SyncPage(ctx),   # built the first time the page is opened
        icon="sync",                 # resources/icons/sync.svg
        roles=("team", "hq"),        # who sees it
        order=40,
    )

Put that call in ``csc_desktop/ui/<feature>/plugin.py``: the application imports every such
module at start (:func:`csc_desktop.ui.shell.plugins.load_plugins`). A page may offer the shell's
commands by having these methods: ``new_record()`` (Ctrl+N), ``focus_search()`` (Ctrl+F),
``refresh()`` (F5), ``retranslate()``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from csc_desktop.ui.common.context import AppContext

PageFactory = Callable[[AppContext], QWidget]
ROLES = ("team", "hq")


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str | Callable[[], str]
    factory: PageFactory
    icon: str = ""
    roles: tuple[str, ...] = ROLES
    order: int = 100
    placeholder: bool = False

    def display_title(self) -> str:
        if callable(self.title):
            return self.title()
        return QCoreApplication.translate("pages", self.title)


_PAGES: dict[str, PageSpec] = {}


def register_page(
    key: str,
    title: str | Callable[[], str],
    factory: PageFactory,
    *,
    icon: str = "",
    roles: tuple[str, ...] = ROLES,
    order: int = 100,
    placeholder: bool = False,
) -> PageSpec:
    """Add a page (or replace the one registered under ``key``). A placeholder never replaces a
    real page, whatever the import order."""
    existing = _PAGES.get(key)
    spec = PageSpec(key, title, factory, icon, tuple(roles), order, placeholder)
    if placeholder and existing is not None and not existing.placeholder:
        return existing
    _PAGES[key] = spec
    return spec


def unregister_page(key: str) -> None:
    _PAGES.pop(key, None)


def pages_for(role: str) -> list[PageSpec]:
    """The pages a profile of ``role`` sees, in navigation order."""
    return sorted((p for p in _PAGES.values() if role in p.roles), key=lambda p: (p.order, p.key))


def page(key: str) -> PageSpec | None:
    return _PAGES.get(key)
