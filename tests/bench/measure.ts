// A thin autocannon wrapper that returns the figures the benchmarks print.
//
// The load generator runs in a worker thread: on its own event loop it does
// not queue behind the API server it measures (both live in one process), and
// on a machine with several cores it gets one for itself.
import autocannon from 'autocannon';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

export interface MeasureOptions {
  title: string;
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Concurrent connections (default 50). */
  connections?: number;
  /** Measured seconds. */
  seconds: number;
  /** Stop after this many requests instead (at most `seconds` anyway). */
  amount?: number;
  /** Seconds of load before measuring, not counted (default 1; 0 skips). */
  warmupSeconds?: number;
  /** Responses containing this text are counted in `bodyErrors` (e.g. `"errors"` for GraphQL). */
  errorMarker?: string;
}

export interface Figures {
  title: string;
  connections: number;
  seconds: number;
  /** Completed responses during the measured run. */
  requests: number;
  /** Mean of the per-second request counts (autocannon's requests.mean). */
  requestsPerSecond: number;
  /**
   * Latency in milliseconds, computed exactly from every response time
   * (autocannon's histogram keeps whole milliseconds and has no p95).
   */
  latency: { mean: number; p50: number; p95: number; p99: number; max: number };
  /** autocannon's own percentiles (whole milliseconds), for cross-checking. */
  autocannonLatency: { p50: number; p97_5: number; p99: number };
  /** Connection errors and timeouts. */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** 2xx responses whose body contained `errorMarker`. */
  bodyErrors: number;
}

/**
 * What autocannon hands back outside the main thread: it then skips its own
 * aggregation (it assumes to be one of its workers), so histograms are
 * encoded and `autocannon.aggregateResult` (documented, untyped) decodes them.
 */
interface RawResult {
  totalCompletedRequests: number;
  samples: number;
  duration: number;
  errors: number;
  timeouts: number;
  mismatches: number;
  non2xx: number;
}

type Aggregate = (results: RawResult[], opts: { url: string; connections: number }) => autocannon.Result;
const aggregateResult = (autocannon as unknown as { aggregateResult: Aggregate }).aggregateResult;

interface WorkerRequest {
  benchMeasure: true;
  options: MeasureOptions;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function cannon(options: MeasureOptions, seconds: number, amount: number | undefined, onResponse?: (status: number, ms: number) => void): Promise<RawResult> {
  return new Promise((resolve, reject) => {
    const marker = options.errorMarker;
    const instance = autocannon(
      {
        url: options.url,
        method: options.method ?? 'POST',
        headers: options.headers,
        body: options.body,
        connections: options.connections ?? 50,
        duration: seconds,
        ...(amount ? { amount } : {}),
        timeout: 10,
        ...(marker ? { verifyBody: (body: unknown) => !String(body).includes(marker) } : {}),
      },
      (error, result) => (error ? reject(error) : resolve(result as unknown as RawResult)),
    );
    if (onResponse) instance.on('response', (_client, status, _bytes, ms) => onResponse(status, ms));
  });
}

/** Runs in the worker thread: warm-up, then the measured run. */
async function measureHere(options: MeasureOptions): Promise<Figures> {
  const warmup = options.warmupSeconds ?? 1;
  if (warmup > 0) await cannon(options, warmup, undefined);
  let times = new Float64Array(1 << 16);
  let count = 0;
  const result = await cannon(options, options.seconds, options.amount, (status, ms) => {
    if (status < 200 || status >= 300) return; // like autocannon: latency of 2xx only
    if (count === times.length) {
      const bigger = new Float64Array(times.length * 2);
      bigger.set(times);
      times = bigger;
    }
    times[count++] = ms;
  });
  const own = aggregateResult([result], { url: options.url, connections: options.connections ?? 50 });
  const sorted = times.slice(0, count).sort();
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    title: options.title,
    connections: options.connections ?? 50,
    seconds: result.duration,
    requests: result.totalCompletedRequests,
    // autocannon's requests.mean: the mean of its one-second samples
    requestsPerSecond: round(result.samples ? result.totalCompletedRequests / result.samples : NaN, 1),
    latency: {
      mean: round(count ? sum / count : NaN),
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
      max: round(count ? sorted[count - 1] : NaN),
    },
    autocannonLatency: { p50: own.latency.p50, p97_5: own.latency.p97_5, p99: own.latency.p99 },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    bodyErrors: result.mismatches,
  };
}

/** Loads `options.url` with autocannon in a worker thread and returns the figures. */
export function measure(options: MeasureOptions): Promise<Figures> {
  const limitMs = ((options.warmupSeconds ?? 1) + options.seconds + 30) * 1000;
  return new Promise((resolve, reject) => {
    const request: WorkerRequest = { benchMeasure: true, options };
    const worker = new Worker(__filename, { workerData: request });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(() => finish(() => reject(new Error(`${options.title}: no figures after ${limitMs} ms`))), limitMs);
    worker.once('message', (figures: Figures) => finish(() => resolve(figures)));
    worker.once('error', (error) => finish(() => reject(error)));
    worker.once('exit', (code) => finish(() => reject(new Error(`${options.title}: load worker exited with code ${code}`))));
  });
}

if (!isMainThread && (workerData as Partial<WorkerRequest> | null)?.benchMeasure) {
  const { options } = workerData as WorkerRequest;
  measureHere(options).then(
    (figures) => parentPort!.postMessage(figures),
    (error: unknown) => {
      throw error;
    },
  );
}
