"""Reading what can still be read out of a damaged library database.

Through Python's own sqlite3 module alone, on every system: the `sqlite3` program is not
on Windows, and its `.recover` fails on some builds (Debian's 3.40: "SQL logic error" even on
a sound file). Table by table in rowid order, a row that cannot be read is stepped over by
its place in the table, a page that cannot be read by seeking past it. The rows go into a
new database whose schema the normal migrations made, each value checked against its column.
The damaged file is never written to: reading happens on a copy, whose header is rebuilt
when it was overwritten."""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Column

from collateral_app.storage.base import Base
from collateral_app.storage.database import known_revisions, make_engine, migrate

log = logging.getLogger(__name__)

SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26
_DAMAGE_WORDS = ("database disk image is malformed", "file is not a database", "malformed database schema")
MAGIC = b"SQLite format 3\x00"
PAGE_SIZES = (4096, 1024, 2048, 8192, 16384, 32768, 65536, 512)
MIN_ROWID, MAX_ROWID = -(2**63), 2**63 - 1
# Made by the migrations themselves, or derived: what companies received is kept by triggers
# as the usage events are copied, and the hand-off report writes lead_reach from it.
NOT_COPIED = frozenset({"alembic_version", "prospect_assets", "lead_reach", "lead_reach_pending"})


