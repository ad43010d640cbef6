// A closed-loop load for the benchmark scripts: `clients` workers take the next job as soon as
// their last one is done.

/** Runs `total` jobs with `clients` at once; resolves with each job's latency and the wall time. */
export async function load(total: number, clients: number, job: (i: number) => Promise<number>) {
  const latencies: number[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = next++; i < total; i = next++) latencies.push(await job(i));
    }),
  );
  return { latencies, seconds: (performance.now() - start) / 1000 };
}
