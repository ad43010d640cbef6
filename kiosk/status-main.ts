// The phone status page (/t/<statusToken>): follow a ticket and rate the service, no login.
import '../shared/ui/fonts.js';
import './status/status-app.js';