def damage_reason(exc: BaseException | None) -> str | None:
    """SQLite's words when `exc` (or what it wraps) says the database file is damaged."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, sqlite3.DatabaseError):
            code = getattr(exc, "sqlite_errorcode", None)
            if (isinstance(code, int) and code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB)) or any(
                word in str(exc) for word in _DAMAGE_WORDS
            ):
                return str(exc)
        exc = getattr(exc, "orig", None) or exc.__cause__ or exc.__context__
    return None


def database_damage(database: Path, *, most: int = 20, quick: bool = False) -> list[str]:
    """What SQLite's integrity check finds wrong in the file (empty when it is sound);
    `quick` skips checking that indexes match their tables (several times faster)."""
    conn = sqlite3.connect(database)
    try:
        check = "quick_check" if quick else "integrity_check"
        rows = conn.execute(f"PRAGMA {check}({int(most)})").fetchall()
    except sqlite3.DatabaseError as exc:
        if damage_reason(exc) is None:
            raise
        return [str(exc)]
    finally:
        conn.close()
    lines = (line.strip() for row in rows if row[0] != "ok" for line in str(row[0]).splitlines())
    return [line for line in lines if line and not line.startswith("*** in database")]


# -- the copy that is read ------------------------------------------------------------------


def working_copy(damaged: Path, folder: Path) -> tuple[Path, list[str]]:
    """A copy of the damaged file (and its write-ahead log) to read from: its header rebuilt
    when it was overwritten, its last page completed when the file was cut short."""
    copy = folder / "damaged.db"
    shutil.copyfile(damaged, copy)
    wal = Path(f"{damaged}-wal")
    has_wal = wal.is_file() and wal.stat().st_size > 0
    if has_wal:
        shutil.copyfile(wal, Path(f"{copy}-wal"))
    notes: list[str] = []
    with open(copy, "r+b") as f:
        size = os.fstat(f.fileno()).st_size
        head = f.read(100)
        page_size = _page_size_of(head)
        if page_size is None:
            for candidate in _likely_page_sizes(f, size):
                _write_header(f, candidate, max(1, -(-size // candidate)), has_wal)
                if _schema_readable(copy):
                    page_size = candidate
                    notes.append(
                        f"The file's header was overwritten; it was rebuilt (pages of {candidate} bytes)."
                    )
                    break
            else:
                notes.append("The file's header was overwritten and could not be rebuilt.")
                return copy, notes
        if size % page_size:
            f.truncate(size + page_size - size % page_size)
            notes.append("The file was cut short (it ends in the middle of a page).")
    return copy, notes


def _page_size_of(head: bytes) -> int | None:
    """The page size a sound header names, or None when the header is not a SQLite one."""
    if len(head) < 100 or head[:16] != MAGIC or head[21:24] != b"\x40\x20\x20":
        return None
    size = int.from_bytes(head[16:18], "big")
    size = 65536 if size == 1 else size
    if size not in PAGE_SIZES or head[56:60] not in (b"\0\0\0\1", b"\0\0\0\0"):
        return None
    return size


def _likely_page_sizes(f: Any, size: int) -> list[int]:
    """Page sizes by how many of the file's pages look like b-tree pages when cut that way;
    of the sizes that fit about as well, the smallest first (a multiple fits as well)."""
    scores: dict[int, float] = {}
    for page_size in PAGE_SIZES:
        pages = size // page_size
        if pages < 2:
            continue
        looked = range(1, min(pages, 2000))
        good = 0
        for number in looked:
            f.seek(number * page_size)
            good += _looks_like_btree_page(f.read(12), page_size)
        scores[page_size] = good / len(looked)
    if not scores:
        return [4096]
    best = max(scores.values())
    return sorted(scores, key=lambda p: (scores[p] < 0.8 * best, p))


def _looks_like_btree_page(head: bytes, page_size: int) -> bool:
    if len(head) < 8 or head[0] not in (2, 5, 10, 13):
        return False
    freeblock = int.from_bytes(head[1:3], "big")
    cells = int.from_bytes(head[3:5], "big")
    content = int.from_bytes(head[5:7], "big") or 65536
    header = 12 if head[0] in (2, 5) else 8
    return freeblock < page_size and header + 2 * cells <= content <= page_size and head[7] <= 60


def _write_header(f: Any, page_size: int, pages: int, wal: bool) -> None:
    header = bytearray(100)
    header[0:16] = MAGIC
    header[16:18] = (1 if page_size == 65536 else page_size).to_bytes(2, "big")
    header[18] = header[19] = 2 if wal else 1
    header[21:24] = b"\x40\x20\x20"
    header[24:28] = (1).to_bytes(4, "big")  # change counter, matched at 92: the size is valid
    header[28:32] = pages.to_bytes(4, "big")
    header[40:44] = (1).to_bytes(4, "big")  # schema cookie
    header[44:48] = (4).to_bytes(4, "big")  # schema format
    header[56:60] = (1).to_bytes(4, "big")  # UTF-8
    header[92:96] = (1).to_bytes(4, "big")
    major, minor, patch = sqlite3.sqlite_version_info
    header[96:100] = (major * 1_000_000 + minor * 1000 + patch).to_bytes(4, "big")
    f.seek(0)
    f.write(bytes(header))
    f.flush()


def _schema_readable(database: Path) -> bool:
    try:
        conn = _reader(database, _TextCount())
    except sqlite3.DatabaseError:
        return False
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables[:5]:
            conn.execute(f"SELECT rowid FROM {_q(table)} LIMIT 1").fetchall()
        return bool(tables)
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


# -- reading ---------------------------------------------------------------------------------


class _TextCount:
    """Text that is not valid UTF-8 (damaged bytes) is kept with U+FFFD in their place, counted."""

    def __init__(self) -> None:
        self.damaged = 0

    def __call__(self, raw: bytes) -> str:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            self.damaged += 1
            return raw.decode("utf-8", "replace")


def _reader(database: Path, texts: _TextCount) -> sqlite3.Connection:
    conn = sqlite3.connect(database, isolation_level=None)
    conn.text_factory = texts
    # Tolerate a schema row or a page count that does not add up; check every cell's size.
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute("PRAGMA query_only = ON")
    return conn


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass
class TableRecovery:
    """What became of one table's rows."""

    table: str
    before: int | None = None  # rows the damaged file counted; None when it could not count them
    recovered: int = 0
    unreadable_rows: int = 0  # rows found whose values could not be read
    unreadable_stretches: int = 0  # runs of pages that could not be read (their rows uncounted)
    refused: int = 0  # rows read but not fit for the table (a damaged key or a duplicate of one)
    values_reset: int = 0  # damaged values cleared or put back to the column's default
    damaged_text: int = 0  # text values with unreadable characters, kept with � in their place
    dangling: int = 0  # rows removed because what they belonged to was lost
    unlinked: int = 0  # rows kept whose link to a lost row was cleared
    unreadable_table: bool = False  # the table could not be found or read at all

    @property
    def lost(self) -> int | None:
        """Rows lost: the damaged file's count less those recovered; without a count, the rows
        known lost, or None when some were on pages that could not be read at all."""
        if self.before is not None:
            return max(0, self.before - self.recovered)
        if self.unreadable_table or self.unreadable_stretches:
            return None
        return self.unreadable_rows + self.refused + self.dangling

    @property
    def complete(self) -> bool:
        return self.lost == 0 and not (self.values_reset or self.damaged_text or self.unlinked)


