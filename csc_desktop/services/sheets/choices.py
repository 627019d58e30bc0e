"""What ``csc sheet --kind`` accepts (kept apart from the sheet code, which is slow to import):
"activity" is the activity sheet of whichever kind the record is."""

from typing import Final

REQUESTED_KINDS: Final = ("attendance", "report", "activity")
