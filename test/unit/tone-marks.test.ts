// One tone-mark style throughout: in an open syllable oa, oe, uy the mark sits on the second vowel
// (hoà, xoá, khoẻ, tuỳ, thuỷ), as in "Huỷ" and "Xoá" of the screens. The old placement (hòa,
// xóa, tùy) in any text a citizen or officer sees fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FOLDERS = ['kiosk', 'display', 'counter', 'admin', 'shared', 'server'];
/** An open syllable (optional initial consonant) with the mark on its first vowel: hòa, tùy. */
const OLD =
  /(?<![\p{L}q])(?:[bcdđghklmnprstvx]|ch|gh|kh|ng|ngh|nh|ph|th|tr)?([òóỏõọ][ae]|[ùúủũụ]y)(?![\p{L}])/giu;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'assets') return [];
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('tone marks', () => {
  it('places the mark the new way in oa, oe, uy everywhere', () => {
    const found: string[] = [];
    for (const file of FOLDERS.flatMap((f) => files(join(ROOT, f)))) {
      const text = readFileSync(file, 'utf8').normalize('NFC');
      for (const match of text.matchAll(OLD)) found.push(`${file.slice(ROOT.length + 1)}: ${match[0]}`);
    }
    expect(found).toEqual([]);
  });
});
