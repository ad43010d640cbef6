import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

// One multi-page build: each app is an index.html of its own; the server serves dist/<app>.
export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        kiosk: resolve(root, 'kiosk/index.html'),
        status: resolve(root, 'kiosk/status.html'),
        booking: resolve(root, 'kiosk/booking.html'),
        display: resolve(root, 'display/index.html'),
        counter: resolve(root, 'counter/index.html'),
        rating: resolve(root, 'counter/rating.html'),
        guidance: resolve(root, 'counter/guidance.html'),
        checkIn: resolve(root, 'counter/check-in.html'),
        admin: resolve(root, 'admin/index.html'),
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/health': 'http://localhost:3000',
      '/clips': 'http://localhost:3000',
      '/socket.io': { target: 'ws://localhost:3000', ws: true },
    },
  },
});
