"""CSC Desktop: offline activity logging for the Countering Serious Crime in the Western Balkans project."""

__version__ = "0.1.0"
