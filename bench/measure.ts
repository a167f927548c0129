// Timing helpers: several runs after a warm-up, median (and p99 for many short samples).

export function now(): number {
  return performance.now();
}

export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Median milliseconds of `runs` calls of `fn` after `warmup` unmeasured calls. */
export function medianMs(fn: () => unknown, runs = 5, warmup = 1): number {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    fn();
    samples.push(now() - t);
  }
  return quantile(samples, 0.5);
}

export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: number;
  /** For targets that are an upper bound (most) or a lower bound. */
  readonly better?: 'lower' | 'higher';
  readonly met?: boolean;
  readonly baseline?: number;
  readonly ratio?: number;
  readonly note?: string;
}

export function figure(f: Omit<Figure, 'met' | 'ratio'>): Figure {
  const met = f.target === undefined ? undefined : (f.better ?? 'lower') === 'lower' ? f.value <= f.target : f.value >= f.target;
  const ratio = f.baseline === undefined || f.value === 0 ? undefined : Math.round((f.baseline / f.value) * 10) / 10;
  return { ...f, value: round(f.value), ...(f.baseline !== undefined ? { baseline: round(f.baseline) } : {}), ...(met !== undefined ? { met } : {}), ...(ratio !== undefined ? { ratio } : {}) };
}

export function round(x: number): number {
  return x >= 100 ? Math.round(x) : x >= 1 ? Math.round(x * 100) / 100 : Math.round(x * 10000) / 10000;
}