@dataclass
class DatabaseRecovery:
    revision: str | None  # the migration the damaged database was at, when readable
    tables: list[TableRecovery] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    files_rows_made: int = 0  # stored-file rows made again for assets whose row was lost


def stored_revision(database: Path) -> str | None:
    """The migration a (damaged) database says it is at, when that can be read."""
    try:
        conn = _reader(database, _TextCount())
    except sqlite3.DatabaseError:
        return None
    try:
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()
    return str(rows[0][0]) if len(rows) == 1 else None


def count_rows(database: Path, tables: Sequence[str]) -> dict[str, int | None]:
    """Each table's rows as the (damaged) file counts them; None where it cannot."""
    counts: dict[str, int | None] = {}
    try:
        conn = _reader(database, _TextCount())
    except sqlite3.DatabaseError:
        return dict.fromkeys(tables)
    try:
        for table in tables:
            counts[table] = None
            for hint in ("", " NOT INDEXED"):  # the smallest index first, else the table itself
                query = f"SELECT count(*) FROM {_q(table)}{hint}"
                try:
                    counts[table] = int(conn.execute(query).fetchone()[0])
                    break
                except sqlite3.DatabaseError:
                    continue
    finally:
        conn.close()
    return counts


def copy_rows(source: Path, target: sqlite3.Connection) -> list[TableRecovery]:
    """Every row of `source` that can be read and fits, into the same-named tables of
    `target` (schema already made, foreign keys off, in the caller's transaction)."""
    texts = _TextCount()
    try:
        reader = _reader(source, texts)
    except sqlite3.DatabaseError:
        reader = None
    results: list[TableRecovery] = []
    try:
        for table in _tables(target):
            record = TableRecovery(table)
            results.append(record)
            columns = _columns(target, table)
            readable = _source_columns(reader, table) if reader is not None else set()
            if not readable:
                record.unreadable_table = True
                continue
            wanted = [c for c in columns if c.name in readable]
            names = ", ".join(_q(c.name) for c in wanted)
            insert = f"INSERT INTO {_q(table)} ({names}) VALUES ({', '.join('?' * len(wanted))})"
            before_text = texts.damaged
            assert reader is not None
            for values in _rows(reader, table, [c.name for c in wanted], record):
                fitted = _fit(values, wanted, record)
                if fitted is None:
                    record.refused += 1
                    continue
                try:
                    target.execute(insert, fitted)
                except sqlite3.IntegrityError:
                    record.refused += 1
                else:
                    record.recovered += 1
            record.damaged_text = texts.damaged - before_text
    finally:
        if reader is not None:
            reader.close()
    return results


def _tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    )
    return [r[0] for r in rows if r[0] not in NOT_COPIED]


def _source_columns(reader: sqlite3.Connection, table: str) -> set[str]:
    try:
        return {row[1] for row in reader.execute(f"PRAGMA table_info({_q(table)})")}
    except sqlite3.DatabaseError:
        return set()


