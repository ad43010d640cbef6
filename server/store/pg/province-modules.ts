// What only a hub on PostgreSQL uses, loaded on start by such a hub alone (with the pg driver).
export { PgBookingStore } from './pg-booking-store.js';
export { PgIntegrationStore } from './pg-integration-store.js';
export { provinceRoutes } from '../../province/province-routes.js';
