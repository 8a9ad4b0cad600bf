// Runs the WebAssembly core off the main thread, so the page never freezes while it works.
// It only translates messages: {inputs} in, {ok, report} or {ok: false, error} out.

import init, { analyze, version } from './pkg/verbatim.js';

const ready = typeof WebAssembly === 'object'
  ? init()
  : Promise.reject(new Error('this browser cannot run WebAssembly, which Verbatim needs'));
ready.catch(() => {}); // reported on the first request, not as an unhandled rejection

self.addEventListener('message', async (event) => {
  try {
    await ready;
  } catch (err) {
    self.postMessage({ ok: false, fatal: true, error: `the analysis engine could not start: ${err.message}` });
    return;
  }
  try {
    const report = analyze(event.data.inputs);
    self.postMessage({ ok: true, report, version: version() });
  } catch (err) {
    // A RuntimeError is a trap inside the module (a bug, or memory exhausted): this instance
    // cannot be trusted again, so the page starts a fresh worker for the next request.
    const fatal = err instanceof WebAssembly.RuntimeError;
    self.postMessage({ ok: false, fatal, error: err.message || String(err) });
  }
});
