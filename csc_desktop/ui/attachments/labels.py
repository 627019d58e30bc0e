"""Names of attachment kinds (csc_desktop.services.attachments.KINDS) and file sizes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from csc_desktop.ui.widgets.locale_formats import UI_LOCALES


def kind_label(kind: str) -> str:
    labels = {
        "signed_sheet": QCoreApplication.translate("attachments", "Signed sheet"),
        "agenda": QCoreApplication.translate("attachments", "Agenda"),
        "report": QCoreApplication.translate("attachments", "Report"),
        "other": QCoreApplication.translate("attachments", "Other"),
    }
    return labels.get(kind, kind)


def size_text(size: int, language: str) -> str:
    locale = QLocale(UI_LOCALES.get(language, "en_GB"))
    return locale.formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
