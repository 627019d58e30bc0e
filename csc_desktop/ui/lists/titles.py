"""The words of each record list: its title, its New button and what an empty list says."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from csc_desktop.domain.fields import Kind


def _t(text: str) -> str:
    return QCoreApplication.translate("lists", text)


def list_title(kind: Kind) -> str:
    titles = {
        Kind.PRE_INVESTIGATION: _t("Pre-investigations"),
        Kind.TAF_REQUEST: _t("TAF requests"),
        Kind.TRAINING: _t("Trainings"),
    }
    return titles.get(kind) or _t(kind.label)


def new_button_text(kind: Kind) -> str:
    texts = {
        Kind.PRE_INVESTIGATION: _t("&New pre-investigation"),
        Kind.TAF_REQUEST: _t("&New TAF request"),
        Kind.TRAINING: _t("&New training"),
    }
    return texts.get(kind) or _t("&New record")


def nothing_yet_text(kind: Kind) -> str:
    texts = {
        Kind.PRE_INVESTIGATION: _t("No pre-investigations yet. Press Ctrl+N to add the first."),
        Kind.TAF_REQUEST: _t("No TAF requests yet. Press Ctrl+N to add the first."),
        Kind.TRAINING: _t("No trainings yet. Press Ctrl+N to add the first."),
    }
    return texts.get(kind) or _t("Nothing here yet. Press Ctrl+N to add the first record.")
