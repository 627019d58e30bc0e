"""The About box and the list of keyboard shortcuts."""
