// Letters only Vietnamese writes (tone marks and ă â đ ê ô ơ ư): a Khmer text containing one has
// fallen back to, or been mixed with, Vietnamese.
export const VIETNAMESE_LETTER = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/iu;

/** The Vietnamese-only letters found in a text, each with a few characters around it. */
export function vietnameseIn(text: string): string[] {
  const found: string[] = [];
  const all = new RegExp(VIETNAMESE_LETTER.source, 'giu');
  for (const m of text.normalize('NFC').matchAll(all)) {
    const at = m.index ?? 0;
    found.push(text.slice(Math.max(0, at - 12), at + 12));
  }
  return found;
}
