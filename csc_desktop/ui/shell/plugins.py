"""Features plug into the application without editing the shell.

At start the application imports every ``csc_desktop/ui/<feature>/plugin.py``. Such a module may
register pages (:func:`csc_desktop.ui.shell.pages.register_page`) and keyboard shortcuts
(:func:`csc_desktop.ui.shell.shortcuts.register_shortcut`) when imported, and may define::

    def install(ctx: AppContext) -> None: ...

which is called once with the application context, before any window opens (e.g. to connect
``ctx.bus.language_changed`` to the loading of translations). Keep plugin modules (and their
package's ``__init__``) light: import screens and libraries inside page factories, not at the top,
or the application starts slower.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from csc_desktop.ui.common.context import AppContext


def load_plugins(ctx: AppContext) -> list[str]:
    """Import the plugin module of every feature package and install it; returns their names."""
    import csc_desktop.ui as ui_package

    loaded = []
    for info in sorted(pkgutil.iter_modules(ui_package.__path__), key=lambda i: i.name):
        # look for the file first: importing a feature package without a plugin would load
        # its screens (and their libraries) at start-up for nothing
        folder = getattr(info.module_finder, "path", None)
        if (
            not info.ispkg
            or folder is None
            or not (Path(folder) / info.name / "plugin.py").is_file()
        ):
            continue
        module = importlib.import_module(f"csc_desktop.ui.{info.name}.plugin")
        install = getattr(module, "install", None)
        if callable(install):
            install(ctx)
        loaded.append(module.__name__)
    return loaded
