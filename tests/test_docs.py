"""docs/ is generated from the code (the record schema, the CLI reference): it must not drift."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GENERATED = sorted(p for p in (ROOT / "docs").glob("*.md") if "[[[cog" in p.read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", GENERATED, ids=lambda p: p.name)
def test_generated_docs_are_current(page):
    result = subprocess.run([sys.executable, "-m", "cogapp", "--check", str(page)], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, (f"{page.name} is out of date: run `cog -r docs/*.md`\n"
                                    f"{result.stdout}{result.stderr}")
