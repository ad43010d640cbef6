-- Lượt on PostgreSQL: the same four things the embedded store keeps in files.
-- The configuration document (one row), kept whole as the file store keeps config.json.
CREATE TABLE luot_config (
  id smallint PRIMARY KEY CHECK (id = 1),
  data jsonb NOT NULL,
  version bigint NOT NULL
);

CREATE TABLE luot_sessions (
  token_hash text PRIMARY KEY,
  user_id text NOT NULL,
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL
);

-- One row per journal line. The line is kept as written (JSON with its CRC-32 last), never as
-- jsonb: jsonb reorders keys and the checksum could no longer be verified. The primary key makes
-- each seq of a site-day unique, so two writers can never both append the same seq.
CREATE TABLE luot_events (
  site_id text NOT NULL,
  day text NOT NULL CHECK (day ~ '^\d{4}-\d{2}-\d{2}$'),
  seq integer NOT NULL CHECK (seq > 0),
  line text NOT NULL,
  PRIMARY KEY (site_id, day, seq)
);

CREATE TABLE luot_audit (
  id bigserial PRIMARY KEY,
  month text NOT NULL CHECK (month ~ '^\d{4}-\d{2}$'),
  entry jsonb NOT NULL
);
CREATE INDEX luot_audit_month ON luot_audit (month, id);
