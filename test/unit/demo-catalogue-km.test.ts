// The demo catalogue in Khmer: every field, procedure name, fee and document a kiosk in km shows
// has a Khmer text, in Khmer script, NFC, with no Vietnamese letter; and the Khmer tables hold no
// entry the catalogue no longer uses.
import { describe, expect, it } from 'vitest';
import type { LocalizedText } from '../../shared/domain/model.js';
import { DEMO_FIELDS, DEMO_PROCEDURES } from '../../server/seed/demo-catalogue.js';
import { KM_DOCUMENTS, KM_FEES, KM_PROCEDURE_NAMES } from '../../server/seed/demo-catalogue-km.js';
import { vietnameseIn } from '../support/vietnamese-letters.js';

const KHMER = /[\u1780-\u17FF]/u;

function problemsOf(what: string, text: LocalizedText): string[] {
  const km = text.km;
  if (!km) return [`${what}: no Khmer for "${text.vi}"`];
  const problems: string[] = [];
  if (!KHMER.test(km)) problems.push(`${what}: "${km}" is not Khmer`);
  if (km.normalize('NFC') !== km) problems.push(`${what}: not NFC`);
  for (const v of vietnameseIn(km)) problems.push(`${what}: Vietnamese in "${v}"`);
  return problems;
}

describe('demo catalogue in Khmer', () => {
  it('has Khmer for every field, procedure name, fee and document', () => {
    const problems: string[] = [];
    for (const f of DEMO_FIELDS) problems.push(...problemsOf(f.id, f.name));
    for (const p of DEMO_PROCEDURES) {
      problems.push(...problemsOf(p.id, p.name));
      if (p.fee) problems.push(...problemsOf(`${p.id} fee`, p.fee));
      (p.documents ?? []).forEach((d, i) => {
        problems.push(...problemsOf(`${p.id} document ${i + 1}`, d));
      });
    }
    expect(problems).toEqual([]);
  });

  it('keeps no Khmer entry the catalogue does not use', () => {
    const ids = new Set(DEMO_PROCEDURES.map((p) => p.id));
    const docs = new Set(DEMO_PROCEDURES.flatMap((p) => (p.documents ?? []).map((d) => d.vi)));
    const fees = new Set(DEMO_PROCEDURES.map((p) => p.fee?.vi));
    const stale = [
      ...Object.keys(KM_PROCEDURE_NAMES).filter((id) => !ids.has(id)),
      ...Object.keys(KM_DOCUMENTS).filter((vi) => !docs.has(vi)),
      ...Object.keys(KM_FEES).filter((vi) => !fees.has(vi)),
    ];
    expect(stale).toEqual([]);
  });
});
