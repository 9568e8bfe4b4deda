"""The crawl benchmark's profile summary names the archiver's own parts by file and function;
a moved module would silently account for nothing, so each named function must be where it says."""

import ast
from pathlib import Path

import pytest

from bench.crawl_bench import PARTS

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("label", "file", "function"), PARTS, ids=[p[2] for p in PARTS])
def test_each_profiled_part_is_a_function_of_the_file_it_names(label: str, file: str,
                                                               function: str) -> None:
    tree = ast.parse((ROOT / file).read_text(encoding="utf-8"))
    defined = {node.name for node in ast.walk(tree)
               if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)}
    assert function in defined, f"{label}: {file} defines no {function}()"
