"""Entry point of the frozen ``csc-desktop`` application (the same as the GUI script)."""

from csc_desktop.ui.app import main

raise SystemExit(main())
