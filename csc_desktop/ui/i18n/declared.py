"""Words the interface shows that are declared in the core, not written in a ``tr()`` call:
field labels, help and groups (``csc_desktop.domain.fields``), record kinds, and the participant
import's column names and messages (``csc_desktop.participants_io.messages``).

The screens translate them by their English text in these contexts; the translation build reads
this list so that a field added to the core appears in every ``.ts`` file to be translated.
Nothing here imports Qt.
"""

from __future__ import annotations


def declared_strings() -> list[tuple[str, str]]:
    """(context, English text) pairs, each once, in a stable order."""
    from csc_desktop.domain.fields import FIELDS, KIND_LABELS, PARTICIPANT_FIELDS
    from csc_desktop.participants_io import messages

    found: list[tuple[str, str]] = []
    for fields in (*FIELDS.values(), PARTICIPANT_FIELDS):
        for spec in fields:
            found += [("fields", spec.label), ("fields", spec.group)]
            if spec.help:
                found.append(("fields", spec.help))
    # what the services keep besides the declared fields: the record lists' system columns
    # (csc_desktop.ui.lists.columns) and the audit log's changed fields (ui.audit.labels)
    found += [("fields", "Status"), ("fields", "Last changed"), ("fields", "Participants")]
    for label in KIND_LABELS.values():
        found += [("kinds", label), ("lists", label)]
    for label in (*messages.TARGET_LABELS.values(), messages.IGNORED_LABEL):
        found.append(("participants", label))
    found += [("core", template) for template in participant_io_templates()]
    return list(dict.fromkeys(found))


def participant_io_templates() -> list[str]:
    """The import's sentences with their {placeholders}, as declared in its messages module."""
    from csc_desktop.participants_io import messages

    return [
        value
        for name, value in vars(messages).items()
        if name.isupper() and isinstance(value, str) and name not in ("IGNORED_LABEL", "DAY_LABEL")
    ]
