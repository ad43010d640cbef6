// How happy a level's face looks (0 = frown … 1 = big smile). Levels the centre counts as
// satisfied always smile (0.7 … 1); the others range from a frown to a flat mouth (0 … 0.45).
// Every level of a scale gets its own face: no two moods closer than the drawing can show.

export function faceMood(
  level: number,
  levels: readonly number[],
  satisfiedLevels: readonly number[],
): number {
  const satisfied = satisfiedLevels.includes(level);
  const group = levels.filter((l) => satisfiedLevels.includes(l) === satisfied).sort((a, b) => a - b);
  const span = group.length - 1;
  const position = span > 0 ? group.indexOf(level) / span : satisfied ? 1 : 0;
  return satisfied ? 0.7 + 0.3 * position : 0.45 * position;
}
