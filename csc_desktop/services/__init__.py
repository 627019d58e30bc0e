"""Named operations over an unlocked profile, in plain Python: the CLI, the GUI, sync and the
sheets all call these, and nothing else touches the database."""
