// The rating tablet (/counter/rating?counter=N): faces the citizen at a counter.
import '../shared/ui/fonts.js';
import './components/rating-app.js';
