// The booking page (/book, and a booking's own page /b/<manageToken>): no login.
import '../shared/ui/fonts.js';
import './booking/booking-app.js';
