"""The data schema version bundles state: the store's migration head as a number.

A bundle from a newer store (more fields, other meanings) is refused until this application is
updated; an older one is accepted, its missing fields left as they are."""

from __future__ import annotations

from csc_desktop.store.migrations import HEAD

SCHEMA_VERSION = int(HEAD)
