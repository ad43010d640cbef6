// The counter's check-in screen (/counter/check-in): an officer checks in a booked citizen who
// came without the booking code.
import '../shared/ui/fonts.js';
import './components/check-in-app.js';
