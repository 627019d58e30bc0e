"""Find the interface's words, update the translation files, compile them, say what is missing.

    python packaging/build_translations.py           compile translations/*.ts to .qm, report
    python packaging/build_translations.py update    find new and changed words first (lupdate)
    python packaging/build_translations.py check     report; exit 1 if a word is untranslated
                                                     or a .ts file is behind the code
    python packaging/build_translations.py latin     write the Serbian Latin files from the
                                                     Cyrillic ones (letter for letter)

Finding the words. ``pyside6-lupdate`` reads Python, but it does not know our habits: module
helpers such as ``_tr("…")`` with a fixed context, ``tr = QCoreApplication.translate``, page
titles given to ``register_page`` and the words declared in the core (field labels, record kinds,
the participant import's messages). So this script finds every translatable string itself
(:func:`extract`, with Python's ``ast``), writes them as plain ``QCoreApplication.translate``
calls into ``build/i18n/strings.py`` and lets lupdate merge that file into each ``.ts``: lupdate
keeps what is translated, adds what is new (marked unfinished), offers the old translation of a
changed text, and drops what the code no longer says.

``translations/qtbase_<lang>.ts`` (Qt's own words) are kept by hand and only compiled here.
The ``.qm`` files are build output: not committed.
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from csc_desktop.ui.i18n.languages import (  # noqa: E402
    APP_CATALOGUE,
    QT_LANGUAGES,
    SOURCE_LANGUAGE,
    TRANSLATED,
    ts_name,
)

UI_SOURCES = ROOT / "csc_desktop" / "ui"
TRANSLATIONS = ROOT / "translations"
STRINGS_FILE = ROOT / "build" / "i18n" / "strings.py"
TRANSLATE_OWNERS = {"QCoreApplication", "QApplication", "QGuiApplication"}
_MARKERS = {"QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}


@dataclass(frozen=True, order=True)
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False


@dataclass
class Extraction:
    messages: dict[Message, list[str]] = field(default_factory=dict)  # message -> where found
    problems: list[str] = field(default_factory=list)  # calls whose words cannot be found

    def add(self, message: Message, where: str) -> None:
        if message.source:
            self.messages.setdefault(message, []).append(where)


# -- finding the words ---------------------------------------------------------------------------


def _text(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _argument(call: ast.Call, position: int, name: str) -> ast.AST | None:
    if len(call.args) > position:
        return call.args[position]
    return next((k.value for k in call.keywords if k.arg == name), None)


def _is_translate(func: ast.AST, aliases: set[str]) -> bool:
    if isinstance(func, ast.Attribute) and func.attr == "translate":
        return isinstance(func.value, ast.Name) and func.value.id in TRANSLATE_OWNERS
    return isinstance(func, ast.Name) and func.id in aliases


def _numerus(node: ast.AST | None) -> bool:
    return node is not None and not (isinstance(node, ast.Constant) and node.value is None)


def _wrappers(tree: ast.Module, aliases: set[str]) -> dict[str, str]:
    """Helpers like ``def _tr(text): return QCoreApplication.translate("Ctx", text)``: their
    name -> the context they translate in."""
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        returned = node.body[-1]
        if not (isinstance(returned, ast.Return) and isinstance(returned.value, ast.Call)):
            continue
        call: ast.expr = returned.value
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "str":
            call = call.args[0] if call.args else call  # return str(QT_TRANSLATE_NOOP("c", text))
        if not isinstance(call, ast.Call):
            continue
        context = _text(_argument(call, 0, "context"))
        source = _argument(call, 1, "sourceText")
        parameter = node.args.args[0].arg
        marker = isinstance(call.func, ast.Name) and call.func.id in _MARKERS
        if (
            (_is_translate(call.func, aliases) or marker)
            and context is not None
            and isinstance(source, ast.Name)
            and source.id == parameter
        ):
            found[node.name] = context
    return found


def _aliases(tree: ast.Module) -> set[str]:
    """Names bound to ``QCoreApplication.translate`` (``tr = QCoreApplication.translate``)."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and _is_translate(node.value, set()):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return names


