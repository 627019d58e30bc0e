"""The Audit log page."""

from csc_desktop.ui.audit.page import AuditPage

__all__ = ["AuditPage"]
