"""The command line around the site: `archiver serve`, commands that load only what they need (so the
CLI starts quickly), and `history` naming an article by id, id prefix or URL."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from dataset_archive import GPMB, make_dataset

from archiver.archive.store import Archive
from archiver.cli import COMMANDS, cli
from archiver.cli.serve import loopback
from archiver.crawl.parallel import PROGRESS_ENV
from archiver.demo.articles import load_articles
from tests.changing_site import serve_articles, source_table
from tests.conftest import FAST

ROOT = Path(__file__).resolve().parents[1]
#: Libraries a command must not load unless it uses them.
HEAVY = ("scrapy", "twisted", "pyarrow", "rich", "whoosh", "ftfy", "uvicorn", "starlette",
         "archiver.crawl", "archiver.datasets", "archiver.archive.store", "index", "archiver.demo",
         "archiver.web")


def loaded_after(*args: str, env: dict[str, str] | None = None) -> set[str]:
    """The heavy modules loaded by running `archiver ARGS` in a fresh interpreter."""
    code = ("import sys; from archiver.cli import cli\n"
            "try:\n    cli(sys.argv[1:], prog_name='archiver')\nexcept SystemExit:\n    pass\n"
            f"print('@@', *(m for m in sys.modules if m.startswith({HEAVY!r})))")
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=60, env={**os.environ, **(env or {})})
    assert done.returncode == 0, done.stderr
    return set(done.stdout.rsplit("@@", 1)[1].split())


def test_the_command_table_matches_the_commands():
    modules = {module for module, _ in COMMANDS.values()}
    for module in modules:
        defined = importlib.import_module(f"archiver.cli.{module}").COMMANDS
        assert {c.name for c in defined} == {n for n, (m, _) in COMMANDS.items() if m == module}
        for command in defined:
            assert COMMANDS[command.name][1] == command.get_short_help_str(limit=10_000)


def test_help_loads_no_command_and_search_only_the_index(tmp_path):
    assert loaded_after("--help") == set()
    config = make_dataset(tmp_path)
    search = loaded_after("--data-dir", str(config.data.root), "search", "dan")
    assert "index.query" in search and "whoosh" in search
    unwanted = ("scrapy", "twisted", "pyarrow", "rich", "ftfy", "uvicorn", "starlette",
                "archiver.crawl", "archiver.datasets", "archiver.archive.store", "index.build")
    assert not {m for m in search if m.startswith(unwanted)}
    assert not {m for m in loaded_after("--data-dir", str(tmp_path), "history", "abc")
                if m.startswith(("scrapy", "whoosh", "pyarrow"))}


def test_a_child_crawl_loads_no_display_demo_or_index(tmp_path):
    """`crawl --jobs` and `worker` start a crawl process per source: what it loads beyond the
    crawl is paid once per source (rich draws nothing there: the parent draws the lines)."""
    server = serve_articles(load_articles()[:1])
    try:
        sources = tmp_path / "sources.toml"
        sources.write_text(source_table("one", server), "utf-8")
        loaded = loaded_after("--data-dir", str(tmp_path / "data"), "--sources", str(sources),
                              "crawl", "one", "--no-index", *FAST, env={PROGRESS_ENV: "1"})
    finally:
        server.stop()
    assert len(list(Archive(tmp_path / "data" / "archive").iter_records(["one"]))) == 1  # crawled
    unwanted = ("rich", "archiver.demo", "whoosh", "index", "pyarrow", "archiver.datasets",
                "archiver.web", "uvicorn", "starlette")
    assert not {m for m in loaded if m.startswith(unwanted)}


def test_history_takes_an_id_a_prefix_or_a_url(tmp_path):
    config = make_dataset(tmp_path)
    base = ["--data-dir", str(config.data.root), "history"]
    full = CliRunner().invoke(cli, [*base, GPMB["id"]])
    assert full.exit_code == 0 and "v1 → v2" in full.output
    for ref in (GPMB["id"][:10], GPMB["id"][:6].upper(),
                GPMB["url"].replace("https://", "http://www.") + "?utm_source=x#top"):
        assert CliRunner().invoke(cli, [*base, ref]).output == full.output, ref
    ambiguous = CliRunner().invoke(cli, [*base, ""])
    assert ambiguous.exit_code == 2 and "articles have ids starting with" in ambiguous.output
    missing = CliRunner().invoke(cli, [*base, "https://nowhere.gov.vn/x.html"])
    assert missing.exit_code == 2 and "no article" in missing.output


def test_serve_defaults_to_loopback(tmp_path):
    shown = CliRunner().invoke(cli, ["serve", "--help"]).output
    assert "127.0.0.1" in shown and "8080" in shown
    assert loopback("127.0.0.1") and loopback("::1") and loopback("localhost")
    assert not loopback("0.0.0.0") and not loopback("example.org")
    empty = CliRunner().invoke(cli, ["--data-dir", str(tmp_path), "serve"])
    assert empty.exit_code == 2 and "no archive" in empty.output


@pytest.mark.parametrize("ref", ["f78f", "http://example.org/a"])
def test_history_of_an_empty_archive_says_so(tmp_path, ref):
    result = CliRunner().invoke(cli, ["--data-dir", str(tmp_path), "history", ref])
    assert result.exit_code == 2 and "no article" in result.output
