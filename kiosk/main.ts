// The kiosk app (/kiosk/?key=ldk_…): take a numbered ticket by field and procedure.
import '../shared/ui/fonts.js';
import './components/kiosk-app.js';
