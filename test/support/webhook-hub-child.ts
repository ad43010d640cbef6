// A child process for the webhook crash test: a whole Lượt hub (createApp) on a real data
// directory, with one webhook subscription to the parent's receiver. The parent kills it with
// SIGKILL mid-stream.
//   mode "run":   issue and call tickets until killed, printing "ACK <seq>" per command
//   mode "drain": run no commands (deliveries continue), print "READY <seq>", wait to be killed
import { createApp } from '../../server/app.js';
import { firstStart } from '../../server/bootstrap.js';
import { silentLogger } from '../../server/logger.js';
import { noPrinter } from '../../server/services/ports.js';
import { FileStore } from '../../server/store/file-store.js';

const [dataDir, receiverUrl, secret, mode] = process.argv.slice(2);
const store = await FileStore.open(dataDir);
await firstStart(store, { adminPassword: 'admin-password-for-tests', demo: true, clock: Date.now });
const app = await createApp({
  store,
  printer: noPrinter,
  clock: Date.now,
  logger: silentLogger,
  options: {
    integrations: {
      allowPrivate: true,
      timing: { retryBaseMs: 20, retryMaxMs: 200, timeoutMs: 2000, idleMs: 500 },
    },
  },
});
await app.listen(0, '127.0.0.1');
if ((await app.integrations.listWebhooks('demo')).length === 0) {
  await app.integrations.createWebhook(
    'demo',
    { url: receiverUrl, events: ['ticket.issued', 'ticket.called'], secret },
    Date.now(),
  );
}
const hub = app.hubs.get('demo');
if (!hub) throw new Error('no demo site');

if (mode === 'drain') {
  await hub.settled();
  process.stdout.write(`READY ${hub.state.seq}\n`);
} else {
  let n = 0;
  const worker = async () => {
    for (;;) {
      const i = n++;
      const issued = await hub.execute({
        type: 'ticket:issue',
        procedureId: 'p-khai-sinh',
        requestId: `crash-${process.pid}-${i}`,
      });
      if (issued.ok) process.stdout.write(`ACK ${hub.state.seq}\n`);
      if (i % 2 === 0) await hub.execute({ type: 'counter:call-next', counterId: 'c1' });
    }
  };
  await Promise.all([worker(), worker(), worker()]);
}
