// The page's side of the analysis worker: one analysis at a time, off the main thread, so
// the page never freezes. A newer request replaces a waiting one, and cancels a running one
// that has already taken long (the worker is stopped and a fresh one started), so a reader
// who keeps typing into a large paste is never left behind. A worker that crashes is
// replaced, and the request tried once more, before the page reports a failure.

/** Below this, finishing the running analysis is cheaper than restarting the engine. */
const CANCEL_AFTER_MS = 250;
/** Characters of text per message to the worker. */
const PIECE_CHARS = 2_000_000;

export class Analyzer {
  /**
   * @param {object} handlers
   * @param {(report: object, snapshot: object[], ms: number, version: string) => void} handlers.report
   *   `ms`: the engine's own time (analysing and handing the report over), as it measured it
   * @param {(message: string) => void} handlers.failure
   * @param {(reason: string) => void} handlers.restarted the engine died and runs again
   * @param {(running: {snapshot: object[], started: number, done: number} | null) => void} handlers.busy
   */
  constructor(handlers) {
    this.handlers = handlers;
    this.worker = null;
    this.running = null; // {job, snapshot, started, done, retried}
    this.waiting = null; // a snapshot
    this.job = 0;
  }

  /** Analyse `snapshot` ([{id, name, text}]) as soon as possible. */
  request(snapshot) {
    if (!this.running) return this.send(snapshot, false);
    if (performance.now() - this.running.started > CANCEL_AFTER_MS) {
      this.stopWorker();
      this.running = null;
      return this.send(snapshot, false);
    }
    this.waiting = snapshot;
  }

  /** Stops the running analysis; its result never arrives. */
  cancel() {
    this.waiting = null;
    if (!this.running) return;
    this.stopWorker();
    this.running = null;
    this.handlers.busy(null);
  }

  send(snapshot, retried) {
    this.waiting = null;
    const job = ++this.job;
    this.running = { job, snapshot, started: performance.now(), done: 0, retried };
    if (!this.worker) this.startWorker();
    // A long text goes in pieces, one message per task (worker.js joins them): copying 40 MB
    // into one message holds the page up for a quarter of a second or more.
    const inputs = snapshot.map(({ name, text }) => ({ name, text }));
    const pieces = [];
    inputs.forEach((input, i) => {
      if (input.text.length <= PIECE_CHARS) return;
      for (let at = 0; at < input.text.length; at += PIECE_CHARS) pieces.push([i, input.text.slice(at, at + PIECE_CHARS)]);
      input.text = '';
    });
    const worker = this.worker;
    worker.postMessage({ job, inputs, pieces: pieces.length });
    for (const piece of pieces) {
      setTimeout(() => {
        if (this.worker === worker && this.running?.job === job) worker.postMessage({ job, piece });
      }, 0);
    }
    this.handlers.busy(this.running);
  }

  startWorker() {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event) => this.receive(event.data));
    // A worker that fails to load or dies uncaught: start afresh, and try the request again.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.crashed(event.message || 'the analysis engine stopped');
    });
    worker.addEventListener('messageerror', () => this.crashed('the report could not be read'));
    this.worker = worker;
  }

  stopWorker() {
    this.worker?.terminate();
    this.worker = null;
  }

  crashed(reason) {
    const running = this.running;
    this.stopWorker();
    this.running = null;
    if (running && !running.retried && !this.waiting) {
      this.handlers.restarted(reason);
      return this.send(running.snapshot, true);
    }
    if (!this.waiting) this.handlers.busy(null);
    this.handlers.failure(`the analysis engine stopped (${reason}) and was restarted`);
    this.next();
  }

  receive(message) {
    if (!this.running || message.job !== this.running.job) return; // from a cancelled job
    if (message.progress !== undefined) {
      this.running.done = message.progress;
      this.handlers.busy(this.running);
      return;
    }
    // A long report comes in parts (worker.js): its lists are filled as they arrive, and it
    // is shown once whole.
    if (message.parts) {
      this.running.report = message;
      this.running.left = message.parts;
      return;
    }
    if (message.part) {
      const whole = this.running.report;
      const [path, entries] = message.part;
      const list = path.reduce((at, key) => at[key], whole.report);
      for (const entry of entries) list.push(entry);
      if (--this.running.left > 0) return;
      message = whole;
    }
    const { snapshot, started } = this.running;
    this.running = null;
    if (message.ok) {
      const ms = message.timings?.analysis ?? performance.now() - started;
      this.handlers.report(message.report, snapshot, ms, message.version);
    } else {
      // A trap inside the module (a bug, or memory exhausted) leaves it unusable.
      if (message.fatal) this.stopWorker();
      this.handlers.failure(message.error);
    }
    if (!this.waiting) this.handlers.busy(null);
    this.next();
  }

  next() {
    if (this.waiting) this.send(this.waiting, false);
  }
}
