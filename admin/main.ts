import '../shared/ui/fonts.js';
import './app.js';
