"""The core's messages in the interface language.

The core (validation, the store, the services) knows nothing of Qt and words its errors in
English, with values filled in: ``is too long (412 characters; at most 300)``. The screens pass
what they show through :func:`localized`, which recognises each known message by its template,
translates the template in the ``core`` context and puts the values back (dates in the
interface's form, field names as their labels). Text it does not recognise is shown as it is —
including text that is already translated, so calling it twice is harmless.

A message added to the core needs its template here (``tests/i18n`` lists the core's messages it
can trigger and fails on one that stays English).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from csc_desktop.ui.i18n.declared import participant_io_templates

CONTEXT = "core"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# placeholders of the participant import's messages that hold a column's name
_LABEL_PLACEHOLDERS = frozenset({"field", "target"})


def QT_TRANSLATE_N_NOOP(context: str, source: str) -> str:
    """Marks a template translated with plural forms (the build finds it as lupdate does)."""
    return source


@dataclass(frozen=True)
class Template:
    text: str
    plural: str | None = None  # the placeholder whose number chooses the plural form
    values: tuple[str, ...] = ()  # placeholders that hold a message or a label of their own


T = Template


def _(text: str) -> str:
    return str(QT_TRANSLATE_NOOP("core", text))


# The core's messages a person can meet in the interface, with the core's own placeholders.
CORE_TEMPLATES: tuple[Template, ...] = (
    # domain/validation.py: one field
    T(_("is required")),
    T(_("must be text")),
    T(_("is not a date (use YYYY-MM-DD)")),
    T(_("must be a number")),
    T(_("must be a whole number")),
    T(_("must be an amount in euro")),
    T(_("must be an amount in euro, e.g. 12500.50")),
    T(_("has more than two decimals")),
    T(_("must be a list")),
    T(_("is not a field of this kind of record")),
    T(_("is set by the application, not by hand")),
    T(_("is decided by headquarters and cannot be set by a country team")),
    T(_("is too long ({length} characters; at most {maximum})")),
    T(_("must be true or false")),
    T(_("must be at least {minimum}")),
    T(_("must be at most {maximum}")),
    T(_("must be a code")),
    T(_("“{code}” is not a known code")),
    T(_("must be the id of a record")),
    T(_("must name an institution")),
    T(_("institution name is too long")),
    # domain/validation.py: rules across fields
    T(_("cannot be set before the case is submitted to the prosecutor's office")),
    T(_("acceptance cannot come before submission to the prosecutor's office")),
    T(_("submission cannot come before the support started")),
    T(_("prosecution cannot start before the prosecutor's office accepted the case")),
    T(_("the case cannot close before the support started")),
    T(_("needs the date the Joint Investigation Team was established")),
    T(_("the end date is before the start date")),
    T(
        QT_TRANSLATE_N_NOOP("core", "a training of {days} days is not plausible (at most 60)"),
        plural="days",
    ),
    T(_("“{code}” is not a crime area of the EMPACT cycle in force on {day}")),
    T(_("“{code}” is not a crime area of the EMPACT cycle in force on today")),
    # services: records, participants, attachments
    T(_("“{id}” is not a record id.")),
    T(_("No record with id {id}.")),
    T(_("The record {id} is already deleted.")),
    T(_("The record {id} was deleted.")),
    T(_("The record {id} was deleted: it has no sheet to print.")),
    T(
        _(
            "This record belongs to a country team: headquarters can change only its decision "
            "fields."
        )
    ),
    T(_("a {country} team records only {country} activities")),
    T(_("names no participant of this training")),
    T(_("must be a list of true/false, one per training day")),
    T(QT_TRANSLATE_N_NOOP("core", "has {count} days but the training has {days}"), plural="days"),
    T(_("participants can be imported only into a training")),
    T(_("the file has no participant rows")),
    T(_("is larger than {size} MB")),
    T(_("is empty")),
    T(_("No attachment {id}.")),
    # the profile: passphrase, opening, creating
    T(
        QT_TRANSLATE_N_NOOP(
            "core",
            "The passphrase must have at least {minimum} characters (it has {length}). Several "
            "words are easier to remember than symbols.",
        ),
        plural="minimum",
    ),
    T(_("The passphrase repeats too few different characters: use several words.")),
    T(_("Use at least 16 characters, or mix letters with digits or spaces/punctuation.")),
    T(_("Wrong passphrase: the database could not be opened with it. Nothing was changed.")),
    T(
        _(
            "The database is damaged or unreadable ({detail}). The newest backup is {backup} "
            "(restore it with `csc restore`). Nothing was changed."
        )
    ),
    T(
        _(
            "The database is damaged or unreadable ({detail}). No backup was found in the "
            "profile. Nothing was changed."
        )
    ),
    T(_("The profile's key header ({name}) is damaged.")),
    T(_("The profile folder is not writable: {action} did not happen."), values=("action",)),
    T(_("{folder} already holds a profile: it was left untouched.")),
    T(_("There is no profile at {folder}. Create one with `csc init`.")),
    T(_("{path} is not a CSC Desktop backup.")),
    T(_("The person's name is required.")),
    T(_("A country team needs its country: one of {countries}.")),
    # the action words the messages above put in {action}
    T(_("creating the profile")),
    T(_("opening the database")),
    T(_("changing the passphrase")),
    T(_("the backup")),
    T(_("the restore")),
    # the audit log's check (services/audit.py)
    T(
        QT_TRANSLATE_N_NOOP("core", "Audit log intact: {entries} entries, hash chain verified."),
        plural="entries",
    ),
    T(_("Audit log damaged at entry {seq}: {problem}."), values=("problem",)),
    T(_("an entry is missing before it")),
    T(_("an entry was inserted")),
    T(_("it does not follow the entry before it (removed, inserted or reordered)")),
    T(_("its content was modified after it was written")),
    # checking a signed sheet (services/sheets/check.py, sheets/verification.py)
    T(_("Signer: {signer} (device {device}), signed {when}")),
    T(_("Signer: {signer} (device {device})")),
    T(_("Signer: {signer}, signed {when}")),
    T(_("Signer: {signer}")),
    T(_("Certificate: {trust}"), values=("trust",)),
    T(_("issued by HQ's root certificate")),
    T(_("NOT issued by the HQ root this profile trusts")),
    T(_("self-signed: not yet certified by HQ")),
    T(_("File intact: yes")),
    T(_("File intact: NO")),
    T(_("Record: {id} ({kind}), version {version}: {match}"), values=("kind", "match")),
    T(_("not held here")),
    T(_("older version (this profile holds {held})")),
    T(_("older version (this profile holds {held} and was deleted since)")),
    T(_("newer version (this profile holds {held}: sync pending)")),
    T(_("same")),
    T(_("content differs")),
    T(_("unknown")),
    T(_("no record reference")),
    T(_("Problem: {problem}"), values=("problem",)),
    T(_("The file is not a readable PDF.")),
    T(_("The file carries no digital signature.")),
    T(_("The file was changed after it was signed: the signature no longer matches it.")),
    T(_("Something was added to the file after it was signed.")),
    T(_("The signer's certificate is self-signed: HQ has not certified it yet.")),
    T(_("The signer's certificate was not issued by HQ's root certificate.")),
    T(_("The file does not say which record it shows.")),
)


@dataclass(frozen=True)
class _Compiled:
    template: Template
    pattern: re.Pattern[str]
    literal_length: int  # more fixed text: more specific, tried first


def _compile(template: Template) -> _Compiled:
    parts = []
    seen: set[str] = set()
    position = 0
    for match in _PLACEHOLDER.finditer(template.text):
        parts.append(re.escape(template.text[position : match.start()]))
        name = match.group(1)
        parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
        seen.add(name)
        position = match.end()
    parts.append(re.escape(template.text[position:]))
    literal = len(_PLACEHOLDER.sub("", template.text))
    return _Compiled(template, re.compile("".join(parts), re.DOTALL), literal)


@functools.cache
def _catalogue() -> tuple[_Compiled, ...]:
    templates = [*CORE_TEMPLATES, *(Template(t) for t in participant_io_templates())]
    compiled = [_compile(t) for t in dict.fromkeys(templates)]
    return tuple(sorted(compiled, key=lambda c: -c.literal_length))


@functools.cache
def _field_labels() -> dict[str, str]:
    """Field names (the keys of the core's error dicts) -> their English labels."""
    from csc_desktop.domain.fields import FIELDS, PARTICIPANT_FIELDS

    labels: dict[str, str] = {}
    for fields in (PARTICIPANT_FIELDS, *FIELDS.values()):
        for spec in fields:
            labels.setdefault(spec.name, spec.label)
    return labels


def _language() -> str:
    from csc_desktop.ui.i18n.translators import current_language

    return current_language()


def _value(name: str, value: str, template: Template) -> str:
    if name in template.values:
        return _one(value) or _label(value)
    if name in _LABEL_PLACEHOLDERS:
        return _label(value)
    if _ISO_DATE.fullmatch(value):
        from csc_desktop.text.locales import format_date

        return format_date(date.fromisoformat(value), _language())
    return value


def _label(text: str) -> str:
    """A participant column or field label in the interface language (as it is, else)."""
    for context in ("participants", "fields"):
        translated = QCoreApplication.translate(context, text)
        if translated != text:
            return translated
    return text


def _one(text: str) -> str | None:
    """One whole message translated, or None when it is none we know."""
    for compiled in _catalogue():
        match = compiled.pattern.fullmatch(text)
        if match is None:
            continue
        template = compiled.template
        count = -1
        if template.plural is not None:
            digits = re.sub(r"\D", "", match.group(template.plural))
            count = int(digits) if digits else -1
        translated = QCoreApplication.translate(CONTEXT, template.text, "", count)
        values = {k: _value(k, v, template) for k, v in match.groupdict().items()}
        try:
            return translated.format(**values)
        except (KeyError, IndexError, ValueError):
            return translated if not values else None  # a damaged translation: keep English
    return None


def localized(text: str | None) -> str:
    """``text`` in the interface language when it is a message of the core; else as it is.

    Understands messages joined as the core joins them: ``field: message``, ``a; b`` and one a
    line."""
    if not text:
        return ""
    whole = _one(text)
    if whole is not None:
        return whole
    if "\n" in text:  # several messages, one a line (a sheet's check)
        return "\n".join(localized(line) for line in text.split("\n"))
    if "; " in text:
        return "; ".join(localized(part) for part in text.split("; "))
    if ": " in text:
        head, tail = text.split(": ", 1)
        rest = localized(tail)
        if rest != tail:
            label = _field_labels().get(head)
            return f"{_label(label) if label else head}: {rest}"
    return text
