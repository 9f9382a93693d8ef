"""Team mode: each laptop keeps its full library; a PostgreSQL server is the team's shared store.

- `connection`: server addresses, passwords kept in a libpq password file, errors in words;
- `schema`: the server's versioned schema, roles and row-level security (`init-server`);
- `catalog`: catalog rows (assets, taxonomy, users, prospects, deals, requests, kits) as
  documents, and the three-way merge of concurrent edits;
- `facts`: append-only facts pushed idempotently and read back through a transaction-id
  watermark;
- `files`: content-addressed files in resumable, fingerprinted chunks;
- `engine`: one sync, in order, with the local bookkeeping.

The laptop talks to the server with psycopg directly: the protocol is a handful of
statements whose transaction boundaries are the whole point, so they are written out."""
