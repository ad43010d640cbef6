-- Centres that keep their own embedded hub and feed the province: each has a key (kept hashed)
-- and its journal lines are kept apart from the hosted sites' journals, by centre.
CREATE TABLE luot_feed_centres (
  centre_id text PRIMARY KEY CHECK (centre_id ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  name text NOT NULL,
  key_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE luot_fed_events (
  centre_id text NOT NULL REFERENCES luot_feed_centres (centre_id),
  site_id text NOT NULL,
  day text NOT NULL CHECK (day ~ '^\d{4}-\d{2}-\d{2}$'),
  seq integer NOT NULL CHECK (seq > 0),
  line text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (centre_id, site_id, day, seq)
);
