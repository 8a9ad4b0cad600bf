// Runs the WebAssembly core off the main thread, so the page never freezes while it works.
// It only translates messages: {job, inputs} in; {job, progress} while it works, then
// {job, ok, report} or {job, ok: false, fatal, error} out.

import init, { analyze, version } from './pkg/verbatim.js';

const ready = typeof WebAssembly === 'object'
  ? init()
  : Promise.reject(new Error('this browser cannot run WebAssembly, which Verbatim needs'));
ready.catch(() => {}); // reported on the first request, not as an unhandled rejection

self.addEventListener('message', async (event) => {
  const { job, inputs } = event.data;
  try {
    await ready;
  } catch (err) {
    self.postMessage({ job, ok: false, fatal: true, error: `the analysis engine could not start: ${err.message}` });
    return;
  }
  try {
    const report = analyze(inputs, (done) => self.postMessage({ job, progress: done }));
    self.postMessage({ job, ok: true, report, version: version() });
  } catch (err) {
    // A RuntimeError is a trap inside the module (a bug, or memory exhausted): this instance
    // cannot be trusted again, so the page starts a fresh worker for the next request.
    const fatal = err instanceof WebAssembly.RuntimeError;
    const error = fatal ? `the analysis engine failed (${err.message}); it may have run out of memory` : err.message || String(err);
    self.postMessage({ job, ok: false, fatal, error });
  }
});
