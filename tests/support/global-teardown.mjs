export default async function globalTeardown() {
  const stop = globalThis.__CG_STOP_SERVICES__;
  globalThis.__CG_STOP_SERVICES__ = undefined;
  if (stop) await stop();
}
