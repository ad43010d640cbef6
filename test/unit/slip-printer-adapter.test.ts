import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../shared/domain/model.js';
import { defaultSiteSettings } from '../../shared/protocol/defaults.js';
import type { IssuedSlip } from '../../server/services/ports.js';
import { slipInputFor } from '../../server/printing/slip-printer.js';
import { buildSlipModel, slipText } from '../../server/printing/slip-model.js';
import { sampleTicket, testSiteConfig } from '../support/fixtures.js';

function ticket(overrides: Partial<Ticket> = {}): Ticket {
  return sampleTicket({ issueIndex: 12, number: 12, displayNumber: 'A012', ...overrides });
}

function issued(overrides: Partial<Ticket> = {}): IssuedSlip {
  return {
    config: testSiteConfig(),
    settings: defaultSiteSettings(),
    ticket: ticket(overrides),
    ahead: 4,
    statusUrl: 'https://luot.example.gov.vn/s/tok',
    counterNumbers: [1, 2],
    kiosk: null,
  };
}

describe('slip input for an issued ticket', () => {
  it('takes names from the site configuration in Vietnamese', () => {
    const model = buildSlipModel(slipInputFor(issued()));
    expect(slipText(model, 'centre')).toBe('Trung tâm Phục vụ hành chính công phường Thử Nghiệm');
    expect(slipText(model, 'ward')).toBe('Phường Thử Nghiệm, Tỉnh Vĩnh Long');
    expect(slipText(model, 'field')).toBe('Hộ tịch');
    expect(slipText(model, 'procedure')).toBe('Đăng ký khai sinh');
    expect(slipText(model, 'counters')).toBe('Quầy phục vụ: Quầy 1, Quầy 2');
    expect(slipText(model, 'ahead')).toBe('Số người đang chờ trước Quý khách: 4');
    expect(slipText(model, 'time')).toBe('Thời gian in vé: 02/03/2026 08:00');
    expect(slipText(model, 'priority')).toBeUndefined();
  });

  it('uses the ticket language, falling back to Vietnamese names', () => {
    const model = buildSlipModel(slipInputFor(issued({ language: 'en' })));
    expect(slipText(model, 'field')).toBe('Civil status');
    expect(slipText(model, 'ward')).toBe('Phường Thử Nghiệm, Tỉnh Vĩnh Long');
    expect(slipText(model, 'counters')).toBe('Served at: Counter 1, Counter 2');
  });

  it('names the priority category', () => {
    const model = buildSlipModel(slipInputFor(issued({ priorityId: 'elderly' })));
    expect(slipText(model, 'priority')).toBe('Ưu tiên: Người cao tuổi');
  });
});
