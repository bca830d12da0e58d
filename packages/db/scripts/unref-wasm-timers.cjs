// Preloaded into the Prisma CLI by db:migrate and migrateDatabase (node --require).
// Prisma 6.19's wasm schema engine races its advisory lock against a 10 s timer that it never
// clears, so every migrate command lingers 10 s after finishing. Timers created from wasm are
// unref'd here: they still fire if the process is busy (a lock wait keeps its connection open),
// but no longer keep a finished process alive.
const setTimeoutOriginal = globalThis.setTimeout;
globalThis.setTimeout = function setTimeoutUnrefFromWasm(callback, delay, ...args) {
  const timer = setTimeoutOriginal(callback, delay, ...args);
  if (new Error().stack?.includes("wasm://")) timer.unref();
  return timer;
};
