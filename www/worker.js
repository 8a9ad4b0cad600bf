// Runs the WebAssembly core off the main thread, so the page never freezes while it works.
// It only loads the module and hands it each request: the module itself posts
// {job, progress} while it works, then {job, ok, report, version, timings: {analysis}} or
// {job, ok: false, error} back (src/wasm.rs, `work`). What the module cannot say is said
// here: that it could not start, or that it trapped.

import init, { work } from './pkg/verbatim.js';

/** Array entries per message: a long report goes to the page in parts (see `post`). */
const PART = 1000;

/**
 * Posts the module's messages to the page; a report with long lists (a 40 MB article has
 * hundreds of thousands of paragraphs, sentences and quotations) goes as the report with
 * those lists emptied, `{…, parts: n}`, then n messages `{job, part: [path, entries]}`: the
 * page reads each message in a task of its own, where one message would hold it up for
 * half a second. The page puts the lists back together before it shows anything.
 */
function post(message) {
  const report = message?.ok ? message.report : null;
  if (!report) return self.postMessage(message);
  const parts = [];
  const split = (owner, key, path) => {
    const list = owner[key];
    if (!Array.isArray(list) || list.length <= PART) return;
    owner[key] = [];
    for (let at = 0; at < list.length; at += PART) parts.push([path, list.slice(at, at + PART)]);
  };
  report.documents?.forEach((doc, d) => {
    for (const key of Object.keys(doc)) split(doc, key, ['documents', d, key]);
  });
  for (const key of Object.keys(report)) split(report, key, [key]);
  self.postMessage(parts.length ? { ...message, parts: parts.length } : message);
  for (const part of parts) self.postMessage({ job: message.job, part });
}

/** What the module is given as its scope: this worker's, posting through `post`. */
const scope = { postMessage: post, performance: self.performance };

const ready = typeof WebAssembly === 'object'
  ? init()
  : Promise.reject(new Error('this browser cannot run WebAssembly, which Verbatim needs'));
ready.catch(() => {}); // reported on the first request, not as an unhandled rejection

/** A request whose long texts are still arriving in pieces (analyzer.js). */
let gathering = null;

self.addEventListener('message', async ({ data }) => {
  if (data.pieces) {
    gathering = { data, left: data.pieces, texts: data.inputs.map(() => []) };
    return;
  }
  if (data.piece) {
    if (gathering?.data.job !== data.job) return; // a newer request replaced it
    const [i, text] = data.piece;
    gathering.texts[i].push(text);
    if (--gathering.left > 0) return;
    ({ data } = gathering);
    gathering.texts.forEach((pieces, i) => {
      if (pieces.length) data.inputs[i].text = pieces.join('');
    });
    gathering = null;
  }
  try {
    await ready;
  } catch (err) {
    self.postMessage({ job: data.job, ok: false, fatal: true, error: `the analysis engine could not start: ${err.message}` });
    return;
  }
  try {
    work(scope, data);
  } catch (err) {
    // A RuntimeError is a trap inside the module (a bug, or memory exhausted): this instance
    // cannot be trusted again, so the page starts a fresh worker for the next request.
    const fatal = err instanceof WebAssembly.RuntimeError;
    const error = fatal ? `the analysis engine failed (${err.message}); it may have run out of memory` : err.message || String(err);
    self.postMessage({ job: data.job, ok: false, fatal, error });
  }
});
