"""``csc-desktop --demo``: a throw-away profile in a temporary folder, filled with demo data in the
local languages (for training sessions and screenshots), deleted when the application quits."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

DEMO_PASSPHRASE = "balkan demo 2026"
DEMO_PEOPLE = {"team": ("Ana Petrović", "RS"), "hq": ("Maria Rossi", None)}
DEMO_RECORDS = 120


class DemoProfile:
    def __init__(self, role: str = "team"):
        self.role = role if role in DEMO_PEOPLE else "team"
        self.root = Path(tempfile.mkdtemp(prefix="csc-demo-"))
        self.folder = self.root / "demo"

    def fill(self, progress: Any = None, records: int = DEMO_RECORDS) -> Path:
        """Create and fill the profile (on the worker: it takes a few seconds)."""
        from csc_desktop.services.workspace import Workspace

        person, country = DEMO_PEOPLE[self.role]
        ws = Workspace.create(
            self.folder, DEMO_PASSPHRASE, role=self.role, person=person, country=country
        )
        try:
            try:
                from csc_desktop.demo import bulk_populate
            except ImportError:
                return self.folder  # an empty demo profile still shows the application
            report = None
            if progress is not None:

                def report(done: int, total: int) -> None:
                    progress.report(done / max(total, 1))

            bulk_populate(ws, records=records, progress=report)
        finally:
            ws.engine.dispose()
        return self.folder

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
