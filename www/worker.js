// Runs the WebAssembly core off the main thread, so the page never freezes while it works.
// It only loads the module and hands it each request: the module itself posts
// {job, progress} while it works, then {job, ok, report, version, timings: {analysis}} or
// {job, ok: false, error} back (src/wasm.rs, `work`). What the module cannot say is said
// here: that it could not start, or that it trapped.

import init, { work } from './pkg/verbatim.js';

const ready = typeof WebAssembly === 'object'
  ? init()
  : Promise.reject(new Error('this browser cannot run WebAssembly, which Verbatim needs'));
ready.catch(() => {}); // reported on the first request, not as an unhandled rejection

self.addEventListener('message', async ({ data }) => {
  try {
    await ready;
  } catch (err) {
    self.postMessage({ job: data.job, ok: false, fatal: true, error: `the analysis engine could not start: ${err.message}` });
    return;
  }
  try {
    work(self, data);
  } catch (err) {
    // A RuntimeError is a trap inside the module (a bug, or memory exhausted): this instance
    // cannot be trusted again, so the page starts a fresh worker for the next request.
    const fatal = err instanceof WebAssembly.RuntimeError;
    const error = fatal ? `the analysis engine failed (${err.message}); it may have run out of memory` : err.message || String(err);
    self.postMessage({ job: data.job, ok: false, fatal, error });
  }
});
