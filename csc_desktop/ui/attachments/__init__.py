"""A record's attachments: files kept inside the encrypted store."""

from csc_desktop.ui.attachments.model import AttachmentsModel
from csc_desktop.ui.attachments.panel import AttachmentsPanel

__all__ = ["AttachmentsModel", "AttachmentsPanel"]
