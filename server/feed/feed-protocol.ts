// What a feeding centre sends the province: journal lines of one site-day from a seq on, exactly
// as written in its journal (each with its CRC-32), at most 500 at a time.
import { z } from 'zod';

export const FEED_KEY_HEADER = 'x-luot-feed-key';
export const FEED_BATCH = 500;

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'an id of letters, digits, _ . -');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const feedBatchSchema = z.strictObject({
  siteId: id,
  day,
  lines: z.array(z.string().min(2).max(64_000)).min(1).max(FEED_BATCH),
});
export type FeedBatch = z.infer<typeof feedBatchSchema>;

export const feedCursorQuery = z.strictObject({ siteId: id, day });

/** The province's answer to a batch or a cursor question: the last seq it holds for the site-day. */
export interface FeedCursor {
  seq: number;
}