def _rows(
    reader: sqlite3.Connection, table: str, names: Sequence[str], record: TableRecovery
) -> Iterator[tuple[Any, ...]]:
    """The table's rows in rowid order. A row whose values cannot be read is stepped over by
    its place (OFFSET steps over rows without reading their values); a page that cannot be
    read at all, by seeking to the first rowid that can be reached past it."""
    columns = ", ".join(_q(n) for n in names)
    scan = (
        f"SELECT rowid, {columns} FROM {_q(table)} NOT INDEXED WHERE rowid >= ? ORDER BY rowid "
        "LIMIT -1 OFFSET ?"
    )
    place = f"SELECT rowid FROM {_q(table)} NOT INDEXED WHERE rowid >= ? ORDER BY rowid LIMIT 1 OFFSET ?"
    anchor, offset = MIN_ROWID, 0
    seen: set[int] = set()  # a seek past damage may land before rows already read
    last: int | None = None
    while True:
        try:
            for row in reader.execute(scan, (anchor, offset)):
                offset += 1
                if row[0] not in seen:
                    seen.add(row[0])
                    last = row[0]
                    yield tuple(row[1:])
            return
        except sqlite3.DatabaseError:
            pass
        try:
            there = reader.execute(place, (anchor, offset)).fetchone()
        except sqlite3.DatabaseError:
            there = False
        if there is None:
            return
        if there:  # the row is there, its values cannot be read
            if there[0] not in seen:
                seen.add(there[0])
                record.unreadable_rows += 1
            offset += 1
            continue
        record.unreadable_stretches += 1
        # Past the last row read and past where this attempt began, so each seek gets further.
        resume = _resume_point(reader, table, max(anchor, MIN_ROWID if last is None else last))
        if resume is None:
            return
        anchor, offset = resume, 0


def _next_rowid(reader: sqlite3.Connection, table: str, start: int) -> int | None:
    row = reader.execute(
        f"SELECT rowid FROM {_q(table)} NOT INDEXED WHERE rowid >= ? ORDER BY rowid LIMIT 1", (start,)
    ).fetchone()
    return None if row is None else int(row[0])


def _resume_point(reader: sqlite3.Connection, table: str, start: int) -> int | None:
    """The smallest rowid past `start` from which the table can be read again: steps that
    double until one reaches readable pages, then halving back towards the damage."""

    def reachable(rowid: int) -> bool:
        try:
            _next_rowid(reader, table, rowid)
        except sqlite3.DatabaseError:
            return False
        return True

    low, step = start, 1
    while True:
        probe = min(low + step, MAX_ROWID)
        if reachable(probe):
            high = probe
            break
        if probe == MAX_ROWID:
            return None
        low, step = probe, step * 2
    while high - low > 1:
        middle = (low + high) // 2
        if reachable(middle):
            high = middle
        else:
            low = middle
    return high


# -- fitting values to their columns -----------------------------------------------------------


@dataclass(frozen=True)
class _Column:
    name: str
    kind: str  # "int", "bool", "date", "datetime", "text", "json" or "" (not checked)
    not_null: bool
    primary_key: bool
    default: Callable[[], Any] | None


def _columns(conn: sqlite3.Connection, table: str) -> list[_Column]:
    model = Base.metadata.tables.get(table)
    result = []
    for _cid, name, declared, not_null, _default, pk in conn.execute(f"PRAGMA table_info({_q(table)})"):
        column = model.columns.get(name) if model is not None else None
        result.append(
            _Column(
                name,
                _kind(name, str(declared or "")),
                bool(not_null),
                bool(pk),
                _default_of(column) if column is not None else None,
            )
        )
    return result


def _kind(name: str, declared: str) -> str:
    declared = declared.upper()
    if name.endswith("_json"):
        return "json"
    if declared.startswith("BOOLEAN"):
        return "bool"
    if declared.startswith("INTEGER"):
        return "int"
    if declared.startswith("DATETIME"):
        return "datetime"
    if declared.startswith("DATE"):
        return "date"
    if declared.startswith(("VARCHAR", "TEXT", "CHAR")):
        return "text"
    return ""


def _default_of(column: Column[Any]) -> Callable[[], Any] | None:
    """The column's own default as the database stores it, when it has one."""
    default = column.default
    if default is None or column.primary_key:
        return None
    arg = getattr(default, "arg", None)
    if callable(arg):
        return lambda: _stored(arg(None))
    return lambda: _stored(arg)


def _stored(value: Any) -> Any:
    if isinstance(value, datetime):
        return (value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value).isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _sound(kind: str, value: Any) -> bool:
    if kind == "int":
        return isinstance(value, int)
    if kind == "bool":
        return value in (0, 1) and isinstance(value, int)
    if kind == "text":  # the readers drop NULs (extract/text.py): where one is, bytes were damaged
        return isinstance(value, str) and "\x00" not in value
    if not isinstance(value, str):
        return kind == ""
    try:
        if kind == "date":
            return bool(_DATE.fullmatch(value)) and bool(date.fromisoformat(value))
        if kind == "datetime":
            return bool(datetime.fromisoformat(value))
        if kind == "json":
            json.loads(value)
    except ValueError:
        return False
    return True


