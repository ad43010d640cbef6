// The wall display: hall board (/display/), zone board (?zone=A), counter board (?counter=3).
import '../shared/ui/fonts.js';
import { initialLocale, setLocale } from '../shared/ui/locale.js';
import './components/display-app.js';

setLocale(initialLocale('luot.display.locale'));
