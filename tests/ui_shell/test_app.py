"""The command line of the application."""

from __future__ import annotations

import pytest

from csc_desktop import __version__
from csc_desktop.ui.app import main, parse_args


def test_version_without_starting_qt(capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"csc-desktop {__version__}"


def test_options_and_qt_arguments() -> None:
    args, qt_args = parse_args(["--profile", "/tmp/x", "--demo", "-style", "fusion"])
    assert args.profile == "/tmp/x" and args.demo == "team"
    assert qt_args == ["-style", "fusion"]
    args, _ = parse_args(["--demo", "hq"])
    assert args.demo == "hq" and args.profile is None
