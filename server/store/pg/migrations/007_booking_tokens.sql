-- A booking's own page (/b/<manageToken>, /api/appointments/<token>) may reach any node of a
-- cluster: the node finds which site the booking belongs to from its booking:created event,
-- through this index, then forwards the request to that site's writer.
CREATE INDEX luot_booking_manage_token
  ON luot_booking_events ((substring(event from '"manageToken":"([A-Za-z0-9_-]{16,64})"')))
  WHERE event LIKE '{"type":"booking:created",%';
