/** Reads of one cache that found an entry (`hits`) or did not (`misses`). */
export interface HitsAndMisses {
  hits: number;
  misses: number;
}

/**
 * Hit and miss counts per cache (`ods`, `content`, `apq`: the namespaces of one store), read by the metrics
 * (`nhs_graph_cache_reads_total{cache,result}`). Kept by the store, not the metrics registry, because one store
 * outlives and is shared by the servers that report it.
 */
export class CacheStats {
  private readonly counts = new Map<string, HitsAndMisses>();

  record(cache: string, hit: boolean): void {
    let c = this.counts.get(cache);
    if (!c) {
      c = { hits: 0, misses: 0 };
      this.counts.set(cache, c);
    }
    if (hit) c.hits += 1;
    else c.misses += 1;
  }

  snapshot(): Record<string, HitsAndMisses> {
    return Object.fromEntries([...this.counts].map(([cache, c]) => [cache, { ...c }]));
  }
}
