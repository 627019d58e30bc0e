import sys

from csc_desktop.cli.main import main

sys.exit(main())
