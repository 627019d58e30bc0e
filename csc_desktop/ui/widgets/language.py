"""Which language the screens show reference data and formats in."""

from __future__ import annotations

from csc_desktop.ui.common.context import AppContext


def ui_language(ctx: AppContext) -> str:
    """The UI language: the context's when the application sets one (Settings can change it at
    run time), else the profile's."""
    chosen = getattr(ctx, "language", None)
    if isinstance(chosen, str) and chosen:
        return chosen
    return ctx.workspace.identity.language if ctx.workspace is not None else "en"
