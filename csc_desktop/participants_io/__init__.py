"""Read participant lists of a training from the spreadsheets teams keep (CSV, XLSX).

Pure Python: no database, no Qt, nothing written to disk. The service layer calls
`read_participants`, shows the rows (with `guess_mapping` behind its column choices), resolves
institutions against reference data and saves all or nothing.
"""

from .headers import guess_mapping
from .mapping import target_label
from .model import (
    ATTENDANCE,
    FIELDS,
    GENDER_CODES,
    MAPPING_TARGETS,
    MAX_FILE_BYTES,
    MAX_ROWS,
    SURNAME,
    ParsedRow,
    ParticipantFileError,
    ParticipantSheet,
    day_of,
    day_target,
)
from .reader import read_participants

__all__ = [
    "ATTENDANCE",
    "FIELDS",
    "GENDER_CODES",
    "MAPPING_TARGETS",
    "MAX_FILE_BYTES",
    "MAX_ROWS",
    "SURNAME",
    "ParsedRow",
    "ParticipantFileError",
    "ParticipantSheet",
    "day_of",
    "day_target",
    "guess_mapping",
    "read_participants",
    "target_label",
]
