-- Hub nodes sharing one database. A site's writer holds a session advisory lock (its lease) and
-- says here where it can be reached; a row is only believed while its lock is held (pg_locks),
-- so a dead node's row is simply stale, never trusted.
CREATE TABLE luot_site_owners (
  site_id text PRIMARY KEY,
  node_id text NOT NULL,
  node_url text NOT NULL,
  pid integer NOT NULL,
  since timestamptz NOT NULL DEFAULT now()
);

-- The table @socket.io/postgres-adapter uses for packets too large for NOTIFY.
CREATE TABLE IF NOT EXISTS socket_io_attachments (
  id bigserial UNIQUE,
  created_at timestamptz DEFAULT now(),
  payload bytea
);
