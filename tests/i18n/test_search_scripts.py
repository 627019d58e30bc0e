"""Every search box finds Serbian (and Macedonian) written in either script from either script,
whatever the interface language: the record lists, the institution pickers (in the forms and in
the participant table) and the filter boxes of long code lists. (The audit log filters by record
id and by person, chosen from a list: no text to match.)"""

from __future__ import annotations

from typing import Any

import pytest

from csc_desktop.domain.fields import Kind
from csc_desktop.ui.lists.page import RecordListPage
from csc_desktop.ui.shell.language import apply_language
from csc_desktop.ui.widgets.code_picker import CODE_ROLE, CodeMultiSelect
from csc_desktop.ui.widgets.institution_picker import InstitutionPicker, institution_choices

from .screens import settle

LATIN_TITLE = "Preševo: krijumčarenje migranata kamionima"  # both in the demo profile
CYRILLIC_TITLE = "Суботица: прање новца куповином некретнина"


def list_titles(page: RecordListPage) -> list[str]:
    column = [c.name for c in page.columns].index("title")
    return [page.model.data(page.model.index(row, column)) for row in range(page.model.rowCount())]


def search(qtbot: Any, ctx: Any, page: RecordListPage, text: str) -> list[str]:
    page.filters.set_search_now(text)
    qtbot.waitUntil(lambda: not page.model.is_loading())
    settle(ctx)
    return list_titles(page)


@pytest.mark.parametrize("language", ["sr", "sr_Latn", "en"])
def test_record_list_search_in_either_script(qtbot: Any, ctx: Any, language: str) -> None:
    apply_language(ctx, language)
    page = RecordListPage(ctx, Kind.PRE_INVESTIGATION)
    qtbot.addWidget(page)
    page.show()
    titles = {t for t in search(qtbot, ctx, page, "") if t}
    assert LATIN_TITLE in titles and CYRILLIC_TITLE in titles
    assert search(qtbot, ctx, page, "Прешево кријумчарење") == [LATIN_TITLE]  # Cyrillic: Latin
    assert search(qtbot, ctx, page, "krijumcarenje kamionima") == [LATIN_TITLE]  # no diacritics
    assert search(qtbot, ctx, page, "subotica pranje") == [CYRILLIC_TITLE]  # Latin finds Cyrillic
    assert search(qtbot, ctx, page, "Суботица ПРАЊЕ") == [CYRILLIC_TITLE]
    apply_language(ctx, "en")


def suggested(picker: InstitutionPicker, typed: str) -> list[str]:
    picker.set_text(typed)
    model = picker.proxy
    return [model.index(row, 0).data(CODE_ROLE) for row in range(model.rowCount())]


@pytest.mark.parametrize("language", ["sr", "sr_Latn", "mk", "bs"])
def test_institution_picker_in_either_script(qapp: Any, ctx: Any, language: str) -> None:
    picker = InstitutionPicker()
    picker.set_choices(institution_choices(ctx.ws.reference, language, "RS"))
    assert "rs-ppooc" in suggested(picker, "tuzilastvo organizovani")
    assert "rs-ppooc" in suggested(picker, "Тужилаштво за организовани")
    assert "mk-ppooc" in suggested(picker, "обвинителство")  # Macedonian, typed in Cyrillic
    assert "mk-ppooc" in suggested(picker, "obvinitelstvo")  # … and in Latin
    assert "me-sspo" in suggested(picker, "Специјално државно")
    assert "al-spak" in suggested(picker, "prokuroria e posacme")  # Albanian without ç
    # institutions abroad carry their country's name, which finds them too
    assert "me-sspo" in suggested(picker, "Crna Gora")
    assert "me-sspo" in suggested(picker, "Црна Гора")


def test_participant_institution_cell_searches_the_same_way(qtbot: Any, ctx: Any) -> None:
    from PySide6.QtWidgets import QStyleOptionViewItem

    from csc_desktop.ui.participants.delegate import ParticipantDelegate
    from csc_desktop.ui.participants.panel import ParticipantsPanel

    panel = ParticipantsPanel(ctx.ws.reference, "sr", "RS")
    qtbot.addWidget(panel)
    panel.load([{"name": "Јелена", "gender": "female"}], 1)
    delegate = panel.view.itemDelegate()
    assert isinstance(delegate, ParticipantDelegate)
    column = panel.model.keys.index("institution")
    editor = delegate.createEditor(panel.view, QStyleOptionViewItem(), panel.model.index(0, column))
    assert isinstance(editor, InstitutionPicker)
    assert "rs-moi-sbpok" in suggested(editor, "sluzba za borbu")
    assert "rs-moi-sbpok" in suggested(editor, "Служба за борбу")


def shown_codes(select: CodeMultiSelect, typed: str) -> list[str]:
    select.filter.setText(typed)
    proxy = select.proxy
    return [proxy.index(row, 0).data(CODE_ROLE) for row in range(proxy.rowCount())]


@pytest.mark.parametrize("language", ["sr", "sr_Latn", "mk", "cnr"])
def test_long_code_lists_filter_in_either_script(qapp: Any, ctx: Any, language: str) -> None:
    select = CodeMultiSelect()
    countries = [(i.code, i.name(language)) for i in ctx.ws.reference.items("country")]
    select.set_choices(countries)
    assert select.filter.isVisibleTo(select)  # a long list: it has a filter box
    assert shown_codes(select, "Србија") == ["RS"]
    assert shown_codes(select, "srbija") == ["RS"]
    assert shown_codes(select, "Македонија") == ["MK"]
    assert shown_codes(select, "makedonija") == ["MK"]
