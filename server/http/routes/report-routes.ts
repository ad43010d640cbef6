// Report routes (filled in by the report work).
import { Router } from 'express';
import type { RouteDeps } from '../route-deps.js';

export function reportRoutes(_deps: RouteDeps): Router {
  return Router();
}
