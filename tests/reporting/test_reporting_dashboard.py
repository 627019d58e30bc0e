"""The Reports page, offscreen: cards show the figures, any figure or bar opens exactly the
records behind it, filters recompute, the words follow the language; a screenshot to look at."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pytestqt")

from csc_desktop.ui.app import guard_none_refcount

guard_none_refcount()

from csc_desktop.services.workspace import Workspace  # noqa: E402
from tests.conftest import PASSPHRASE  # noqa: E402
from tests.reporting.conftest import Dataset, build  # noqa: E402

SCREENSHOTS = (
    Path(os.environ.get("CSC_SCREENSHOTS", "")) if os.environ.get("CSC_SCREENSHOTS") else None
)


@pytest.fixture(scope="module")
def hq_dataset(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dataset]:
    ws = Workspace.create(
        tmp_path_factory.mktemp("dash") / "hq", PASSPHRASE, role="hq", person="Maria Rossi"
    )
    yield build(ws)
    ws.engine.dispose()


@pytest.fixture
def page(qtbot: Any, hq_dataset: Dataset) -> Iterator[Any]:
    from csc_desktop.ui.common.context import AppContext
    from csc_desktop.ui.common.seams import FakeClock, ScriptedDialogs
    from csc_desktop.ui.common.worker import Runner
    from csc_desktop.ui.reports.page import ReportsPage

    ctx = AppContext(runner=Runner(), dialogs=ScriptedDialogs(), clock=FakeClock())
    ctx.attach(hq_dataset.ws)
    widget = ReportsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 960)
    widget.set_period(date(2025, 1, 1), date(2025, 6, 30))
    widget.set_countries({"AL", "XK", "RS"})
    with qtbot.waitSignal(widget.updated, timeout=20_000):
        widget.show()
        widget.refresh()
    yield widget
    ctx.runner.shutdown()


def _drill(qtbot: Any, page: Any, action: Any) -> list[str]:
    page.drill_dialog = None
    action()
    qtbot.waitUntil(lambda: page.drill_dialog is not None, timeout=20_000)
    return list(page.drill_dialog.ids())


def test_cards_show_the_figures(page: Any) -> None:
    cards = page.cards
    assert cards["pre_investigations_accepted"].figure.text() == "3"
    assert cards["positive_assessment_share"].figure.text() == "60.0%"
    assert cards["taf_budget_approved"].figure.text() == "€12,500.50"
    assert cards["countries_with_eurojust_agreement"].figure.text() == "2 of 3"
    assert "Kosovo* 2" in cards["pre_investigations_supported"].countries.text()
    assert cards["jits_supported"].toolTip().startswith("Supported pre-investigations")
    assert "Headquarters (this laptop)" in page.as_of.text()
    assert page.footnote.text().startswith("* This designation is without prejudice")


def test_a_figure_opens_exactly_the_records_behind_it(
    qtbot: Any, page: Any, hq_dataset: Dataset
) -> None:
    from PySide6.QtCore import Qt

    card = page.cards["pre_investigations_accepted"]
    ids = _drill(qtbot, page, lambda: qtbot.mouseClick(card.figure, Qt.MouseButton.LeftButton))
    assert hq_dataset.names(ids) == {"P1", "P2", "P5"}
    assert page.drill_dialog.table.rowCount() == 3


def test_a_bar_opens_the_records_of_its_country_or_quarter(
    qtbot: Any, page: Any, hq_dataset: Dataset
) -> None:
    from PySide6.QtCore import Qt

    qtbot.mouseClick(page.cards["pre_investigations_supported"], Qt.MouseButton.LeftButton)
    assert page.selected == "pre_investigations_supported"
    kosovo = page.report.scope.countries.index("XK")
    bar = page.by_country.bar_rects()[kosovo].center().toPoint()
    ids = _drill(
        qtbot, page, lambda: qtbot.mouseClick(page.by_country, Qt.MouseButton.LeftButton, pos=bar)
    )
    assert hq_dataset.names(ids) == {"P3", "P7"}
    second_quarter = page.by_quarter.bar_rects()[1].center().toPoint()
    ids = _drill(
        qtbot,
        page,
        lambda: qtbot.mouseClick(page.by_quarter, Qt.MouseButton.LeftButton, pos=second_quarter),
    )
    assert hq_dataset.names(ids) == {"P3", "P7"}  # both opened in Q2


def test_a_filter_change_recomputes(qtbot: Any, page: Any) -> None:
    with qtbot.waitSignal(page.updated, timeout=20_000):
        page.set_countries({"RS"})
    assert page.report.scope.countries == ("RS",)
    assert page.cards["pre_investigations_accepted"].figure.text() == "1"
    assert page.cards["countries_with_draft_law"].figure.text() == "1 of 1"
    assert page.footnote.isHidden()  # Kosovo is no longer named
    assert page.last_redraw_seconds > 0


def test_the_words_follow_the_language(qtbot: Any, page: Any) -> None:
    page.ctx.language = "sr"
    page.ctx.bus.language_changed.emit("sr")
    assert page.title.text() == "Показатељи пројекта"
    assert page.cards["positive_assessment_share"].figure.text() in ("60,0%", "60,0 %")
    page.ctx.language = "en"
    page.ctx.bus.language_changed.emit("en")
    assert page.title.text() == "Project indicators"


def test_screenshot(page: Any, tmp_path: Path) -> None:
    target = (SCREENSHOTS or tmp_path) / "reports-page.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(target))
    assert target.stat().st_size > 10_000


def test_a_team_sees_its_own_country(qtbot: Any, tmp_path: Path) -> None:
    from csc_desktop.ui.common.context import AppContext
    from csc_desktop.ui.common.seams import FakeClock, ScriptedDialogs
    from csc_desktop.ui.common.worker import Runner
    from csc_desktop.ui.reports.page import ReportsPage

    ws = Workspace.create(tmp_path / "t", PASSPHRASE, role="team", person="Ana", country="RS")
    ctx = AppContext(runner=Runner(), dialogs=ScriptedDialogs(), clock=FakeClock())
    ctx.attach(ws)
    widget = ReportsPage(ctx)
    qtbot.addWidget(widget)
    assert list(widget.country_boxes) == ["RS"]
    assert not widget.country_boxes["RS"].isEnabled()
    with qtbot.waitSignal(widget.updated, timeout=20_000):
        widget.show()
    assert widget.report.scope.countries == ("RS",)
    ctx.runner.shutdown()
    ws.engine.dispose()
