import { describe, expect, it } from 'vitest';
import { PrintError } from '../../server/printing/errors.js';
import { SLIP_LABELS } from '../../server/printing/slip-labels.js';
import {
  DEFAULT_SLIP_LAYOUT,
  resolveSlipLayout,
  type SlipSections,
} from '../../server/printing/slip-layout.js';
import {
  buildSlipModel,
  type SlipInput,
  type SlipTextRole,
  slipText,
} from '../../server/printing/slip-model.js';

const input: SlipInput = {
  centreName: 'Trung tâm Phục vụ hành chính công phường Hà Giang 1',
  ward: 'Phường Hà Giang 1',
  province: 'Tỉnh Tuyên Quang',
  displayNumber: 'A012',
  fieldName: 'Hộ tịch',
  procedureName: 'Đăng ký khai sinh',
  counters: ['Quầy 3', 'Quầy 4'],
  ahead: 7,
  issuedAt: Date.parse('2026-03-02T16:59:59Z'),
  timeZone: 'Asia/Ho_Chi_Minh',
  statusUrl: 'https://luot.example.gov.vn/s/abc',
  language: 'vi',
  priorityLabel: 'Ưu tiên: Người cao tuổi',
  layout: DEFAULT_SLIP_LAYOUT,
};

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof PrintError ? error.code : 'not a PrintError';
  }
  return undefined;
}

