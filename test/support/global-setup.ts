// Builds the front ends once before the suite when they are missing or stale.
import { buildIfStale } from '../../scripts/build-if-stale.mjs';

export default async function setup(): Promise<void> {
  await buildIfStale({ quiet: true });
}
