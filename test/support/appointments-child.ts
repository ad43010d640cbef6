// A child process for the appointments crash test: a real Lượt server (demo centre) on the given
// data directory. It prints "URL <base>" once listening; the parent books through HTTP and
// kills it with SIGKILL while bookings are in flight.
import { startTestServer } from './test-server.js';

const [dataDir] = process.argv.slice(2);
const server = await startTestServer({ dataDir, keepData: true });
process.stdout.write(`URL ${server.url}\n`);
