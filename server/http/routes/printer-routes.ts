// Printer routes (filled in by the printer work).
import { Router } from 'express';
import type { RouteDeps } from '../route-deps.js';

export function printerRoutes(_deps: RouteDeps): Router {
  return Router();
}
