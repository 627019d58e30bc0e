"""The pages the shell itself provides: the three record lists, Settings, and placeholders for
the pages other features bring (Sync, Reports, Audit log) until their plugin registers them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from csc_desktop.domain.fields import Kind
from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.shell.pages import register_page


def _t(text: str) -> str:
    return QCoreApplication.translate("pages", text)


def _noop(text: str) -> str:
    """English text translated later with ``_t`` (marked for the translation build)."""
    return str(QT_TRANSLATE_NOOP("pages", text))


class PlaceholderPage(QWidget):
    """``title`` and ``text`` are English, translated in the "pages" context when shown."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title, self.text = title, text
        self.heading = QLabel(self)
        self.heading.setProperty("role", "page-title")
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setProperty("role", "hint")
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(_t(self.title))
        self.body.setText(_t(self.text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _list_page(kind: Kind):  # type: ignore[no-untyped-def]
    def build(ctx: AppContext) -> QWidget:
        from csc_desktop.ui.lists.page import RecordListPage

        return RecordListPage(ctx, kind)

    return build


def _settings_page(ctx: AppContext) -> QWidget:
    from csc_desktop.ui.settings.page import SettingsPage

    return SettingsPage(ctx)


def _audit_page(ctx: AppContext) -> QWidget:
    try:
        from csc_desktop.ui.audit.page import AuditPage
    except ImportError:
        return PlaceholderPage("Audit log", _noop("The audit log view is not part of this build."))
    return AuditPage(ctx)


def register_builtin_pages() -> None:
    register_page(
        "pre-investigations",
        lambda: _t("Pre-investigations"),
        _list_page(Kind.PRE_INVESTIGATION),
        icon="pre-investigation",
        order=10,
    )
    register_page(
        "taf-requests",
        lambda: _t("TAF requests"),
        _list_page(Kind.TAF_REQUEST),
        icon="taf-request",
        order=20,
    )
    register_page(
        "trainings", lambda: _t("Trainings"), _list_page(Kind.TRAINING), icon="training", order=30
    )
    register_page(
        "sync",
        lambda: _t("Sync"),
        lambda ctx: PlaceholderPage(
            "Sync",
            _noop(
                "Exchanging encrypted bundles with headquarters on a USB stick will appear here."
            ),
        ),
        icon="sync",
        order=40,
        placeholder=True,
    )
    register_page(
        "reports",
        lambda: _t("Reports"),
        lambda ctx: PlaceholderPage(
            "Reports",
            _noop("Indicators by country and period, with charts, will appear here."),
        ),
        icon="reports",
        order=50,
        placeholder=True,
    )
    # The audit view is its own feature (csc_desktop.ui.audit); it may register itself instead.
    register_page(
        "audit", lambda: _t("Audit log"), _audit_page, icon="audit", order=60, placeholder=True
    )
    register_page("settings", lambda: _t("Settings"), _settings_page, icon="settings", order=90)
