"""`archiver export --format opensearch`: the bulk file obeys the bulk format (an action line, then a
source line, per article; valid JSON; newline-terminated) and its sources equal the JSONL export; the
index template maps every field a source holds, with ICU analysis (exact and diacritic-folded), and
every analyzer or normalizer the mapping names is defined. No cluster can run here: the files are
checked against the rules the bulk API and the mapping apply."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from click.testing import CliRunner
from dataset_archive import LIVE, make_dataset

from archiver.cli import cli
from archiver.datasets.opensearch import EXACT, FOLDED
from archiver.record import FIELDS

#: Field types of the mapping API this template may use.
TYPES = {"text", "keyword", "date", "integer"}
TEXT_FIELDS = ("title", "summary", "body")


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """The latest version of every live article as bulk NDJSON + template, and as JSONL."""
    tmp = tmp_path_factory.mktemp("os")
    make_dataset(tmp / "data")
    out = {}
    for fmt, name in (("opensearch", "articles.bulk"), ("jsonl", "articles.jsonl")):
        result = CliRunner().invoke(cli, ["--data-dir", str(tmp / "data"), "export", "--format",
                                          fmt, "--output", str(tmp / name)])
        assert result.exit_code == 0, result.output
        out[fmt] = tmp / name
    return out


def pairs(path):
    raw = path.read_bytes()
    assert raw.endswith(b"\n"), "the bulk API needs a final newline"
    lines = [json.loads(line) for line in raw.decode("utf-8").split("\n")[:-1]]
    assert len(lines) % 2 == 0
    return list(zip(lines[::2], lines[1::2], strict=True))


def template(path):
    return json.loads(path.with_name(path.name + ".template.json").read_text(encoding="utf-8"))


def test_bulk_lines_are_actions_then_sources(exported):
    found = pairs(exported["opensearch"])
    assert len(found) == len(LIVE)
    for action, source in found:
        assert list(action) == ["index"] and set(action["index"]) == {"_id"}
        assert action["index"]["_id"] == source["id"]
    ids = [a["index"]["_id"] for a, _ in found]
    assert len(set(ids)) == len(ids)


def test_sources_equal_the_jsonl_export(exported):
    jsonl = [json.loads(line) for line in exported["jsonl"].read_text("utf-8").splitlines()]
    assert [s for _, s in pairs(exported["opensearch"])] == jsonl


def _mapped(properties: dict, value: object, where: str) -> None:
    """Every field of a source value is in the mapping (objects and lists of objects too)."""
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict):
            for key, inner in item.items():
                assert key in properties, f"{where}{key} is not in the template"
                _mapped(properties[key].get("properties", {}), inner, f"{where}{key}.")


def test_every_source_field_is_mapped_with_a_known_type(exported):
    mapping = template(exported["opensearch"])["template"]["mappings"]
    props = mapping["properties"]
    assert set(props) == set(FIELDS) and mapping["dynamic"] is False
    for _, source in pairs(exported["opensearch"]):
        # Capture fields beside the schema (warc_file, …) stay in _source, unindexed.
        _mapped(props, {k: v for k, v in source.items() if k in FIELDS}, "")
    assert any(set(s) - set(FIELDS) for _, s in pairs(exported["opensearch"]))

    def types(p: dict):
        for spec in p.values():
            if "properties" in spec:
                yield from types(spec["properties"])
            else:
                yield spec["type"]
                yield from (sub["type"] for sub in spec.get("fields", {}).values())

    assert set(types(props)) <= TYPES


def test_dates_parse_as_the_mapping_reads_them(exported):
    props = template(exported["opensearch"])["template"]["mappings"]["properties"]
    dates = [name for name, spec in props.items() if spec.get("type") == "date"]
    assert {"published", "fetched_at"} <= set(dates)
    for _, source in pairs(exported["opensearch"]):
        for name in dates:
            if source.get(name):  # strict_date_optional_time: ISO 8601 with zone
                assert datetime.fromisoformat(source[name].replace("Z", "+00:00")).tzinfo


def test_vietnamese_analysis_is_icu_exact_and_folded(exported):
    body = template(exported["opensearch"])
    analysis = body["template"]["settings"]["index"]["analysis"]
    exact, folded = analysis["analyzer"][EXACT], analysis["analyzer"][FOLDED]
    assert exact["tokenizer"] == folded["tokenizer"] == "icu_tokenizer"
    assert exact["filter"] == ["icu_normalizer"] and "icu_folding" in folded["filter"]
    assert "icu_folding" in analysis["normalizer"][FOLDED]["filter"]
    props = body["template"]["mappings"]["properties"]
    for name in TEXT_FIELDS:
        assert props[name]["analyzer"] == EXACT
        assert props[name]["fields"]["folded"]["analyzer"] == FOLDED
    for name in ("province", "district", "category", "authors"):
        assert props[name]["type"] == "keyword"
        assert props[name]["fields"]["folded"]["normalizer"] == FOLDED

    def named(spec: dict):  # every analyzer / normalizer the mapping refers to
        for value in spec.values():
            if isinstance(value, dict):
                yield from named(value)
        for key in ("analyzer", "normalizer", "search_analyzer"):
            if key in spec:
                yield key, spec[key]

    for kind, name in named(body["template"]["mappings"]):
        assert name in analysis[kind], f"{kind} {name} is not defined"
    for spec in [*analysis["analyzer"].values(), *analysis["normalizer"].values()]:
        for char_filter in spec.get("char_filter", []):
            assert char_filter in analysis["char_filter"]


def test_every_version_is_refused_rather_than_overwritten(tmp_path):
    make_dataset(tmp_path / "data")
    out = tmp_path / "all.bulk"
    result = CliRunner().invoke(cli, ["--data-dir", str(tmp_path / "data"), "export", "--format",
                                      "opensearch", "--versions", "all", "--output", str(out)])
    assert result.exit_code == 2 and "one document per article" in result.output
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_bulk_cannot_go_to_stdout(tmp_path):
    make_dataset(tmp_path / "data")
    result = CliRunner().invoke(cli, ["--data-dir", str(tmp_path / "data"), "export", "--format",
                                      "opensearch", "--output", "-"])
    assert result.exit_code == 2 and "--output FILE" in result.output
