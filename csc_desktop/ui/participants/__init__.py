"""A training's participants: the editable table, pasting from a spreadsheet, file import."""

from csc_desktop.ui.participants.import_dialog import ImportDialog, start_import
from csc_desktop.ui.participants.model import ParticipantsModel
from csc_desktop.ui.participants.panel import ParticipantsPanel

__all__ = ["ImportDialog", "ParticipantsModel", "ParticipantsPanel", "start_import"]
