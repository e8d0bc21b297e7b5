"""Rows -> a CSV or Parquet file, written chunk by chunk and renamed into place when complete.

pandas builds each chunk with fixed column types, so a chunk of all-empty values reads
back as the same type as the others, and Parquet row groups share one schema.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from tvpa_scorer.kit.output_files import put_in_place, temporary_beside

FORMATS = ("csv", "parquet")
_CHUNK_ROWS = 20_000


class TableWriter:
    """Append rows; `close()` renames the finished file into place, `abort()` removes it."""

    def __init__(self, path: Path, columns: dict[str, str], table_format: str) -> None:
        self.path, self.columns, self.format = path, columns, table_format
        self.temporary = temporary_beside(path)
        self.pending: list[tuple] = []
        self.rows = 0
        self._parquet = None
        if table_format == "csv":
            pd.DataFrame(columns=list(columns)).to_csv(self.temporary, index=False)

    def add(self, rows: Iterable[tuple]) -> None:
        self.pending.extend(rows)
        if len(self.pending) >= _CHUNK_ROWS:
            self._flush()

    def close(self) -> int:
        """Write what is pending, put the file in place, and return the number of rows."""
        self._flush()
        if self._parquet is not None:
            self._parquet.close()
        elif self.format == "parquet":
            self._write_parquet(self._frame([]))
            self._parquet.close()
        put_in_place(self.temporary, self.path)
        return self.rows

    def abort(self) -> None:
        if self._parquet is not None:
            self._parquet.close()
        self.temporary.unlink(missing_ok=True)

    def _flush(self) -> None:
        if not self.pending:
            return
        frame = self._frame(self.pending)
        self.rows += len(self.pending)
        self.pending = []
        if self.format == "csv":
            frame.to_csv(self.temporary, mode="a", header=False, index=False)
        else:
            self._write_parquet(frame)

    def _frame(self, rows: list[tuple]) -> pd.DataFrame:
        return pd.DataFrame(rows, columns=list(self.columns)).astype(self.columns)

    def _write_parquet(self, frame: pd.DataFrame) -> None:
        import pyarrow as pa  # the parquet extra: only --format parquet needs it
        import pyarrow.parquet as pq

        table = pa.Table.from_pandas(frame, preserve_index=False)
        if self._parquet is None:
            self._parquet = pq.ParquetWriter(self.temporary, table.schema)
        self._parquet.write_table(table.cast(self._parquet.schema))


def parquet_available() -> bool:
    """Whether the optional parquet support (pyarrow) is installed."""
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        return False
    return True
