// Draws a long result a slice at a time, so the page never freezes: work queued here runs in
// tasks of about 10 ms, the browser free to paint and take input between them. A list's
// first items are drawn at once (a short list is drawn whole, in the same task, as before);
// the rest follow. A new report starts afresh (`restart`): what was queued for the old one
// is dropped.

/** The longest a slice of drawing holds the page. */
const BUDGET_MS = 10;
/** Items drawn at once, before the rest is queued. */
const FIRST = 40;
/** Items per queued job. */
const BATCH = 20;

const queue = [];
let scheduled = false;
let started = 0;
let total = 0;
/** Told how far the queued drawing is: (done, total, since) while it runs, (null) when done. */
let watcher = null;

export function watch(callback) {
  watcher = callback;
}

/** Drops what is queued: a newer report replaces it. */
export function restart() {
  queue.length = 0;
  total = 0;
  watcher?.(null);
}

/** Runs `job` in a later slice. */
export function later(job) {
  if (!queue.length && !total) started = performance.now();
  queue.push(job);
  total++;
  if (scheduled) return;
  scheduled = true;
  setTimeout(run, 0);
}

function run() {
  scheduled = false;
  const end = performance.now() + BUDGET_MS;
  while (queue.length && performance.now() < end) queue.shift()();
  if (queue.length) {
    scheduled = true;
    setTimeout(run, 0);
    watcher?.(total - queue.length, total, started);
  } else {
    total = 0;
    watcher?.(null);
  }
}

/**
 * `parent`'s children become `make(item, i)` for each of `items` (nulls left out), the first
 * ones now and the rest in later slices; `after` (an element, optional) goes last.
 */
export function fill(parent, items, make, after = null) {
  const first = [];
  for (let i = 0; i < Math.min(FIRST, items.length); i++) first.push(make(items[i], i));
  parent.replaceChildren(...first.filter(Boolean));
  const token = (parent.paceToken = (parent.paceToken ?? 0) + 1);
  for (let at = FIRST; at < items.length; at += BATCH) {
    later(() => {
      if (parent.paceToken !== token) return; // filled again since
      const nodes = [];
      for (let i = at; i < Math.min(at + BATCH, items.length); i++) nodes.push(make(items[i], i));
      parent.append(...nodes.filter(Boolean));
    });
  }
  if (after) {
    if (items.length <= FIRST) parent.append(after);
    else later(() => parent.paceToken === token && parent.append(after));
  }
}

/** Builds what `details` holds (`build()`) only when it is first opened. */
export function onOpen(details, build) {
  let built = false;
  const open = () => {
    if (built || !details.open) return;
    built = true;
    build();
  };
  details.addEventListener('toggle', open);
  open();
}
