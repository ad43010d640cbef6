export * from './api-schemas.js';
export * from './config-schemas.js';
export * from './defaults.js';
export * from './errors.js';
export * from './socket-events.js';
export * from './views.js';
