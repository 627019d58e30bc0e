"""Locking: idle detection and the lock screen."""
