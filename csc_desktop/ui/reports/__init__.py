"""The Reports page: the project's indicators as cards and charts, with filters, drill-down to
the records behind any figure, and what the figures include ("as of")."""
