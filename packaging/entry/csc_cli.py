"""Entry point of the frozen ``csc`` command line (the same as the ``csc`` console script)."""

from csc_desktop.cli.main import main

raise SystemExit(main())
