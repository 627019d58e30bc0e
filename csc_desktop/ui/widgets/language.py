"""Which language the screens show reference data and formats in."""

from __future__ import annotations

from csc_desktop.ui.common.context import AppContext


def ui_language(ctx: AppContext) -> str:
    """The language chosen in Settings (it can change at run time), else the profile's."""
    if ctx.language:
        return ctx.language
    return ctx.workspace.identity.language if ctx.workspace is not None else "en"
