import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # tests/harness.py

SHARED = Path(__file__).resolve().parents[2] / "shared"
