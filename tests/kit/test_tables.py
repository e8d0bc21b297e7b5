"""One table writer: CSV, JSON Lines and Parquet, each column cast to its declared type."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest

from tvpa_scorer.kit.tables import TableWriter, write_table

COLUMNS = {"country": "string", "report_year": "Int64", "score": "Float64",
           "significant_efforts": "boolean"}
ROWS = [("Mexico", 2008, 1, True), ("Zimbabwe, \"the\" one", None, 0.25, None)]


def test_csv_has_a_header_and_empty_cells_for_missing_values():
    stream = io.StringIO()
    write_table(stream, COLUMNS, ROWS)
    assert stream.getvalue() == ("country,report_year,score,significant_efforts\n"
                                 "Mexico,2008,1.0,True\n"
                                 '"Zimbabwe, ""the"" one",,0.25,\n')


def test_json_lines_give_one_object_a_row_with_typed_values():
    stream = io.StringIO()
    write_table(stream, COLUMNS, ROWS, "jsonl")
    assert [json.loads(line) for line in stream.getvalue().splitlines()] == [
        {"country": "Mexico", "report_year": 2008, "score": 1.0, "significant_efforts": True},
        {"country": 'Zimbabwe, "the" one', "report_year": None, "score": 0.25,
         "significant_efforts": None}]


@pytest.mark.parametrize("table_format", ["csv", "jsonl", "parquet"])
def test_every_format_reads_back_as_the_same_table(tmp_path, table_format):
    path = tmp_path / f"assessments.{table_format}"
    table = TableWriter(path, COLUMNS, table_format)
    table.add(ROWS)
    assert table.close() == 2
    read = {"csv": pd.read_csv, "parquet": pd.read_parquet,
            "jsonl": lambda path: pd.read_json(path, lines=True)}[table_format]
    frame = read(path).astype(COLUMNS)
    assert frame["country"].tolist() == ["Mexico", 'Zimbabwe, "the" one']
    assert frame["report_year"].tolist() == [2008, pd.NA]
    assert frame["score"].tolist() == [1.0, 0.25]
    assert list(tmp_path.iterdir()) == [path]


def test_an_aborted_table_leaves_nothing_behind(tmp_path):
    table = TableWriter(tmp_path / "findings.jsonl", COLUMNS, "jsonl")
    table.add(ROWS)
    table.abort()
    assert list(tmp_path.iterdir()) == []


def test_a_row_of_the_wrong_width_is_refused(tmp_path):
    with pytest.raises(ValueError, match="zip"):
        write_table(io.StringIO(), COLUMNS, [("Mexico", 2008)])
