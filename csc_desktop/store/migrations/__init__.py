"""Alembic migrations of the profile database. ``HEAD`` names the newest revision this version
knows; a database whose revision is not one of ours was made by a newer version and is refused."""

HEAD = "0013"
