import { describe, expect, it } from 'vitest';
import { normalizeSearch, SearchIndex } from '../../kiosk/search.js';
import { catalogueView } from '../../server/hub/views.js';
import { demoSiteConfig } from '../../server/seed/index.js';
import { defaultSiteSettings } from '../../shared/protocol/defaults.js';

const catalogue = catalogueView(demoSiteConfig(), defaultSiteSettings());
const index = new SearchIndex(catalogue);
const first = (q: string) => index.search(q)[0]?.procedure;

describe('normalizeSearch', () => {
  it.each([
    ['Đăng ký kết hôn', 'dang ky ket hon'],
    ['ĐĂNG KÝ KẾT HÔN', 'dang ky ket hon'],
    ['đ Đ', 'd d'],
    ['Chứng thực bản sao', 'chung thuc ban sao'],
    ['  nhiều   khoảng   trắng ', 'nhieu khoang trang'],
    ['ơ ư ă â ê ô', 'o u a a e o'],
    ['1.001193.000.00.00.H59', '1.001193.000.00.00.h59'],
    ['Hộ tịch, chứng thực', 'ho tich chung thuc'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeSearch(input)).toBe(expected);
  });

  it('treats decomposed (NFD) and composed (NFC) input the same', () => {
    const nfc = 'Đăng ký khai sinh'.normalize('NFC');
    const nfd = 'Đăng ký khai sinh'.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(normalizeSearch(nfd)).toBe(normalizeSearch(nfc));
  });
});

describe('SearchIndex on the demo catalogue', () => {
  it('finds a procedure typed without diacritics', () => {
    expect(first('dang ky ket hon')?.name.vi).toBe('Đăng ký kết hôn');
    expect(first('DANG KY KHAI SINH')?.name.vi).toBe('Đăng ký khai sinh');
  });

  it('finds a procedure typed with diacritics and in any case', () => {
    expect(first('ĐĂNG KÝ KẾT HÔN')?.id).toBe('p-ket-hon');
  });

  it('finds a procedure by its code, with or without the agency suffix', () => {
    expect(first('1.001193')?.id).toBe('p-khai-sinh');
    expect(first('1.000894.000.00.00.H59')?.id).toBe('p-ket-hon');
  });

  it('needs every word, in any order', () => {
    const hits = index.search('ket hon lai');
    expect(hits.map((h) => h.procedure.id)).toEqual(['p-dang-ky-lai-ket-hon']);
    expect(index.search('ket hon xyzzy')).toEqual([]);
  });

  it('searches English names too', () => {
    expect(first('birth registration')?.id).toBe('p-khai-sinh');
  });

  it('ranks a name that starts with the query first', () => {
    const ids = index.search('dang ky ket hon').map((h) => h.procedure.id);
    expect(ids[0]).toBe('p-ket-hon');
    expect(ids).toContain('p-ket-hon-yeu-to-nuoc-ngoai');
  });

  it('returns nothing for an empty query and honours the limit', () => {
    expect(index.search('   ')).toEqual([]);
    expect(index.search('dang', 3)).toHaveLength(3);
  });
});

describe('ranking, joined words, keywords and everyday synonyms', () => {
  it('puts the procedure the query names first ("khai sinh" → Đăng ký khai sinh)', () => {
    expect(first('khai sinh')?.id).toBe('p-khai-sinh');
    expect(first('Khai Sinh')?.id).toBe('p-khai-sinh');
    expect(first('ket hon')?.id).toBe('p-ket-hon');
  });

  it('finds words typed joined', () => {
    expect(first('khaisinh')?.id).toBe('p-khai-sinh');
    expect(first('dang ky khaisinh')?.id).toBe('p-khai-sinh');
  });

  it('finds the chứng thực procedures for "công chứng", and the marital-status certificate for "độc thân"', () => {
    const hits = index.search('công chứng').map((h) => h.procedure.name.vi);
    expect(hits.length).toBeGreaterThan(2);
    expect(hits.slice(0, 3).every((n) => n.includes('hứng thực'))).toBe(true);
    expect(first('độc thân')?.name.vi).toBe('Cấp Giấy xác nhận tình trạng hôn nhân');
    expect(first('xin giay doc than')).toBeUndefined();
  });

  it('uses the keywords the centre gave a procedure', () => {
    const withKeywords = structuredClone(catalogue);
    const field = withKeywords.fields.find((f) => f.procedures.some((p) => p.id === 'p-ket-hon'));
    const procedure = field?.procedures.find((p) => p.id === 'p-ket-hon');
    if (!procedure) throw new Error('demo catalogue changed');
    procedure.keywords = ['Thành hôn'];
    const own = new SearchIndex(withKeywords);
    expect(own.search('thanh hon')[0]?.procedure.id).toBe('p-ket-hon');
    expect(index.search('thanh hon')).toEqual([]);
  });
});
