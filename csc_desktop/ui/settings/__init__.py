"""Per-profile settings: their declarations, their cache and the Settings page."""
