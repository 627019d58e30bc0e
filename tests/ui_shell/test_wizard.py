"""The first-run wizard creates a real, encrypted profile that opens with its passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard

from csc_desktop.store.profile import list_profiles
from csc_desktop.ui.wizard.wizard import ProfileWizard

from .conftest import PASSPHRASE


def finish_button(wizard: ProfileWizard):  # type: ignore[no-untyped-def]
    return wizard.button(QWizard.WizardButton.FinishButton)


def test_the_wizard_creates_and_opens_a_profile(qtbot, ctx, tmp_path: Path) -> None:
    wizard = ProfileWizard(ctx, tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    languages = []
    ctx.bus.language_changed.connect(languages.append)

    wizard.language_page.languages.setCurrentRow(3)  # Srpski (latinica)
    assert languages == ["sr_Latn"] and ctx.language == "sr_Latn"
    wizard.next()
    assert wizard.currentPage() is wizard.role_page
    wizard.role_page.team.setChecked(True)
    wizard.role_page.country.setCurrentIndex(wizard.role_page.country.findData("ME"))
    assert wizard.role_page.country.currentText() == "Crna Gora"  # the chosen language's name
    wizard.next()
    page = wizard.person_page
    assert not page.isComplete()
    page.name.setText("Ана Петровић")  # typed through the widget's API: non-ASCII (STACK.md)
    assert page.folder.text() == "ana-petrovic"
    assert page.isComplete()
    wizard.next()
    secret = wizard.passphrase_page
    secret.first.setText("short")
    assert "at least 12 characters" in secret.problem.text()
    assert secret.meter.score == 0 and not secret.isComplete()
    secret.first.setText(PASSPHRASE)
    secret.second.setText(PASSPHRASE + "!")
    assert "not the same" in secret.problem.text()
    assert not finish_button(wizard).isEnabled()
    secret.second.setText(PASSPHRASE)
    assert secret.isComplete() and secret.meter.score >= 2
    assert "cannot be recovered" in secret.warning.text()

    with qtbot.waitSignal(wizard.created, timeout=30_000) as created:
        finish_button(wizard).click()
        assert not finish_button(wizard).isEnabled()  # busy while the key is derived
    ws, settings = created.args
    try:
        assert list_profiles(tmp_path) == [tmp_path / "ana-petrovic"]
        assert ws.identity.person == "Ана Петровић"
        assert ws.identity.role == "team" and ws.identity.country == "ME"
        assert ws.identity.language == "sr_Latn"
        assert settings["idle_minutes"] == 5
        assert not wizard.isVisible()
        assert secret.first.text() == ""  # the passphrase does not linger in the form
    finally:
        ws.close()
    from csc_desktop.services.workspace import Workspace

    again = Workspace.unlock(tmp_path / "ana-petrovic", PASSPHRASE)
    assert again.identity.person == "Ана Петровић"
    again.close()


def test_headquarters_needs_no_country_and_folders_are_checked(qtbot, ctx, tmp_path: Path) -> None:
    (tmp_path / "taken").mkdir()
    wizard = ProfileWizard(ctx, tmp_path)
    qtbot.addWidget(wizard)
    wizard.role_page.hq.setChecked(True)
    assert not wizard.role_page.country.isEnabled()
    assert wizard.role_page.country_code() is None
    page = wizard.person_page
    page.name.setText("Maria Rossi")
    page.folder.setText("taken")
    assert "already exists" in page.problem.text() and not page.isComplete()
    page.folder.setText("a/b")
    assert not page.isComplete()
    page.folder.setText("hq")
    assert page.isComplete()
