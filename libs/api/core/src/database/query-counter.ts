import { AsyncLocalStorage } from 'node:async_hooks';
import { AbstractLogger, LogLevel, LogMessage } from 'typeorm';

/**
 * Counts the SQL statements of each HTTP request (AsyncLocalStorage), so
 * tests and the benchmark can prove that a page costs the same number of
 * statements whatever its size.
 */
const storage = new AsyncLocalStorage<{ statements: number }>();

export const QueryCounter = {
  run<T>(fn: () => T): T {
    return storage.run({ statements: 0 }, fn);
  },
  current(): number | undefined {
    return storage.getStore()?.statements;
  },
  increment(): void {
    const store = storage.getStore();
    if (store) store.statements++;
  },
};

export class CountingLogger extends AbstractLogger {
  constructor(
    private readonly verbose: boolean,
    private readonly quietQueryErrors = false,
  ) {
    super(verbose ? 'all' : ['error', 'warn', 'migration']);
  }

  override logQueryError(error: string, query: string, parameters?: unknown[]): void {
    if (!this.quietQueryErrors) super.logQueryError(error, query, parameters);
  }

  override logQuery(): void {
    QueryCounter.increment();
    // the base class would format and print every query; only count them
  }

  protected writeLog(level: LogLevel, messages: LogMessage | LogMessage[]): void {
    for (const message of Array.isArray(messages) ? messages : [messages]) {
      // Ctrl-C reaches the embedded PostgreSQL together with us; its goodbye to idle connections is expected
      if (/terminating connection due to administrator command/.test(String(message.message))) continue;
      if (level === 'error' || level === 'warn') console.error(`[typeorm] ${String(message.message)}`);
      else if (this.verbose || level === 'migration') console.log(`[typeorm] ${String(message.message)}`);
    }
  }
}
