import sys
from pathlib import Path

# The sample builders live next to the tests and are shared with the timing script.
sys.path.insert(0, str(Path(__file__).parent))
