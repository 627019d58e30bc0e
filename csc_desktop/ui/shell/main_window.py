"""The main window: the navigation on the left, the current page on the right, the menus,
a toolbar with New and Lock, and a status bar saying who is working and whether work is running.

Pages come from the page registry (:mod:`csc_desktop.ui.shell.pages`) and are built the first
time they are opened.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from csc_desktop.ui.common.context import AppContext
from csc_desktop.ui.shell.pages import PageSpec, pages_for
from csc_desktop.ui.shell.shortcuts import PAGE_KEYS, SHORTCUTS
from csc_desktop.ui.theme import icon
from csc_desktop.ui.widgets.language import ui_language

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class MainWindow(QMainWindow):
    lock_requested = Signal()
    quit_requested = Signal()
    backup_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.specs: list[PageSpec] = pages_for(ctx.ws.identity.role)
        self.pages: dict[str, QWidget] = {}
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stack = QStackedWidget(self)
        for spec in self.specs:
            item = QListWidgetItem(icon(spec.icon), "", self.navigation)
            item.setData(KEY_ROLE, spec.key)
        self.navigation.currentRowChanged.connect(self._show_row)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_actions()
        self._build_menus_and_toolbar()
        self.who = QLabel(self)
        self.busy = QLabel(self)
        self.statusBar().addWidget(self.who, 1)
        self.statusBar().addPermanentWidget(self.busy)
        ctx.runner.busy_changed.connect(self._busy_changed)
        ctx.bus.language_changed.connect(lambda _l: self.retranslate())
        self.retranslate()
        self.resize(1200, 760)
        if self.specs:
            self.navigation.setCurrentRow(0)

    # -- pages ---------------------------------------------------------------------------

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def current_key(self) -> str | None:
        item = self.navigation.currentItem()
        return item.data(KEY_ROLE) if item is not None else None

    def show_page(self, key: str) -> QWidget | None:
        for row, spec in enumerate(self.specs):
            if spec.key == key:
                self.navigation.setCurrentRow(row)
                return self.pages.get(key)
        return None

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.specs):
            return
        spec = self.specs[row]
        widget = self.pages.get(spec.key)
        if widget is None:
            widget = spec.factory(self.ctx)
            self.pages[spec.key] = widget
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        self._update_commands()

    def _page_call(self, method: str) -> Callable[[], None]:
        def call() -> None:
            target = getattr(self.current_page(), method, None)
            if callable(target):
                target()

        return call

    def _update_commands(self) -> None:
        page = self.current_page()
        self.new_action.setEnabled(callable(getattr(page, "new_record", None)))
        self.search_action.setEnabled(callable(getattr(page, "focus_search", None)))
        self.refresh_action.setEnabled(callable(getattr(page, "refresh", None)))

    def _step_page(self, step: int) -> None:
        if self.specs:
            self.navigation.setCurrentRow((self.navigation.currentRow() + step) % len(self.specs))

    # -- actions, menus, toolbar ---------------------------------------------------------------

    def _action(self, key: str, triggered: Callable[[], object], icon_name: str = "") -> QAction:
        action = QAction(icon(icon_name) if icon_name else icon(""), "", self)
        action.setShortcut(SHORTCUTS[key].sequence())
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(triggered)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action("new", self._page_call("new_record"), "new")
        self.search_action = self._action("search", self._page_call("focus_search"))
        self.refresh_action = self._action("refresh", self._page_call("refresh"))
        self.lock_action = self._action("lock", self.lock_requested.emit, "lock")
        # Ctrl+L locks from the editors too (while a dialog is open: lock.lock_key)
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.backup_action = self._action("backup", self.backup_requested.emit, "backup")
        self.settings_action = self._action("settings", lambda: self.show_page("settings"))
        self.shortcuts_action = self._action("shortcuts", self.show_shortcuts, "help")
        self.quit_action = self._action("quit", self.quit_requested.emit)
        self._action("next_page", lambda: self._step_page(1))
        self._action("previous_page", lambda: self._step_page(-1))
        self.about_action = QAction(icon("app"), "", self)
        self.about_action.triggered.connect(self.show_about)
        self.page_actions: list[QAction] = []
        for spec, key in zip(self.specs, PAGE_KEYS, strict=False):
            action = QAction(icon(spec.icon), "", self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _c=False, k=spec.key: self.show_page(k))
            self.addAction(action)
            self.page_actions.append(action)

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        self.file_menu = QMenu(self)
        self.file_menu.addActions([self.new_action, self.refresh_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.backup_action, self.settings_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.lock_action, self.quit_action])
        self.go_menu = QMenu(self)
        self.go_menu.addActions(self.page_actions)
        self.go_menu.addSeparator()
        self.go_menu.addAction(self.search_action)
        self.help_menu = QMenu(self)
        self.help_menu.addActions([self.shortcuts_action, self.about_action])
        for menu in (self.file_menu, self.go_menu, self.help_menu):
            bar.addMenu(menu)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.new_action)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(self.lock_action)
        self.addToolBar(self.toolbar)

    # -- help --------------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        from csc_desktop.ui.about.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog([s.display_title() for s in self.specs], self).exec()

    def show_about(self) -> None:
        from csc_desktop.ui.about.about_dialog import AboutDialog

        AboutDialog(self).exec()

    # -- state -------------------------------------------------------------------------------

    def _busy_changed(self, busy: bool) -> None:
        self.busy.setText(self.tr("Working…") if busy else "")

    def closeEvent(self, event: QCloseEvent) -> None:
        # The session decides: editors may have unsaved changes, and a backup is due.
        event.ignore()
        self.quit_requested.emit()

    def retranslate(self) -> None:
        ident = self.ctx.ws.identity
        language = ui_language(self.ctx)
        self.setWindowTitle(self.tr("CSC Desktop"))
        for row, spec in enumerate(self.specs):
            item = self.navigation.item(row)
            item.setText(spec.display_title())
        for spec, action in zip(self.specs, self.page_actions, strict=False):
            action.setText(spec.display_title())
        self.navigation.ensurePolished()  # the style sheet's larger font, before measuring
        width = max(
            (
                self.navigation.fontMetrics().horizontalAdvance(s.display_title())
                for s in self.specs
            ),
            default=120,
        )
        self.navigation.setFixedWidth(width + 80)
        self.file_menu.setTitle(self.tr("&File"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_action.setText(self.tr("&New record"))
        self.new_action.setIconText(self.tr("New"))
        self.search_action.setText(self.tr("&Search the list"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.lock_action.setText(self.tr("&Lock"))
        self.lock_action.setIconText(self.tr("Lock"))
        self.lock_action.setToolTip(self.tr("Lock now (Ctrl+L)"))
        self.backup_action.setText(self.tr("&Back up now"))
        self.settings_action.setText(self.tr("Se&ttings"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About CSC Desktop"))
        self.quit_action.setText(self.tr("&Quit"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        if ident.is_hq:
            where = self.tr("Headquarters")
        else:
            where = self.tr("{country} team").format(
                country=self.ctx.ws.reference.name("country", ident.country, language)
            )
        self.who.setText(f"{ident.person} · {where}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
