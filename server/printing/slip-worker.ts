// Worker thread: renders a slip and encodes it for ESC/POS, off the hub's event loop
// (node-thermal-printer packs the raster pixel by pixel in JavaScript, ~100 ms a slip).
import { parentPort } from 'node:worker_threads';
import { type EncodeOptions, encodeSlipEscPos } from './escpos.js';
import { buildSlipModel, type SlipInput } from './slip-model.js';
import { renderSlip } from './slip-render.js';

interface Request {
  id: number;
  input: SlipInput;
  options?: EncodeOptions;
}

parentPort?.on('message', async (req: Request) => {
  try {
    const bytes = await encodeSlipEscPos(renderSlip(buildSlipModel(req.input)), req.options);
    parentPort?.postMessage({ id: req.id, ok: true, bytes });
  } catch (error) {
    const code = (error as { code?: string }).code;
    parentPort?.postMessage({
      id: req.id,
      ok: false,
      code,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
