// The booking API (docs/API.md, "Appointments and remote tickets"):
//   GET    /api/sites/:siteId/appointments/catalogue            public: what may be booked
//   GET    /api/sites/:siteId/appointments/slots?procedureId&date public: [{start, capacity, left}]
//   POST   /api/sites/:siteId/appointments                      public: book → 201 {code, manageToken, start, procedureId}
//   GET    /api/appointments/:manageToken                       public: view
//   PATCH  /api/appointments/:manageToken {start}               public: move to another slot
//   DELETE /api/appointments/:manageToken                       public: cancel
//   POST   /api/sites/:siteId/appointments/:code/check-in       kiosk, staff: → 201 like issuing a ticket
//   POST   /api/sites/:siteId/remote-tickets                    public: a remote ticket → 201 like issuing
//   GET    /api/sites/:siteId/appointments/today                managers: today's slots (monitor)
//   GET    /api/sites/:siteId/appointments/search?q=            staff, managers: today's bookings by name, phone, code
//   GET    /api/sites/:siteId/appointments/report?from&to       managers: the appointments report
// The public routes are rate-limited by the app; writes by a stricter limiter given here.
import { type Request, type RequestHandler, type Response, Router } from 'express';
import { z } from 'zod';
import {
  BOOKING_CODE,
  bookBody,
  moveBookingBody,
  remoteTicketBody,
  slotsQuery,
} from '../../shared/protocol/appointment-schemas.js';
import { emptyBody } from '../../shared/protocol/api-schemas.js';
import { parseInput, param } from '../http/validate.js';
import type { ReportService } from '../reports/report-service.js';
import { notFound } from '../services/service-error.js';
import type { Appointments } from './appointments.js';
import {
  book,
  bookingCatalogue,
  cancelBooking,
  freeSlots,
  moveBooking,
  viewBooking,
} from './booking-service.js';
import { checkIn, takeRemote } from './check-in.js';
import { appointmentReport, todaySlots } from './figures.js';
import { searchBookings } from './search.js';
import { tokenParam } from '../services/status-token.js';

const searchQuery = z.strictObject({ q: z.string().max(200) });
const reportQuery = z.strictObject({
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

const token = tokenParam;

export function appointmentRoutes(
  appts: Appointments,
  reports: ReportService,
  writeLimiter: RequestHandler,
): Router {
  const router = Router();
  const site = (req: Request) => param(req.params.siteId, 'trung tâm');
  const { queue } = appts.deps;

  router.get('/api/sites/:siteId/appointments/catalogue', (req: Request, res: Response) => {
    res.json(bookingCatalogue(appts, site(req)));
  });

  router.get('/api/sites/:siteId/appointments/slots', async (req: Request, res: Response) => {
    const siteId = site(req);
    const q = parseInput(slotsQuery, { ...req.query });
    res.json(await freeSlots(appts, siteId, q.procedureId, q.date));
  });

  router.post('/api/sites/:siteId/appointments', writeLimiter, async (req: Request, res: Response) => {
    const siteId = site(req);
    res.status(201).json(await book(appts, siteId, parseInput(bookBody, req.body)));
  });

  router.get('/api/appointments/:manageToken', async (req: Request, res: Response) => {
    res.json(await viewBooking(appts, token(req.params.manageToken, 'lịch hẹn')));
  });

  router.patch('/api/appointments/:manageToken', writeLimiter, async (req: Request, res: Response) => {
    const body = parseInput(moveBookingBody, req.body);
    res.json(await moveBooking(appts, token(req.params.manageToken, 'lịch hẹn'), body.start));
  });

  router.delete('/api/appointments/:manageToken', writeLimiter, async (req: Request, res: Response) => {
    res.json(await cancelBooking(appts, token(req.params.manageToken, 'lịch hẹn')));
  });

  router.post('/api/sites/:siteId/appointments/:code/check-in', async (req: Request, res: Response) => {
    const siteId = site(req);
    parseInput(emptyBody, req.body);
    const code = param(req.params.code, 'lịch hẹn').toUpperCase();
    if (!BOOKING_CODE.test(code)) {
      queue.check(req.principal, 'appointment:check-in', siteId);
      throw notFound('lịch hẹn');
    }
    res.status(201).json(await checkIn(appts, req.principal, siteId, code));
  });

  router.post('/api/sites/:siteId/remote-tickets', writeLimiter, async (req: Request, res: Response) => {
    const siteId = site(req);
    res.status(201).json(await takeRemote(appts, siteId, parseInput(remoteTicketBody, req.body)));
  });

  router.get('/api/sites/:siteId/appointments/today', async (req: Request, res: Response) => {
    const siteId = site(req);
    queue.check(req.principal, 'monitor:read', siteId);
    res.json(await todaySlots(appts, siteId));
  });

  router.get('/api/sites/:siteId/appointments/search', async (req: Request, res: Response) => {
    const siteId = site(req);
    queue.check(req.principal, 'appointment:lookup', siteId);
    const q = parseInput(searchQuery, { ...req.query });
    res.setHeader('cache-control', 'no-store');
    res.json(await searchBookings(appts, req.principal, siteId, q.q));
  });

  router.get('/api/sites/:siteId/appointments/report', async (req: Request, res: Response) => {
    const siteId = site(req);
    queue.check(req.principal, 'reports:read', siteId);
    const q = parseInput(reportQuery, { ...req.query });
    res.json(await appointmentReport(appts, reports, siteId, q.from, q.to));
  });

  return router;
}
