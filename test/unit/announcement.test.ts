import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDigitsVi, readNumberEn, readNumberVi } from '../../shared/i18n/numbers.js';
import { type AnnouncementInput, buildAnnouncement } from '../../shared/voice/announcement.js';
import { type ClipPackManifest, parseClipPackManifest, phraseTableOf } from '../../shared/voice/clip-pack.js';
import { vocabulary } from '../../shared/voice/vocabulary.js';

const root = resolve(import.meta.dirname, '../..');

function shippedManifest(locale: 'vi' | 'en'): ClipPackManifest {
  const path = resolve(root, 'server/assets/clips', locale, 'manifest.json');
  return parseClipPackManifest(JSON.parse(readFileSync(path, 'utf8')));
}

const A012_AT_3: AnnouncementInput = {
  displayNumber: 'A012',
  prefix: 'A',
  number: 12,
  counterNumber: 3,
  language: 'vi',
  numberMode: 'words',
};
const N1021_AT_15: AnnouncementInput = {
  displayNumber: '1021',
  prefix: '',
  number: 1021,
  counterNumber: 15,
  language: 'vi',
  numberMode: 'words',
};

describe('buildAnnouncement (Vietnamese)', () => {
  it('announces A012 at counter 3 with the default template', () => {
    const call = buildAnnouncement(A012_AT_3);
    expect(call.text).toBe('Mời công dân có số thứ tự a mười hai đến quầy số ba');
    expect(call.clips).toEqual([
      'chime',
      'phrase_moi_cong_dan_co_so_thu_tu',
      'letter_a',
      'num_10',
      'num_2',
      'phrase_den_quay_so',
      'num_3',
    ]);
    expect(call.missing).toEqual([]);
    expect(call.text).toBe(call.text.normalize('NFC'));
  });

  it('reads A012 digit by digit, leading zero included', () => {
    const call = buildAnnouncement({ ...A012_AT_3, numberMode: 'digits' });
    expect(call.text).toBe('Mời công dân có số thứ tự a không một hai đến quầy số ba');
    expect(call.clips).toEqual([
      'chime',
      'phrase_moi_cong_dan_co_so_thu_tu',
      'letter_a',
      'num_0',
      'num_1',
      'num_2',
      'phrase_den_quay_so',
      'num_3',
    ]);
  });

  it('announces 1021 at counter 15', () => {
    const call = buildAnnouncement(N1021_AT_15);
    expect(call.text).toBe(
      'Mời công dân có số thứ tự một nghìn không trăm hai mươi mốt đến quầy số mười lăm',
    );
    expect(call.clips).toEqual([
      'chime',
      'phrase_moi_cong_dan_co_so_thu_tu',
      'num_1',
      'word_nghin',
      'num_0',
      'word_tram',
      'num_2',
      'word_muoi',
      'word_mot',
      'phrase_den_quay_so',
      'num_10',
      'word_lam',
    ]);
    expect(call.missing).toEqual([]);
  });

  it('reads 1021 digit by digit', () => {
    const call = buildAnnouncement({ ...N1021_AT_15, numberMode: 'digits' });
    expect(call.text).toBe(`Mời công dân có số thứ tự ${readDigitsVi('1021')} đến quầy số mười lăm`);
    expect(call.clips.slice(2, 6)).toEqual(['num_1', 'num_0', 'num_2', 'num_1']);
  });

  it('spells every letter of a prefix, Vietnamese letters included', () => {
    const call = buildAnnouncement({ ...A012_AT_3, displayNumber: 'ĐB7', prefix: 'ĐB', number: 7 });
    expect(call.text).toBe('Mời công dân có số thứ tự đê bê bảy đến quầy số ba');
    expect(call.clips.slice(2, 5)).toEqual(['letter_dd', 'letter_b', 'num_7']);
  });

  it('can leave out the chime', () => {
    expect(buildAnnouncement({ ...A012_AT_3, chime: false }).clips[0]).toBe(
      'phrase_moi_cong_dan_co_so_thu_tu',
    );
  });
});

describe('buildAnnouncement (English)', () => {
  it('announces A012 at counter 3', () => {
    const call = buildAnnouncement({ ...A012_AT_3, language: 'en' });
    expect(call.text).toBe('Ticket number A, twelve, please go to counter three');
    expect(call.clips).toEqual([
      'chime',
      'phrase_ticket_number',
      'letter_a',
      'num_12',
      'phrase_please_go_to_counter',
      'num_3',
    ]);
    expect(call.missing).toEqual([]);
  });

  it('announces 1021 at counter 15, splitting twenty-one into two clips', () => {
    const call = buildAnnouncement({ ...N1021_AT_15, language: 'en' });
    expect(call.text).toBe('Ticket number one thousand twenty-one, please go to counter fifteen');
    expect(call.clips).toEqual([
      'chime',
      'phrase_ticket_number',
      'num_1',
      'word_thousand',
      'num_20',
      'num_1',
      'phrase_please_go_to_counter',
      'num_15',
    ]);
  });
});

