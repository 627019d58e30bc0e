"""The documentation stays true: every CLI command and every JSON key is documented."""

from __future__ import annotations

from pathlib import Path

from csc_desktop.cli.main import build_parser
from csc_desktop.domain.fields import FIELDS, PARTICIPANT_FIELDS

ROOT = Path(__file__).resolve().parents[2]


def test_every_json_key_is_in_docs_cli() -> None:
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for fields in [*FIELDS.values(), PARTICIPANT_FIELDS]:
        for field in fields:
            assert f"`{field.name}`" in text, field.name


def test_every_command_is_in_docs_cli() -> None:
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name in sub.choices:  # type: ignore[attr-defined]
        assert f"`csc {name}" in text, name


def test_readme_starts_with_the_two_commands() -> None:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    block = lines[lines.index("```sh") + 1 : lines.index("```sh") + 3]
    assert block[0].startswith("packaging/dev run") and block[1].startswith("packaging/dev test")
    assert "packaging/dev test" in (ROOT / ".ci" / "run").read_text()
