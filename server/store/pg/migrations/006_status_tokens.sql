-- A phone page may reach any node of a cluster: the node finds which site a ticket's status token
-- belongs to from the journal (the token is in the ticket:issued line), through this index, then
-- asks that site's writer. Only issued lines are indexed.
CREATE INDEX luot_events_status_token
  ON luot_events ((substring(line from '"statusToken":"([A-Za-z0-9_-]{16,64})"')))
  WHERE line LIKE '{"type":"ticket:issued",%';
