"""Every sentence this package shows a person, in one place so that it can be translated.

Placeholders are named; {row} is the spreadsheet's row number, {found} what the cell held."""

from __future__ import annotations

# Whole-file problems (ParticipantFileError).
EMPTY_FILE = "The file “{file}” is empty."
TOO_LARGE = (
    "The file “{file}” is too large ({size_mb} MB). Participant lists of up to {limit_mb} MB "
    "can be imported."
)
TOO_MANY_ROWS = (
    "The file “{file}” has more than {limit} participant rows. Split it into smaller lists and "
    "import them one after the other."
)
NOT_A_SPREADSHEET = (
    "The file “{file}” is not a spreadsheet. Save the participant list as an Excel workbook "
    "(.xlsx) or as CSV and try again."
)
OLD_OR_PROTECTED_WORKBOOK = (
    "The file “{file}” is an old Excel 97–2003 workbook (.xls) or a password-protected workbook. "
    "Open it in Excel, save it as an unprotected .xlsx workbook and import that."
)
OPENDOCUMENT = (
    "The file “{file}” is an OpenDocument spreadsheet (.ods). Save it as an Excel workbook "
    "(.xlsx) or as CSV and import that."
)
BROKEN_WORKBOOK = (
    "The workbook “{file}” could not be opened: it may be damaged. Open it in Excel, save a new "
    "copy and try again."
)
UNREADABLE_TEXT = (
    "The letters in “{file}” could not be read. Save the list again as “CSV UTF-8” (in Excel: "
    "Save As, then CSV UTF-8) and try again."
)
BROKEN_CSV = "The file “{file}” could not be read as CSV ({detail})."
NO_HEADER_ROW = (
    "No column headings were found in the first {rows} rows of “{file}”. The list needs a row "
    "that names its columns, such as Name, Gender, Institution."
)
NO_NAME_COLUMN = (
    "No column of names was found in “{file}”. Head it “Name” (or “Emri dhe mbiemri”, "
    "“Ime i prezime”, “Име и презиме”), or choose the name column by hand."
)
NO_PARTICIPANTS = "The file “{file}” has column headings but no participants."
SAME_TARGET_TWICE = (
    "Columns {first} and {second} are both set to “{target}”. Choose one of them, or set the "
    "other to “Ignore”."
)

# Per-row problems (ParsedRow.errors). Each starts with the row so that a list of them reads well.
NAME_MISSING = "Row {row}: the name is missing"
TEXT_TOO_LONG = "Row {row}: {field} is longer than {limit} characters"
GENDER_UNKNOWN = "Row {row}: gender must be F or M, or left blank (found “{found}”)"
EVALUATION_INVALID = "Row {row}: evaluation must be a whole number from 1 to 5 (found “{found}”)"
PRE_SCORE_INVALID = "Row {row}: pre-test score must be a number from 0 to 100 (found “{found}”)"
POST_SCORE_INVALID = "Row {row}: post-test score must be a number from 0 to 100 (found “{found}”)"
ATTENDANCE_INVALID = (
    "Row {row}: attendance on day {day} must be x (present) or blank (absent) (found “{found}”)"
)
DUPLICATE_PERSON = "Row {row}: {name} ({institution}) is already listed on row {first_row}"
DUPLICATE_PERSON_NO_INSTITUTION = "Row {row}: {name} is already listed on row {first_row}"

# How fields and day columns are named in the sentences above and in a mapping screen.
TARGET_LABELS = {
    "name": "Name",
    "surname": "Surname",
    "gender": "Gender",
    "institution": "Institution",
    "position": "Position",
    "function": "Function",
    "evaluation": "Evaluation (1–5)",
    "pre_score": "Pre-test score",
    "post_score": "Post-test score",
}
DAY_LABEL = "Day {day}"
IGNORED_LABEL = "Ignore"
