"""Text handling shared by search, display and import: folding and transliteration."""
