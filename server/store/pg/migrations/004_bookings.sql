-- Appointments: each site's booking events in order, as the embedded store keeps
-- sites/<site>/appointments.jsonl. An event is kept as the JSON text written (like a journal line).
-- A site's head says which seqs its events must have, first_seq..last_seq without a gap: a row
-- lost or added outside Lượt is refused at load. An append moves last_seq on from the value the
-- writer last saw, so a second writer (a node that lost its lease but does not know it yet) is
-- refused instead of writing beside the live one; a purge replaces the rows in one transaction
-- with seqs past last_seq, so the seq only ever grows.
CREATE TABLE luot_booking_heads (
  site_id text PRIMARY KEY,
  first_seq bigint NOT NULL CHECK (first_seq > 0),
  last_seq bigint NOT NULL CHECK (last_seq >= first_seq - 1)
);

CREATE TABLE luot_booking_events (
  site_id text NOT NULL,
  seq bigint NOT NULL CHECK (seq > 0),
  event text NOT NULL,
  PRIMARY KEY (site_id, seq)
);
