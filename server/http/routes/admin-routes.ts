// Admin routes (filled in by the admin work).
import { Router } from 'express';
import type { RouteDeps } from '../route-deps.js';

export function adminRoutes(_deps: RouteDeps): Router {
  return Router();
}
