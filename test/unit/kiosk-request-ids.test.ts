import { describe, expect, it } from 'vitest';
import { newRequestId, RequestIds } from '../../kiosk/request-ids.js';
import { requestIdSchema } from '../../shared/protocol/api-schemas.js';

describe('kiosk request ids', () => {
  it('are valid for the API and different every time', () => {
    const ids = new Set(Array.from({ length: 100 }, newRequestId));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(requestIdSchema.safeParse(id).success).toBe(true);
  });

  it('reuses the id for a retry or second tap of the same intent', () => {
    let n = 0;
    const ids = new RequestIds(() => `request-${++n}`);
    expect(ids.for('p-khai-sinh|')).toBe('request-1');
    expect(ids.for('p-khai-sinh|')).toBe('request-1');
  });

  it('takes a new id once the intent succeeded, or when the citizen changes it', () => {
    let n = 0;
    const ids = new RequestIds(() => `request-${++n}`);
    expect(ids.for('p-khai-sinh|')).toBe('request-1');
    ids.settle();
    expect(ids.for('p-khai-sinh|')).toBe('request-2');
    expect(ids.for('p-khai-sinh|cao-tuoi')).toBe('request-3');
    expect(ids.for('p-ket-hon|')).toBe('request-4');
  });
});
