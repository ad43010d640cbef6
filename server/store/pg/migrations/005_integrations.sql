-- Integrations: each site's settings and webhook subscriptions (with their secrets) as one
-- document, as the embedded store keeps integrations/<site>/integrations.json. A change is made
-- under the row's lock on the freshest copy and announced (NOTIFY luot_integrations, the site id)
-- so every node reloads what it keeps in memory.
CREATE TABLE luot_integrations (
  site_id text PRIMARY KEY,
  data jsonb NOT NULL,
  version bigint NOT NULL CHECK (version >= 0)
);

-- Each subscription's delivery cursor, written after every delivery the receiver took. `holder`
-- is the hub process whose worker delivers the subscription now (it claims the cursor when its
-- worker starts): a cursor write from any other process is refused, so a node that lost its site
-- but has not noticed yet stops delivering at its next write instead of delivering beside the new
-- writer.
CREATE TABLE luot_webhook_cursors (
  site_id text NOT NULL,
  webhook_id text NOT NULL,
  day text NOT NULL,
  seq integer NOT NULL,
  idx integer NOT NULL,
  holder text NOT NULL,
  PRIMARY KEY (site_id, webhook_id)
);
