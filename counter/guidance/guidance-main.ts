import '../../shared/ui/fonts.js';
import './guidance-app.js';
