// Modules that take long to load (spreadsheets, slip rendering) are loaded the first time they are
// used, so the port opens without them. One promise each: loaded once, shared by every caller.
import type ExcelJSModule from 'exceljs';
import type JSZipModule from 'jszip';

let excel: Promise<typeof ExcelJSModule> | null = null;

/** exceljs (≈ 1 s to load on a small machine), for the report and catalogue spreadsheets. */
export function loadExcel(): Promise<typeof ExcelJSModule> {
  excel ??= import('exceljs').then((m) => m.default);
  return excel;
}

let jszip: Promise<typeof JSZipModule> | null = null;

/** jszip (with pako, ≈ 100 ms to load), for a centre's voice clips as a zip. */
export function loadJsZip(): Promise<typeof JSZipModule> {
  jszip ??= import('jszip').then((m) => m.default);
  return jszip;
}

let slips: Promise<{
  renderSlip: typeof import('./printing/slip-render.js').renderSlip;
  encodeSlipEscPos: typeof import('./printing/escpos.js').encodeSlipEscPos;
}> | null = null;

/** Slip rendering and ESC/POS encoding (canvas, the thermal printer library) on this thread. */
export function loadSlipRendering() {
  slips ??= Promise.all([import('./printing/slip-render.js'), import('./printing/escpos.js')]).then(
    ([render, escpos]) => ({ renderSlip: render.renderSlip, encodeSlipEscPos: escpos.encodeSlipEscPos }),
  );
  return slips;
}
