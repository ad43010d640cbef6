// Slip bytes from a slip input, made in a worker thread so a print never stalls the hub (calls
// reach the wall displays while a slip is being rasterised). Falls back to this thread when a
// worker cannot start.
import { Worker } from 'node:worker_threads';
import { PrintError, type PrintErrorCode } from './errors.js';
import { loadSlipRendering } from '../heavy-modules.js';
import type { EncodeOptions } from './escpos.js';
import { buildSlipModel, type SlipInput } from './slip-model.js';

type Reply =
  | { id: number; ok: true; bytes: Uint8Array }
  | { id: number; ok: false; code?: string; message: string };

/** A slip made on this thread (no worker). */
async function here(input: SlipInput, options?: EncodeOptions): Promise<Buffer> {
  const { renderSlip, encodeSlipEscPos } = await loadSlipRendering();
  return encodeSlipEscPos(renderSlip(buildSlipModel(input)), options);
}

export class SlipEncoder {
  private worker: Worker | null = null;
  private failed = false;
  private next = 0;
  private readonly pending = new Map<
    number,
    { input: SlipInput; options?: EncodeOptions; resolve: (b: Buffer) => void; reject: (e: Error) => void }
  >();

  async encode(input: SlipInput, options?: EncodeOptions): Promise<Buffer> {
    const worker = this.start();
    if (!worker) return here(input, options);
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { input, options, resolve, reject });
      worker.postMessage({ id, input, options });
    });
  }

  private start(): Worker | null {
    if (this.worker || this.failed) return this.worker;
    try {
      const worker = new Worker(new URL('./slip-worker-boot.mjs', import.meta.url), { execArgv: [] });
      worker.unref();
      worker.on('message', (reply: Reply) => {
        const waiting = this.pending.get(reply.id);
        if (!waiting) return;
        this.pending.delete(reply.id);
        if (reply.ok) waiting.resolve(Buffer.from(reply.bytes));
        else
          waiting.reject(
            new PrintError((reply.code as PrintErrorCode) ?? 'slip_render_failed', reply.message),
          );
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`slip worker exited with ${code}`));
        this.worker = null;
      });
      this.worker = worker;
      return worker;
    } catch {
      this.failed = true;
      return null;
    }
  }

  /** The worker broke: slips waiting for it, and all later ones, are made in this thread. */
  private fail(_error: Error): void {
    this.failed = true;
    this.worker = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const w of waiting) here(w.input, w.options).then(w.resolve, w.reject);
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.failed = true;
    worker?.removeAllListeners();
    await worker?.terminate();
  }
}
