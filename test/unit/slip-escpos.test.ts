import { describe, expect, it } from 'vitest';
import { encodeSlipEscPos, MAX_BAND_ROWS } from '../../server/printing/escpos.js';
import { differentPixels } from '../../server/printing/slip-bitmap.js';
import { buildSlipModel, type SlipInput } from '../../server/printing/slip-model.js';
import { renderSlipImage } from '../../server/printing/slip-render.js';
import { resolveSlipLayout } from '../../server/printing/slip-layout.js';
import { decodeEscPos } from '../support/escpos-decode.js';

const input: SlipInput = {
  centreName: 'Trung tâm Phục vụ hành chính công phường 1',
  ward: 'Phường 1',
  province: 'Tỉnh Vĩnh Long',
  displayNumber: '1001',
  fieldName: 'Chứng thực',
  procedureName: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền cấp',
  counters: ['Quầy 1'],
  ahead: 0,
  issuedAt: Date.parse('2026-07-01T01:00:00Z'),
  timeZone: 'Asia/Ho_Chi_Minh',
  statusUrl: 'https://luot.example.gov.vn/s/P1-1001',
  language: 'vi',
};

describe('ESC/POS encoding', () => {
  it('sends the slip as raster bands of at most 256 rows that stack back into the picture, then one cut', async () => {
    const slip = renderSlipImage(buildSlipModel(input));
    expect(slip.height).toBeGreaterThan(MAX_BAND_ROWS);
    const bytes = await encodeSlipEscPos(slip);
    expect([...bytes.subarray(0, 2)]).toEqual([0x1b, 0x40]);
    const decoded = decodeEscPos(bytes);
    expect(decoded.bands.length).toBe(Math.ceil(slip.height / MAX_BAND_ROWS));
    for (const band of decoded.bands) expect(band.height).toBeLessThanOrEqual(MAX_BAND_ROWS);
    expect(decoded.images.length).toBe(1);
    expect(decoded.images[0].width).toBe(576);
    expect(decoded.images[0].height).toBe(slip.height);
    expect(differentPixels(decoded.images[0], slip.bitmap)).toBe(0);
    expect(decoded.cuts).toBe(1);
    expect(decoded.unknown).toEqual([]);
    expect(decoded.lines).toEqual([]);
  });

  it('honours a smaller band height and 58 mm paper', async () => {
    const slip = renderSlipImage(buildSlipModel({ ...input, layout: resolveSlipLayout({ paperWidth: 58 }) }));
    const decoded = decodeEscPos(await encodeSlipEscPos(slip, { maxBandRows: 100 }));
    expect(decoded.bands.length).toBe(Math.ceil(slip.height / 100));
    expect(decoded.images.length).toBe(1);
    expect(decoded.images[0].width).toBe(384);
    expect(differentPixels(decoded.images[0], slip.bitmap)).toBe(0);
  });

  it('builds each job from scratch (no bytes left over from an earlier slip)', async () => {
    const slip = renderSlipImage(buildSlipModel(input));
    const first = await encodeSlipEscPos(slip);
    const second = await encodeSlipEscPos(slip);
    expect(second.equals(first)).toBe(true);
    expect(decodeEscPos(second).cuts).toBe(1);
  });
});
