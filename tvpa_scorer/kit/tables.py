"""Rows -> a table in CSV, JSON Lines or Parquet: to a file, written chunk by chunk and renamed
into place when complete, or to a stream.

A table declares its columns and their types once (`{"report_year": "Int64", ...}`, pandas'
names); every value is cast to its column's type before it is written, so a column reads back
as one type in every format, and Parquet row groups share one schema.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, TextIO

from tvpa_scorer.kit.output_files import put_in_place, temporary_beside

FORMATS = ("csv", "jsonl", "parquet")
_CHUNK_ROWS = 20_000
_CASTS = {"string": str, "Int64": int, "Float64": float, "boolean": bool}


class TableWriter:
    """Append rows; `close()` renames the finished file into place, `abort()` removes it."""

    def __init__(self, path: Path, columns: Mapping[str, str], table_format: str) -> None:
        self.path, self.columns, self.format = path, dict(columns), table_format
        self.temporary = temporary_beside(path)
        self.pending: list[tuple] = []
        self.rows = 0
        self._parquet = None
        self._text: TextIO | None = None
        if table_format != "parquet":
            self._text = self.temporary.open("w", encoding="utf-8", newline="")
            self._lines = _LineWriter(self._text, self.columns, table_format)

    def add(self, rows: Iterable[tuple]) -> None:
        self.pending.extend(rows)
        if len(self.pending) >= _CHUNK_ROWS:
            self._flush()

    def close(self) -> int:
        """Write what is pending, put the file in place, and return the number of rows."""
        self._flush()
        if self._text is not None:
            self._text.close()
        else:
            if self._parquet is None:
                self._write_parquet([])
            self._parquet.close()
        put_in_place(self.temporary, self.path)
        return self.rows

    def abort(self) -> None:
        if self._text is not None:
            self._text.close()
        if self._parquet is not None:
            self._parquet.close()
        self.temporary.unlink(missing_ok=True)

    def _flush(self) -> None:
        if not self.pending:
            return
        rows, self.pending = self.pending, []
        self.rows += len(rows)
        if self._text is not None:
            self._lines.add(rows)
        else:
            self._write_parquet(rows)

    def _write_parquet(self, rows: list[tuple]) -> None:
        # the parquet extra: only --format parquet needs pandas' types and pyarrow
        import pandas as pd
        import pyarrow as pa
        import pyarrow.parquet as pq

        frame = pd.DataFrame(rows, columns=list(self.columns)).astype(self.columns)
        table = pa.Table.from_pandas(frame, preserve_index=False)
        if self._parquet is None:
            self._parquet = pq.ParquetWriter(self.temporary, table.schema)
        self._parquet.write_table(table.cast(self._parquet.schema))


def write_table(stream: TextIO, columns: Mapping[str, str], rows: Iterable[tuple],
                table_format: str = "csv") -> None:
    """A small table, CSV or JSON Lines, to a stream such as standard output."""
    _LineWriter(stream, dict(columns), table_format).add(rows)


class _LineWriter:
    """CSV with a header line, or JSON Lines: one object a row, keyed by column."""

    def __init__(self, stream: TextIO, columns: dict[str, str], table_format: str) -> None:
        self.stream, self.columns, self.format = stream, columns, table_format
        self.casts = [_CASTS[kind] for kind in columns.values()]
        if table_format == "csv":
            self.csv = csv.writer(stream, lineterminator="\n")
            self.csv.writerow(columns)

    def add(self, rows: Iterable[tuple]) -> None:
        typed = (tuple(None if value is None else cast(value)
                       for cast, value in zip(self.casts, row, strict=True)) for row in rows)
        if self.format == "csv":
            self.csv.writerows(typed)
        else:
            self.stream.writelines(_json_line(self.columns, row) for row in typed)


def _json_line(columns: Iterable[str], row: tuple[Any, ...]) -> str:
    return json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False) + "\n"


def parquet_available() -> bool:
    """Whether the optional parquet support (pyarrow) is installed."""
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        return False
    return True
