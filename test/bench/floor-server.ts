// The bare floor for the hub benchmark: Express + socket.io doing no queue work, speaking just
// enough of Lượt's protocol for the same client (issue over HTTP, call-next over the socket, a
// small queue:deltas to every display). Run in its own process, like the hub.
import { createServer } from 'node:http';
import express from 'express';
import { Server } from 'socket.io';

const app = express();
app.use(express.json());
let seq = 0;
app.post('/api/sites/demo/tickets', (_req, res) => {
  seq += 1;
  io.to('site').emit('queue:deltas', [{ name: 'ticket:issued', seq, at: Date.now(), ticketId: `t${seq}` }]);
  res.status(201).json({ ticket: { id: `t${seq}` }, statusToken: `token-${seq}`, ahead: 0 });
});
const http = createServer(app);
const io = new Server(http, { path: '/socket.io', serveClient: false });
io.on('connection', (socket) => {
  // Phone pages follow one ticket; every other client follows the site.
  if (!socket.handshake.auth.statusToken) void socket.join('site');
  socket.on('counter:call-next', (_payload: unknown, ack: (r: unknown) => void) => {
    seq += 1;
    const ticketId = `c${seq}`;
    io.to('site').emit('queue:deltas', [{ name: 'ticket:called', seq, at: Date.now(), ticketId }]);
    ack({ ok: true, data: { ticket: { id: ticketId } } });
  });
  socket.on('counter:finish', (_payload: unknown, ack: (r: unknown) => void) => ack({ ok: true, data: {} }));
});
http.listen(0, '127.0.0.1', () => {
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.send?.({
    type: 'ready',
    url: `http://127.0.0.1:${port}`,
    keys: { kiosk: 'floor', display: 'floor' },
    token: 'floor',
    counters: Array.from({ length: 30 }, (_, i) => `c${i + 1}`),
  });
});
process.on('message', (msg: { type: string }) => {
  if (msg.type === 'memory') {
    globalThis.gc?.();
    const m = process.memoryUsage();
    process.send?.({ type: 'memory', rss: m.rss, heapUsed: m.heapUsed, sockets: io.engine.clientsCount });
  }
  if (msg.type === 'stop') {
    io.close();
    process.exit(0);
  }
});
