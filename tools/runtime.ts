import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

interface DevServices {
  ensureServices(options: { dataDir: string; database?: string; persistent?: boolean; log?: (line: string) => void }): Promise<() => Promise<void>>;
}

/** Loads tools/dev-services.cjs (plain JavaScript, shared with the Jest setup). */
export async function devServices(): Promise<DevServices> {
  return require(path.join(ROOT, 'tools/dev-services.cjs'));
}

/** Embedded services in a throwaway folder, for tools that need a database only briefly. */
export async function temporaryServices(): Promise<() => Promise<void>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-tool-'));
  const stop = await (await devServices()).ensureServices({ dataDir: dir, persistent: false });
  return async () => {
    await stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
