// Render and encode timings for one typical 80 mm slip. Prints nothing; `npm run bench` reports it.

import { encodeSlipEscPos } from './escpos.js';
import { buildSlipModel, type SlipInput } from './slip-model.js';
import { renderSlip } from './slip-render.js';

export const BENCH_SLIP: SlipInput = {
  centreName: 'Trung tâm Phục vụ hành chính công phường Hà Giang 1',
  ward: 'Phường Hà Giang 1',
  province: 'Tỉnh Tuyên Quang',
  displayNumber: 'A012',
  fieldName: 'Hộ tịch',
  procedureName:
    'Đăng ký khai sinh kết hợp đăng ký thường trú và cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
  counters: ['Quầy 3', 'Quầy 4'],
  ahead: 7,
  issuedAt: Date.UTC(2026, 2, 2, 2, 15),
  timeZone: 'Asia/Ho_Chi_Minh',
  statusUrl: 'https://luot.example.gov.vn/s/HG1-20260302-A012',
  language: 'vi',
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

export async function benchSlip(
  runs = 30,
): Promise<{ renderMsP50: number; encodeMsP50: number; bytes: number }> {
  const renderMs: number[] = [];
  const encodeMs: number[] = [];
  let bytes = 0;
  // One warm-up run: font registration and JIT are not what a kiosk waits for on each ticket.
  await encodeSlipEscPos(renderSlip(buildSlipModel(BENCH_SLIP)));
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    const slip = renderSlip(buildSlipModel({ ...BENCH_SLIP, ahead: i }));
    const t1 = performance.now();
    const encoded = await encodeSlipEscPos(slip);
    const t2 = performance.now();
    renderMs.push(t1 - t0);
    encodeMs.push(t2 - t1);
    bytes = encoded.length;
  }
  return { renderMsP50: round(median(renderMs)), encodeMsP50: round(median(encodeMs)), bytes };
}