class _Finder(ast.NodeVisitor):
    def __init__(self, tree: ast.Module, where: str, out: Extraction):
        self.where = where
        self.out = out
        self.aliases = _aliases(tree)
        self.wrappers = _wrappers(tree, self.aliases)
        self.classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        self._call(node)
        self.generic_visit(node)

    def _found(self, node: ast.Call, context: str | None, source_node: ast.AST | None,
               comment_node: ast.AST | None = None, numerus_node: ast.AST | None = None) -> None:  # fmt: skip
        where = f"{self.where}:{node.lineno}"
        source = _text(source_node)
        if context is None or source is None:
            if isinstance(source_node, ast.JoinedStr):
                self.out.problems.append(f"{where}: an f-string cannot be translated")
            return  # a dynamic text: it must be declared (csc_desktop.ui.i18n.declared)
        comment = _text(comment_node) or ""
        self.out.add(Message(context, source, comment, _numerus(numerus_node)), where)

    def _call(self, node: ast.Call) -> None:
        func = node.func
        name = func.id if isinstance(func, ast.Name) else None
        if _is_translate(func, self.aliases):
            context = _text(_argument(node, 0, "context"))
            self._found(node, context, _argument(node, 1, "sourceText"),
                        _argument(node, 2, "disambiguation"), _argument(node, 3, "n"))  # fmt: skip
        elif isinstance(func, ast.Attribute) and func.attr == "tr":
            owner = func.value
            if isinstance(owner, ast.Name) and owner.id == "self" and self.classes:
                self._found(node, self.classes[-1], _argument(node, 0, "sourceText"),
                            _argument(node, 1, "disambiguation"), _argument(node, 2, "n"))  # fmt: skip
            elif _text(_argument(node, 0, "sourceText")) is not None:
                self.out.problems.append(
                    f"{self.where}:{node.lineno}: .tr() on another object translates in that "
                    "object's class, which cannot be known here: use QCoreApplication.translate "
                    "with the context"
                )
        elif name in self.wrappers:
            self._found(node, self.wrappers[name], _argument(node, 0, "text"))
        elif name in ("QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"):
            self._found(node, _text(_argument(node, 0, "context")), _argument(node, 1, "source"),
                        _argument(node, 2, "disambiguation"))  # fmt: skip
        elif name == "QT_TRANSLATE_N_NOOP":  # plural forms, as Qt's C++ macro of that name
            source = _argument(node, 1, "source")
            self._found(node, _text(_argument(node, 0, "context")), source, None, source)
        elif name == "QT_TR_NOOP" and self.classes:
            self._found(node, self.classes[-1], _argument(node, 0, "source"))
        elif name == "register_page":
            self._found(node, "pages", _argument(node, 1, "title"))


def extract(folder: Path = UI_SOURCES, declared: bool = True) -> Extraction:
    """Every translatable string of the interface: what the code under ``folder`` translates,
    and (``declared``) the words the core declares that the interface shows."""
    out = Extraction()
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        _Finder(tree, path.relative_to(ROOT).as_posix(), out).visit(tree)
    if declared:
        from csc_desktop.ui.i18n.declared import declared_strings

        for context, source in declared_strings():
            out.add(Message(context, source), "declared")
    return out


