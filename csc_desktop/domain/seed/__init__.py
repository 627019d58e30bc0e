"""The reference data the first database migration inserts (countries, EMPACT crime areas,
institutions, types, statuses...), with names in every language of the application.

`reference_v1.json` is the source: items keyed by (list, code, valid_from), names in ``en``,
``sq``, ``sr`` (Cyrillic), ``mk``, ``bs`` and ``cnr`` (Montenegrin, Latin). ``sr_Latn`` is given
only where `cyrillic_to_latin` of the ``sr`` name would be wrong; otherwise it is derived.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

SEED_FILE = "reference_v1.json"


def load_reference_seed() -> dict[str, Any]:
    """A fresh copy of the seed document: ``{"format": 1, "languages": [...], "items": [...]}``."""
    text = resources.files(__package__).joinpath(SEED_FILE).read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document