describe('slip model', () => {
  it('runs far from the site zone, so a process-TZ bug shows', () => {
    expect(new Date(input.issuedAt).getHours()).not.toBe(23);
  });

  it('prints the Vietnamese labels, number, names and counters', () => {
    const model = buildSlipModel(input);
    expect(slipText(model, 'title')).toBe('SỐ THỨ TỰ');
    expect(slipText(model, 'number')).toBe('A012');
    expect(slipText(model, 'centre')).toBe(input.centreName);
    expect(slipText(model, 'ward')).toBe('Phường Hà Giang 1, Tỉnh Tuyên Quang');
    expect(slipText(model, 'field')).toBe('Hộ tịch');
    expect(slipText(model, 'procedure')).toBe('Đăng ký khai sinh');
    expect(slipText(model, 'counters')).toBe('Quầy phục vụ: Quầy 3, Quầy 4');
    expect(slipText(model, 'ahead')).toBe('Số người đang chờ trước Quý khách: 7');
    expect(slipText(model, 'priority')).toBe('Ưu tiên: Người cao tuổi');
    expect(slipText(model, 'footer')).toBe('Cảm ơn Quý khách! Quét mã QR để theo dõi lượt');
    expect(model.items).toContainEqual({ kind: 'qr', data: input.statusUrl });
    expect(model.widthPx).toBe(576);
  });

  it('prints the issue time in the site zone, dd/mm/yyyy HH:mm', () => {
    expect(slipText(buildSlipModel(input), 'time')).toBe('Thời gian in vé: 02/03/2026 23:59');
    const nextSecond = buildSlipModel({ ...input, issuedAt: Date.parse('2026-03-02T17:00:00Z') });
    expect(slipText(nextSecond, 'time')).toBe('Thời gian in vé: 03/03/2026 00:00');
    const utc = buildSlipModel({ ...input, timeZone: 'UTC' });
    expect(slipText(utc, 'time')).toBe('Thời gian in vé: 02/03/2026 16:59');
  });

  it('prints the number of people ahead as given', () => {
    for (const ahead of [0, 1, 42, 1234]) {
      expect(slipText(buildSlipModel({ ...input, ahead }), 'ahead')).toBe(
        `Số người đang chờ trước Quý khách: ${ahead}`,
      );
    }
  });

  it('uses English and Khmer labels', () => {
    const en = buildSlipModel({ ...input, language: 'en' });
    expect(slipText(en, 'title')).toBe('QUEUE NUMBER');
    expect(slipText(en, 'ahead')).toBe('People waiting ahead of you: 7');
    expect(slipText(en, 'time')).toBe('Issued at: 02/03/2026 23:59');
    const km = buildSlipModel({ ...input, language: 'km' });
    expect(slipText(km, 'title')).toBe(SLIP_LABELS.km.title);
    expect(slipText(km, 'ahead')).toBe(SLIP_LABELS.km.ahead(7));
    expect(slipText(km, 'footer')).toBe(SLIP_LABELS.km.footer);
    expect(SLIP_LABELS.km.title).toMatch(/\p{Script=Khmer}/u);
  });

  it('drops each section its layout switch turns off, and only that one', () => {
    const roles: Array<[keyof SlipSections, SlipTextRole | 'qr']> = [
      ['centre', 'centre'],
      ['ward', 'ward'],
      ['field', 'field'],
      ['procedure', 'procedure'],
      ['counters', 'counters'],
      ['ahead', 'ahead'],
      ['time', 'time'],
      ['qr', 'qr'],
      ['footer', 'footer'],
      ['priority', 'priority'],
    ];
    const present = (model: ReturnType<typeof buildSlipModel>, role: SlipTextRole | 'qr'): boolean =>
      role === 'qr' ? model.items.some((i) => i.kind === 'qr') : slipText(model, role) !== undefined;
    for (const [section, role] of roles) {
      const model = buildSlipModel({ ...input, layout: resolveSlipLayout({ show: { [section]: false } }) });
      expect(present(model, role), section).toBe(false);
      for (const [, other] of roles)
        if (other !== role) expect(present(model, other), `${section} → ${other}`).toBe(true);
      expect(slipText(model, 'number')).toBe('A012');
    }
  });

  it('takes header and footer text from the layout, and 58 mm paper', () => {
    const layout = resolveSlipLayout({
      paperWidth: 58,
      headerText: 'UBND TỈNH TUYÊN QUANG',
      footerText: 'Xin cảm ơn',
    });
    const model = buildSlipModel({ ...input, layout });
    expect(slipText(model, 'header')).toBe('UBND TỈNH TUYÊN QUANG');
    expect(slipText(model, 'footer')).toBe('Xin cảm ơn');
    expect(model.widthPx).toBe(384);
    const blank = buildSlipModel({
      ...input,
      layout: resolveSlipLayout({ headerText: ' ', footerText: '' }),
    });
    expect(slipText(blank, 'header')).toBeUndefined();
    expect(slipText(blank, 'footer')).toBe(SLIP_LABELS.vi.footer);
  });

  it('leaves out what is missing: no procedure, no counters, no priority, no status URL', () => {
    const model = buildSlipModel({
      ...input,
      procedureName: undefined,
      counters: [],
      priorityLabel: undefined,
      statusUrl: '',
    });
    expect(slipText(model, 'procedure')).toBeUndefined();
    expect(slipText(model, 'counters')).toBeUndefined();
    expect(slipText(model, 'priority')).toBeUndefined();
    expect(model.items.some((i) => i.kind === 'qr')).toBe(false);
  });

  it('prints the default priority word for an empty priority label', () => {
    expect(slipText(buildSlipModel({ ...input, priorityLabel: '' }), 'priority')).toBe('ƯU TIÊN');
    expect(slipText(buildSlipModel({ ...input, language: 'en', priorityLabel: '' }), 'priority')).toBe(
      'PRIORITY',
    );
  });

  it('normalizes text to NFC and tidies whitespace', () => {
    const model = buildSlipModel({
      ...input,
      procedureName: '  Đăng ký\n khai   sinh '.normalize('NFD'),
      fieldName: 'Hộ tịch'.normalize('NFD'),
    });
    expect(slipText(model, 'procedure')).toBe('Đăng ký khai sinh');
    expect(slipText(model, 'field')).toBe('Hộ tịch');
    expect(slipText(model, 'field')?.length).toBe(7);
    for (const item of model.items)
      if (item.kind === 'text') expect(item.text).toBe(item.text.normalize('NFC'));
  });

  it('rejects bad input with invalid_slip_input', () => {
    expect(codeOf(() => buildSlipModel({ ...input, ahead: -1 }))).toBe('invalid_slip_input');
    expect(codeOf(() => buildSlipModel({ ...input, ahead: 1.5 }))).toBe('invalid_slip_input');
    expect(codeOf(() => buildSlipModel({ ...input, timeZone: 'Mars/Olympus' }))).toBe('invalid_slip_input');
    expect(codeOf(() => buildSlipModel({ ...input, displayNumber: '  ' }))).toBe('invalid_slip_input');
    expect(codeOf(() => buildSlipModel({ ...input, issuedAt: Number.NaN }))).toBe('invalid_slip_input');
    expect(codeOf(() => buildSlipModel(input))).toBeUndefined();
  });
});
