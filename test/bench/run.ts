// npm run bench [-- name …]: runs the benchmarks one after another and prints their figures.
// Figures go into docs/BENCHMARKS.md with the command that produced them.
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { benchSlip } from '../../server/printing/bench.js';
import { benchCluster } from './cluster.js';
import { benchConnections } from './connections.js';
import { benchCounter } from './counter.js';
import { benchDisplay } from './display.js';
import { benchEngine } from './engine.js';
import { benchFollowers } from './followers.js';
import { benchHub } from './hub.js';
import { benchKiosk } from './kiosk.js';
import { benchNotify } from './notify.js';
import { benchPhones } from './phones.js';
import { benchRestart } from './hub-restart.js';
import { benchProvince } from './province.js';
import { benchReports } from './reports.js';
import { benchStore } from './store.js';
import { benchWebhooks } from './webhooks.js';

type Bench = () => Promise<Record<string, number>>;

const BENCHES: Record<string, Bench> = {
  engine: benchEngine,
  phones: benchPhones,
  store: benchStore,
  hub: benchHub,
  // Restart alone (hub runs it too, after its scenarios); BENCH_BEFORE=<tree> adds that tree's.
  restart: () => benchRestart(join(import.meta.dirname, '..', '..'), process.env.BENCH_BEFORE),
  followers: benchFollowers,
  slip: async () => ({ ...(await benchSlip()) }),
  kiosk: benchKiosk,
  counter: benchCounter,
  display: benchDisplay,
  reports: benchReports,
  webhooks: benchWebhooks,
  notify: benchNotify,
  connections: benchConnections,
  province: benchProvince,
  cluster: benchCluster,
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !(w in BENCHES));
if (unknown.length > 0) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}
const names = wanted.length > 0 ? wanted : Object.keys(BENCHES);
console.log(
  `# Lượt benchmarks — ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} cores, load ${loadavg()[0].toFixed(2)}`,
);
for (const name of names) {
  const start = performance.now();
  const figures = await BENCHES[name]();
  console.log(`\n## ${name} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
  for (const [key, value] of Object.entries(figures)) console.log(`- ${key}: ${value}`);
}
