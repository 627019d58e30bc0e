"""Names of audit actions (csc_desktop.services.audit.ACTIONS) and a short reading of an
entry's details."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication

from csc_desktop.domain.fields import Kind, field_map
from csc_desktop.ui.editors.labels import field_label, kind_label


def action_label(action: str) -> str:
    labels = {
        "create": QCoreApplication.translate("audit", "Created"),
        "change": QCoreApplication.translate("audit", "Changed"),
        "delete": QCoreApplication.translate("audit", "Deleted"),
        "consult": QCoreApplication.translate("audit", "Opened"),
        "disclose": QCoreApplication.translate("audit", "Copy taken out"),
        "erase": QCoreApplication.translate("audit", "Erased"),
        "import": QCoreApplication.translate("audit", "Imported"),
        "profile": QCoreApplication.translate("audit", "Profile"),
    }
    return labels.get(action, action)


def record_text(kind: str | None, record_id: str | None) -> str:
    if not record_id:
        return ""
    try:
        name = kind_label(Kind(kind or ""))
    except ValueError:
        name = kind or ""
    return QCoreApplication.translate("audit", "{kind} …{id}").format(kind=name, id=record_id[-8:])


def parsed_details(raw: str | None) -> dict[str, Any]:
    if not raw:
        return {}
    try:
        value = json.loads(raw)
    except ValueError:
        return {"": raw}
    return value if isinstance(value, dict) else {"": value}


# what the services change besides the declared fields
_SYSTEM_FIELDS = {"status": "Status", "participants": "Participants"}


def _field_names(kind: str | None, names: list[str]) -> str:
    """Field labels as the editors show them, where the record kind declares the field."""
    try:
        declared = field_map(Kind(kind or ""))
    except ValueError:
        declared = {}

    def label(name: str) -> str:
        if name in declared:
            return field_label(declared[name])
        if name in _SYSTEM_FIELDS:
            return QCoreApplication.translate("fields", _SYSTEM_FIELDS[name])
        return name

    return ", ".join(label(n) for n in names)


def details_text(raw: str | None, kind: str | None = None) -> str:
    """One line: which fields changed, which file, which event; the whole entry is in the
    tooltip."""
    details = parsed_details(raw)
    tr = QCoreApplication.translate
    if "changes" in details and isinstance(details["changes"], dict):
        fields = _field_names(kind, list(details["changes"]))
        return tr("audit", "Fields: {fields}").format(fields=fields) if fields else ""
    if "attachment_added" in details:
        name = details["attachment_added"].get("filename", "")
        return tr("audit", "Attachment added: {name}").format(name=name)
    if "attachment_removed" in details:
        name = details["attachment_removed"].get("filename", "")
        return tr("audit", "Attachment removed: {name}").format(name=name)
    if "fields" in details and isinstance(details["fields"], list):
        fields = _field_names(kind, [str(name) for name in details["fields"]])
        return tr("audit", "Fields: {fields}").format(fields=fields)
    parts = []
    for key, value in details.items():
        shown = (
            value if isinstance(value, str | int | float) else json.dumps(value, ensure_ascii=False)
        )
        parts.append(f"{key}: {shown}" if key else str(shown))
    return "; ".join(parts)


def details_tooltip(raw: str | None) -> str:
    details = parsed_details(raw)
    return json.dumps(details, ensure_ascii=False, indent=1) if details else ""
