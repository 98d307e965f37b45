/**
 * A bounded pool over a growing job list: a job may add follow-up jobs (a project's API jobs once
 * Service Usage answered, one job per region once the regions are known). At most `limit` jobs run
 * at once; results keep the order in which jobs were added, so snapshots are stable.
 */
export interface PoolJob<R> {
  run(): Promise<{ result: R; next?: PoolJob<R>[] }>;
}

export async function runPool<R>(initial: PoolJob<R>[], limit: number, onDone?: (done: number, total: number) => void): Promise<R[]> {
  const jobs: PoolJob<R>[] = [...initial];
  const results: R[] = [];
  let next = 0;
  let running = 0;
  let done = 0;
  const width = Math.max(1, Math.floor(limit) || 1);
  return new Promise<R[]>((resolve, reject) => {
    const pump = () => {
      if (next >= jobs.length && running === 0) {
        resolve(results);
        return;
      }
      while (running < width && next < jobs.length) {
        const index = next++;
        const job = jobs[index];
        running++;
        job
          .run()
          .then(({ result, next: more }) => {
            results[index] = result;
            if (more?.length) jobs.push(...more);
            running--;
            done++;
            onDone?.(done, jobs.length);
            pump();
          })
          .catch(reject);
      }
    };
    pump();
  });
}
