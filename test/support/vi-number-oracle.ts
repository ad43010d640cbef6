// An independent reader of Vietnamese number words (either regional style: nghìn/ngàn,
// lẻ/linh, tư/bốn), used as the oracle of the number-reading tests. Malformed readings throw.
const DIGITS: Readonly<Record<string, number>> = {
  không: 0,
  một: 1,
  mốt: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  lăm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
};

/** Value of a reading below 1000 ("hai trăm linh bốn" → 204). */
function parseBelowThousand(words: readonly string[]): number {
  let value = 0;
  let i = 0;
  if (words[i + 1] === 'trăm') {
    value += DIGITS[words[i]] * 100;
    i += 2;
  }
  if (words[i] === 'lẻ' || words[i] === 'linh') {
    if (words.length !== i + 2) throw new Error(`bad zero ten in ${words.join(' ')}`);
    return value + DIGITS[words[i + 1]];
  }
  if (words[i] === 'mười') {
    value += 10;
    i += 1;
  } else if (words[i + 1] === 'mươi') {
    value += DIGITS[words[i]] * 10;
    i += 2;
  }
  if (i < words.length) {
    const unit = DIGITS[words[i]];
    if (unit === undefined || words.length !== i + 1) throw new Error(`cannot parse ${words.join(' ')}`);
    value += unit;
  }
  return value;
}

/** Below a million: "… nghìn …" or "… ngàn …". */
function parseBelowMillion(words: readonly string[]): number {
  const at = words.findIndex((w) => w === 'nghìn' || w === 'ngàn');
  if (at < 0) return parseBelowThousand(words);
  const thousands = parseBelowThousand(words.slice(0, at));
  const rest = words.slice(at + 1);
  return thousands * 1000 + (rest.length === 0 ? 0 : parseBelowThousand(rest));
}

/** An independent reading → number parser, in either regional style (millions included). */
export function parseVi(text: string): number {
  const words = text.normalize('NFC').split(' ');
  const at = words.indexOf('triệu');
  if (at < 0) return parseBelowMillion(words);
  const rest = words.slice(at + 1);
  return (
    parseBelowMillion(words.slice(0, at)) * 1_000_000 + (rest.length === 0 ? 0 : parseBelowMillion(rest))
  );
}