def _fit(values: Sequence[Any], columns: Sequence[_Column], record: TableRecovery) -> list[Any] | None:
    """The row's values where each fits its column; a damaged one is cleared, or put back to
    the column's default; None (the row refused) when a key or a required value is damaged."""
    fitted = list(values)
    for n, (value, column) in enumerate(zip(values, columns, strict=True)):
        if value is None:
            if not column.not_null or column.primary_key:
                continue
        elif _sound(column.kind, value):
            continue
        if column.primary_key:
            return None
        if not column.not_null:
            fitted[n] = None
        elif column.default is not None:
            fitted[n] = column.default()
        else:
            return None
        record.values_reset += 1
    return fitted


# -- after the copy ----------------------------------------------------------------------------


def restore_file_rows(conn: sqlite3.Connection) -> int:
    """A stored-file row for every asset that names a file whose row was lost (the file itself
    is on disk or missing, which the library's check then says)."""
    made = conn.execute(
        "INSERT INTO blobs (sha256, size_bytes, created_at) "
        "SELECT blob_sha256, max(size_bytes), ? FROM assets "
        "WHERE blob_sha256 IS NOT NULL AND blob_sha256 NOT IN (SELECT sha256 FROM blobs) "
        "GROUP BY blob_sha256",
        (datetime.now(UTC).replace(tzinfo=None).isoformat(" "),),
    ).rowcount
    return max(made, 0)


def drop_dangling(conn: sqlite3.Connection, records: Sequence[TableRecovery]) -> None:
    """Rows that point to a row that was lost: the link is cleared when the column may be
    empty, else the row is removed (its parent is gone); repeated, as a removed row may
    have rows of its own."""
    by_table = {r.table: r for r in records}
    for _round in range(20):
        violations = conn.execute("PRAGMA foreign_key_check").fetchall()
        if not violations:
            return
        for table, rowid, _parent, key in violations:
            if rowid is None:
                continue
            record = by_table.setdefault(table, TableRecovery(table))
            links = [row[3] for row in conn.execute(f"PRAGMA foreign_key_list({_q(table)})") if row[0] == key]
            nullable = {row[1] for row in conn.execute(f"PRAGMA table_info({_q(table)})") if not row[3]}
            if links and all(c in nullable for c in links):
                sets = ", ".join(f"{_q(c)} = NULL" for c in links)
                conn.execute(f"UPDATE {_q(table)} SET {sets} WHERE rowid = ?", (rowid,))
                record.unlinked += 1
            else:
                if conn.execute(f"DELETE FROM {_q(table)} WHERE rowid = ?", (rowid,)).rowcount:
                    record.dangling += 1
                    record.recovered -= 1


def rebuild_database(damaged: Path, target: Path, work: Path) -> DatabaseRecovery:
    """A new database at `target` holding every row that can be read out of `damaged`: its
    schema made by the migrations (at the damaged file's migration, so the columns match),
    the rows copied and checked, links to lost rows cleared, then migrated to the newest.
    `work` is a folder for the copy that is read."""
    copy, notes = working_copy(damaged, work)
    revision = stored_revision(copy)
    engine = make_engine(target)
    try:
        at = revision if revision in known_revisions(engine) else None
        if revision is not None and at is None:
            notes.append(
                f"The damaged database is at migration {revision}, which this version of Collateral "
                "does not know; its rows were fitted to the newest schema."
            )
        migrate(engine, at)
    finally:
        engine.dispose()
    result = DatabaseRecovery(revision, notes=notes)
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("BEGIN IMMEDIATE")
        result.tables = copy_rows(copy, conn)
        counts = count_rows(copy, [t.table for t in result.tables])
        for table in result.tables:
            table.before = counts.get(table.table)
        result.files_rows_made = restore_file_rows(conn)
        drop_dangling(conn, result.tables)
        conn.execute("COMMIT")
    finally:
        conn.close()
    engine = make_engine(target)
    try:
        migrate(engine)
    finally:
        engine.dispose()
    return result
