"""Words the editors show that come from declarations elsewhere: field labels and help (from
csc_desktop.domain.fields), group names, record kinds and workflow actions.

Field labels and help are translated in the "fields" context from the English of the field
declarations, so that each field stays declared once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from csc_desktop.domain.fields import Field, Kind


def field_label(spec: Field) -> str:
    return QCoreApplication.translate("fields", spec.label)


def field_help(spec: Field) -> str:
    return QCoreApplication.translate("fields", spec.help) if spec.help else ""


def group_label(group: str) -> str:
    labels = {
        "General": QCoreApplication.translate("fields", "General"),
        "Milestones": QCoreApplication.translate("fields", "Milestones"),
        "Planning": QCoreApplication.translate("fields", "Planning"),
        "Workflow": QCoreApplication.translate("fields", "Workflow"),
        "HQ decision": QCoreApplication.translate("fields", "HQ decision"),
    }
    return labels.get(group) or QCoreApplication.translate("fields", group)


def kind_label(kind: Kind) -> str:
    labels = {
        Kind.PRE_INVESTIGATION: QCoreApplication.translate("kinds", "Pre-investigation"),
        Kind.TAF_REQUEST: QCoreApplication.translate("kinds", "TAF request"),
        Kind.TRAINING: QCoreApplication.translate("kinds", "Training"),
    }
    # kinds added later keep their declared English label until given a line here
    return labels.get(kind) or QCoreApplication.translate("kinds", kind.label)


def new_record_title(kind: Kind) -> str:
    titles = {
        Kind.PRE_INVESTIGATION: QCoreApplication.translate("kinds", "New pre-investigation"),
        Kind.TAF_REQUEST: QCoreApplication.translate("kinds", "New TAF request"),
        Kind.TRAINING: QCoreApplication.translate("kinds", "New training"),
    }
    fallback = QCoreApplication.translate("kinds", "New record: {kind}")
    return titles.get(kind) or fallback.format(kind=kind_label(kind))


def action_label(action: str) -> str:
    """The button for a workflow action (csc_desktop.services.records.WORKFLOW)."""
    labels = {
        "submit": QCoreApplication.translate("workflow", "Submit"),
        "withdraw": QCoreApplication.translate("workflow", "Withdraw"),
        "assess": QCoreApplication.translate("workflow", "Mark as assessed"),
        "approve": QCoreApplication.translate("workflow", "Approve"),
        "reject": QCoreApplication.translate("workflow", "Reject"),
        "deliver": QCoreApplication.translate("workflow", "Mark as delivered"),
        "close": QCoreApplication.translate("workflow", "Close the request"),
        "mark_held": QCoreApplication.translate("workflow", "Mark as held"),
        "cancel": QCoreApplication.translate("workflow", "Cancel the training"),
        "reopen": QCoreApplication.translate("workflow", "Reopen"),
    }
    return labels.get(action, action.replace("_", " ").capitalize())


def action_question(action: str) -> str:
    """What the confirmation asks before the action is taken."""
    questions = {
        "submit": QCoreApplication.translate(
            "workflow",
            "Submit this TAF request to headquarters? Headquarters will assess it; you can "
            "withdraw it until then.",
        ),
        "withdraw": QCoreApplication.translate(
            "workflow", "Withdraw this TAF request? It goes back to draft."
        ),
        "assess": QCoreApplication.translate("workflow", "Mark this TAF request as assessed?"),
        "approve": QCoreApplication.translate("workflow", "Approve this TAF request?"),
        "reject": QCoreApplication.translate("workflow", "Reject this TAF request?"),
        "deliver": QCoreApplication.translate("workflow", "Mark this TAF request as delivered?"),
        "close": QCoreApplication.translate(
            "workflow", "Close this TAF request? It can no longer change status."
        ),
        "mark_held": QCoreApplication.translate("workflow", "Mark this training as held?"),
        "cancel": QCoreApplication.translate(
            "workflow", "Cancel this training? You can reopen it later."
        ),
        "reopen": QCoreApplication.translate(
            "workflow", "Reopen this training? Its status goes back to planned."
        ),
    }
    fallback = QCoreApplication.translate("workflow", "{action}: are you sure?")
    return questions.get(action) or fallback.format(action=action_label(action))
