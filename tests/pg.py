"""The local PostgreSQL as the team tests, the sync benchmark and the screenshot scripts reach
it: a libpq conninfo without a database, and the address of one database on it.

The local server has no TLS, and Collateral checks TLS unless told otherwise, so every address
made here says `sslmode=disable` (the explicit choice a person makes with `--tls disable`)
unless the server's conninfo names a mode of its own."""

from __future__ import annotations

import psycopg


def url_for(conninfo: str, dbname: str, user: str | None = None) -> str:
    params = psycopg.conninfo.conninfo_to_dict(conninfo)
    params["dbname"] = dbname
    params.setdefault("sslmode", "disable")
    if user is not None:
        params["user"] = user
    return psycopg.conninfo.make_conninfo(**{k: str(v) for k, v in params.items() if v is not None})