describe('template override', () => {
  it('speaks an edited template from shorter phrase clips, keeping its punctuation in the text', () => {
    const call = buildAnnouncement({
      ...A012_AT_3,
      template: 'Xin mời khách hàng số {số}, đến quầy {quầy}.',
    });
    expect(call.text).toBe('Xin mời khách hàng số a mười hai, đến quầy ba.');
    expect(call.clips).toEqual([
      'chime',
      'phrase_xin_moi',
      'phrase_khach_hang',
      'phrase_so',
      'letter_a',
      'num_10',
      'num_2',
      'phrase_den_quay',
      'num_3',
    ]);
    expect(call.missing).toEqual([]);
  });

  it('accepts ASCII and English placeholder names and a decomposed (NFD) template', () => {
    const template = 'Mời số {so} đến quầy số {counter}'.normalize('NFD');
    const call = buildAnnouncement({ ...A012_AT_3, template });
    expect(call.text).toBe('Mời số a mười hai đến quầy số ba');
    expect(call.missing).toEqual([]);
  });

  it('reports the text that has no clip, and unknown placeholders', () => {
    const call = buildAnnouncement({
      ...A012_AT_3,
      template: 'Trân trọng kính mời số {số} tới {quầy} ({tên quầy})',
    });
    expect(call.missing).toEqual([
      { kind: 'phrase', text: 'trân trọng' },
      { kind: 'phrase', text: 'tới' },
      { kind: 'placeholder', text: '{tên quầy}' },
    ]);
    expect(call.text).toBe('Trân trọng kính mời số a mười hai tới ba ()');
    // What has clips is still listed, in order.
    expect(call.clips).toEqual([
      'chime',
      'phrase_kinh_moi',
      'phrase_so',
      'letter_a',
      'num_10',
      'num_2',
      'num_3',
    ]);
  });

  it('uses the phrases of a given pack, e.g. a centre recording of its own wording', () => {
    const base = shippedManifest('vi');
    const custom: ClipPackManifest = {
      ...base,
      clips: {
        ...base.clips,
        phrase_custom: { file: 'custom.ogg', durationMs: 900, text: 'Trân trọng kính mời' },
      },
    };
    const call = buildAnnouncement({
      ...A012_AT_3,
      template: 'Trân trọng kính mời số {số} đến quầy số {quầy}',
      phrases: phraseTableOf(custom),
    });
    expect(call.missing).toEqual([]);
    expect(call.clips.slice(0, 3)).toEqual(['chime', 'phrase_custom', 'phrase_so']);
  });

  it('falls back to the default template when the template is blank', () => {
    expect(buildAnnouncement({ ...A012_AT_3, template: '   ' }).text).toBe(buildAnnouncement(A012_AT_3).text);
  });
});

describe('every ticket number is speakable from the shipped packs', () => {
  for (const locale of ['vi', 'en'] as const) {
    it(`${locale}: numbers 0–9999 (both modes) and counters 1–99 resolve to clips whose words read the number`, () => {
      const manifest = shippedManifest(locale);
      const words = vocabulary(locale);
      const phrases = phraseTableOf(manifest);
      const read = locale === 'vi' ? readNumberVi : readNumberEn;
      const problems: string[] = [];
      for (let n = 0; n <= 9999; n++) {
        for (const numberMode of ['words', 'digits'] as const) {
          const call = buildAnnouncement({
            displayNumber: `B${String(n).padStart(3, '0')}`,
            prefix: 'B',
            number: n,
            counterNumber: (n % 99) + 1,
            language: locale,
            numberMode,
            phrases,
          });
          const absent = call.clips.filter((id) => !(id in manifest.clips));
          if (call.missing.length > 0 || absent.length > 0)
            problems.push(`${n} ${numberMode}: ${absent.join(',')}`);
        }
        // The number clips, said one after the other, are the reading of the number.
        const numberOnly = buildAnnouncement({
          displayNumber: String(n),
          prefix: '',
          number: n,
          counterNumber: 1,
          language: locale,
          numberMode: 'words',
          chime: false,
          template: '{số}',
        });
        const said = numberOnly.clips.map((id) => words.get(id)?.text ?? `?${id}`).join(' ');
        if (said !== read(n).replace(/-/g, ' ')) problems.push(`${n}: clips say "${said}"`);
      }
      expect(problems.slice(0, 10)).toEqual([]);
    });
  }
});
