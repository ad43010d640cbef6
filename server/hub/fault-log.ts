// Logs what goes wrong with a site's disk and when it recovers, with file and errno, so an
// operator reading the journal (journalctl) sees why the kiosks were refused.
import type { Logger } from '../services/ports.js';
import type { HubListener } from './site-hub.js';

export function faultLog(logger: Logger): HubListener {
  return {
    events: () => undefined,
    reset: () => undefined,
    storeFailed(hub, error) {
      logger.error(
        { siteId: hub.siteId, file: error.file, errno: error.errno, err: error.message },
        'data write refused: the site takes no commands until the disk accepts writes again',
      );
    },
    storeResumed(hub) {
      logger.info({ siteId: hub.siteId }, 'data writes succeed again: the site takes commands');
    },
  };
}