def write_strings_file(messages: Iterable[Message], path: Path = STRINGS_FILE) -> Path:
    """The found strings as plain translate calls, the form lupdate reads without guessing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# Written by packaging/build_translations.py for lupdate: do not edit.", ""]
    for m in sorted(messages):
        args = [json.dumps(m.context, ensure_ascii=False), json.dumps(m.source, ensure_ascii=False)]
        if m.comment or m.numerus:
            args.append(json.dumps(m.comment, ensure_ascii=False))
        if m.numerus:
            args.append("n")
        lines.append(f"QCoreApplication.translate({', '.join(args)})")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- Qt's tools ----------------------------------------------------------------------------------


def qt_tool(name: str) -> list[str]:
    import PySide6

    shipped = Path(PySide6.__file__).parent / (f"{name}.exe" if sys.platform == "win32" else name)
    if shipped.is_file():
        return [str(shipped)]
    return [f"pyside6-{name}"]


def app_ts_files() -> list[tuple[str, Path]]:
    return [
        (lang, TRANSLATIONS / ts_name(APP_CATALOGUE, lang))
        for lang in (SOURCE_LANGUAGE, *TRANSLATED)
    ]


def update(extraction: Extraction) -> None:
    """Merge the found strings into every csc_<lang>.ts (English keeps only plural forms)."""
    strings = write_strings_file(extraction.messages)
    TRANSLATIONS.mkdir(exist_ok=True)
    for language, ts in app_ts_files():
        command = [
            *qt_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete",
            "-source-language", "en_GB", "-target-language", QT_LANGUAGES[language],
        ]  # fmt: skip
        if language == SOURCE_LANGUAGE:
            command.append("-pluralonly")
        subprocess.run([*command, str(strings), "-ts", str(ts)], check=True)


def serbian_latin() -> list[Path]:
    """Rewrite every ``*_sr_Latn.ts`` translation as the transliteration of ``*_sr.ts``: Serbian
    is one language in two scripts, translated once (in Cyrillic)."""
    from csc_desktop.text.translit import cyrillic_to_latin

    written = []
    for cyrillic in sorted(TRANSLATIONS.glob("*_sr.ts")):
        latin = cyrillic.with_name(cyrillic.name.replace("_sr.ts", "_sr_Latn.ts"))
        source = {
            (context, m.findtext("source"), m.findtext("comment")): m.find("translation")
            for context, m in ts_messages(cyrillic)
        }
        tree = ET.parse(latin)
        for context_node in tree.getroot().iter("context"):
            context = context_node.findtext("name") or ""
            for message in context_node.iter("message"):
                key = (context, message.findtext("source"), message.findtext("comment"))
                original, translation = source.get(key), message.find("translation")
                if original is None or translation is None:
                    continue
                forms = list(translation.iter("numerusform"))
                if forms:
                    for form, text in zip(forms, original.iter("numerusform"), strict=False):
                        form.text = cyrillic_to_latin(text.text or "")
                else:
                    translation.text = cyrillic_to_latin(original.text or "")
                for name in ("type",):
                    if name in original.attrib:
                        translation.set(name, original.attrib[name])
                    else:
                        translation.attrib.pop(name, None)
        body = ET.tostring(tree.getroot(), encoding="unicode")
        latin.write_text(
            f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
        )
        written.append(latin)
    return written


def compile_all(out: Path = TRANSLATIONS) -> list[Path]:
    written = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([*qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


# -- what is missing -----------------------------------------------------------------------------


@dataclass
class TsState:
    path: Path
    total: int = 0
    unfinished: list[str] = field(default_factory=list)
    vanished: list[str] = field(default_factory=list)

    @property
    def done(self) -> int:
        return self.total - len(self.unfinished)


def ts_messages(path: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _short(text: str, width: int = 90) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "…"


def ts_state(path: Path) -> TsState:
    state = TsState(path)
    for context, message in ts_messages(path):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        label = f"[{context}] {_short(source)}"
        if kind in ("vanished", "obsolete"):
            state.vanished.append(label)
            continue
        state.total += 1
        forms = (
            [f.text or "" for f in translation.iter("numerusform")]
            if translation is not None
            else []
        )
        empty = (
            translation is None
            or (not forms and not (translation.text or "").strip())
            or (forms and not all(f.strip() for f in forms))
        )
        if kind == "unfinished" or empty:
            state.unfinished.append(label)
    return state


def behind(extraction: Extraction) -> dict[str, list[str]]:
    """Per translated .ts file: strings the code has and the file has not (lupdate not run)."""
    found: dict[str, list[str]] = {}
    for language, ts in app_ts_files():
        if language == SOURCE_LANGUAGE:
            continue
        have = set()
        if ts.is_file():
            have = {
                (c, m.findtext("source") or "", m.findtext("comment") or "")
                for c, m in ts_messages(ts)
            }
        missing = sorted(
            f"[{m.context}] {_short(m.source)}"
            for m in extraction.messages
            if (m.context, m.source, m.comment) not in have
        )
        if missing:
            found[ts.name] = missing
    return found


def report(extraction: Extraction | None, show: int = 15) -> bool:
    """Print what each file lacks; True when every translation is complete."""
    complete = True
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        state = ts_state(ts)
        print(f"{ts.name:24} {state.done:5} / {state.total:<5} translated", end="")
        print(f"   {len(state.unfinished)} UNTRANSLATED" if state.unfinished else "")
        for label in state.unfinished[:show]:
            print(f"    untranslated: {label}")
        if len(state.unfinished) > show:
            print(f"    … and {len(state.unfinished) - show} more (open the file in Qt Linguist)")
        complete = complete and not state.unfinished and not state.vanished
    if extraction is not None:
        for name, missing in behind(extraction).items():
            complete = False
            print(f"{name}: {len(missing)} strings of the code are not in it yet: run `update`")
            for label in missing[:show]:
                print(f"    new: {label}")
        for problem in extraction.problems:
            print(f"warning: {problem}")
    return complete


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "command", nargs="?", default="compile", choices=("compile", "update", "check", "latin")
    )
    args = parser.parse_args(argv)
    extraction = extract()
    if args.command == "latin":
        for path in serbian_latin():
            print(f"wrote {path.relative_to(ROOT)}")
    if args.command in ("update", "latin"):
        update(extraction)  # also brings the rewritten files back to lupdate's layout
    if args.command in ("compile", "update", "latin"):
        written = compile_all()
        print(f"compiled {len(written)} translation files into {TRANSLATIONS.relative_to(ROOT)}/")
    complete = report(extraction)
    return 0 if complete or args.command != "check" else 1


if __name__ == "__main__":
    raise SystemExit(main())
