// The counter terminal (/counter): an officer's PC at a counter, or a counter device (?key=).
import '../shared/ui/fonts.js';
import './components/counter-app.js';
