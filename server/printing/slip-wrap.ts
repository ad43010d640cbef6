// Greedy line wrapping at word boundaries (Intl.Segmenter, so Khmer, written without spaces, breaks
// between words too). A word wider than the line is split between graphemes, never inside one, so
// a Vietnamese letter never loses its marks.

export type MeasureText = (text: string) => number;

function graphemes(text: string, locale: string): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

function splitLongWord(word: string, maxWidth: number, measure: MeasureText, locale: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const grapheme of graphemes(word, locale)) {
    if (line !== '' && measure(line + grapheme) > maxWidth) {
      lines.push(line);
      line = grapheme;
    } else {
      line += grapheme;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Words with trailing punctuation glued on ("bạn:" not "bạn" + ":"), and the spaces between them. */
function chunks(text: string, locale: string): string[] {
  const out: string[] = [];
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    const isSpace = segment.trim() === '';
    const prev = out.length > 0 ? out[out.length - 1] : undefined;
    if (!isSpace && !isWordLike && prev !== undefined && prev.trim() !== '') {
      out[out.length - 1] = prev + segment;
    } else {
      out.push(segment);
    }
  }
  return out;
}

export function wrapText(text: string, maxWidth: number, measure: MeasureText, locale: string): string[] {
  const lines: string[] = [];
  let line = '';
  const flush = (): void => {
    const trimmed = line.trim();
    if (trimmed !== '') lines.push(trimmed);
    line = '';
  };
  for (const word of chunks(text, locale)) {
    const candidate = line + word;
    if (measure(candidate.trim()) <= maxWidth) {
      line = candidate;
      continue;
    }
    flush();
    if (word.trim() === '') continue;
    if (measure(word) <= maxWidth) {
      line = word;
      continue;
    }
    const pieces = splitLongWord(word, maxWidth, measure, locale);
    const last = pieces.pop() ?? '';
    lines.push(...pieces);
    line = last;
  }
  flush();
  return lines;
}

/** A last line shorter than this share of the width counts as an orphan worth rebalancing. */
const ORPHAN_SHARE = 0.4;

/**
 * Greedy wrapping, unless its last line is an orphan: then the same number of lines, as narrow as
 * possible, so a long procedure name does not end with one lonely word.
 */
export function wrapBalanced(text: string, maxWidth: number, measure: MeasureText, locale: string): string[] {
  const greedy = wrapText(text, maxWidth, measure, locale);
  if (greedy.length < 2 || measure(greedy[greedy.length - 1]) >= ORPHAN_SHARE * maxWidth) return greedy;
  let lo = 1;
  let hi = Math.floor(maxWidth);
  let best = greedy;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    const lines = wrapText(text, mid, measure, locale);
    if (lines.length <= greedy.length) {
      best = lines;
      hi = mid - 1;
    } else {
      lo = mid + 1;
    }
  }
  return best;
}
