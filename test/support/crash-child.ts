// A child process for the crash test: it runs a real site hub on a real data directory and
// prints one line per acknowledged command. The parent kills it with SIGKILL mid-stream.
//   mode "run":    issue and call tickets until killed, printing "ACK <ticketId> <displayNumber>"
//   mode "dump":   load the hub and print every ticket of today as JSON, then exit
import { SiteHub } from '../../server/hub/site-hub.js';
import { FileStore } from '../../server/store/file-store.js';
import { defaultSiteSettings } from '../../shared/protocol/defaults.js';
import { testSiteConfig } from './fixtures.js';

const [dataDir, mode] = process.argv.slice(2);
const store = await FileStore.open(dataDir);
const config = testSiteConfig();
const hub = await SiteHub.load(config, defaultSiteSettings(), store, Date.now);

if (mode === 'dump') {
  const tickets = [...hub.state.tickets.values()].map((t) => ({
    id: t.id,
    displayNumber: t.displayNumber,
    seriesId: t.seriesId,
    status: t.status,
  }));
  process.stdout.write(`${JSON.stringify(tickets)}\n`);
  process.exit(0);
}

const procedures = ['p-khaisinh', 'p-datdai', 'p-kethon'];
let n = 0;
// Many commands in flight at once, as from several kiosks and counters.
const worker = async () => {
  for (;;) {
    const i = n++;
    const procedureId = procedures[i % procedures.length];
    const issued = await hub.execute({
      type: 'ticket:issue',
      procedureId,
      requestId: `req-${process.pid}-${i}`,
    });
    if (issued.ok && issued.ticket)
      process.stdout.write(`ACK ${issued.ticket.id} ${issued.ticket.displayNumber}\n`);
    if (i % 3 === 0) {
      const called = await hub.execute({ type: 'counter:call-next', counterId: i % 2 ? 'c1' : 'c3' });
      if (called.ok && called.ticket) process.stdout.write(`CALL ${called.ticket.id}\n`);
    }
  }
};
await Promise.all([worker(), worker(), worker(), worker()]);
