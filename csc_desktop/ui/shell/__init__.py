"""The application shell: the session (unlock, lock, quit), the main window and its page registry."""
