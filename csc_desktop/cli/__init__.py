"""The ``csc`` command line."""
