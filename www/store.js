// Keeps the reader's articles in this browser, so a reload, a closed tab, a second tab or a
// damaged copy loses no text. Nothing is sent anywhere.
//
// - Each article is its own IndexedDB record ({id, name, text, rev, tab, seq}), and the list's
//   order one more ('list'): a keystroke rewrites one article, not all of them.
// - A write-ahead log: every change is also noted at once, synchronously, in localStorage as
//   the edit itself (what was replaced by what), not the article; so even in a 6 MB article
//   the last keystrokes fit, and a reload before IndexedDB has finished replays them.
// - Two tabs: every record carries a revision. A save checks, inside its transaction, that
//   nobody changed the records since this tab read them, and writes nothing if they did; the
//   tab is told (`conflict`) and takes the stored version, its own edits kept as copies. A
//   BroadcastChannel tells the other tabs after each save, so they refresh before they edit.
// - A record that cannot be read is moved aside (store 'damaged', under a new key) before
//   anything is written, and stays there to be offered back until the reader has taken it.

const DB_NAME = 'verbatim';
const VERSION = 2;
const ARTICLES = 'articles';
const META = 'meta';
const DAMAGED = 'damaged';
/**
 * A long text is stored in parts of PART_CHARS ([id, i] → string), each written and read in
 * a task of its own: one 40 MB string written at once holds the page up for half a second.
 */
const PARTS = 'parts';
const PART_CHARS = 1_000_000;
/** Version 1's one record ({articles, saved} under 'articles'), read once and moved. */
const OLD_STORE = 'state';
/** Where the first version of the page kept drafts; read once, then moved to IndexedDB. */
const LEGACY_KEY = 'verbatim.articles.v1';
/** Version 1's synchronous copy made as the tab closed. */
const OLD_PENDING_KEY = 'verbatim.pending';
/** Each tab's write-ahead log: `${WAL_PREFIX}${tab}`. */
const WAL_PREFIX = 'verbatim.wal.';
const LIST_KEY = 'list';

/** A name for new articles that no other tab will also choose. */
export function newId() {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

const tab = newId();

let opening = null;
function open() {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const name of [ARTICLES, META, DAMAGED, PARTS]) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
    };
    request.onsuccess = () => {
      const db = request.result;
      // A newer page in another tab wants to upgrade: step aside rather than block it.
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error('storage unavailable'));
    request.onblocked = () => reject(new Error('storage is held by an older copy of this page in another tab; close it and reload'));
  });
  return opening;
}

/** Runs `run(stores)` in one transaction; resolves with what `run` set on `out` once committed. */
function transact(names, mode, run) {
  return open().then(
    (db) =>
      new Promise((resolve, reject) => {
        const tx = db.transaction(names.filter((n) => db.objectStoreNames.contains(n)), mode);
        const out = {};
        const stores = Object.fromEntries([...tx.objectStoreNames].map((n) => [n, tx.objectStore(n)]));
        try {
          run(stores, out, tx);
        } catch (err) {
          tx.abort();
          reject(err);
          return;
        }
        tx.oncomplete = () => resolve(out);
        tx.onerror = (event) => {
          if (out.conflict) event.preventDefault(); // the requests cut short by that abort
          else reject(tx.error ?? new Error('storage failed'));
        };
        // `run` aborts on purpose when it finds another tab's change (`out.conflict`).
        tx.onabort = () => (out.conflict ? resolve(out) : reject(tx.error ?? new Error('storage was refused (is the disk full?)')));
      }),
  );
}

const req = (request) => new Promise((ok, fail) => {
  request.onsuccess = () => ok(request.result);
  request.onerror = () => fail(request.error);
});

const isArticle = (r) => typeof r?.name === 'string' && typeof r?.text === 'string';
/** A record as stored: its text in the record, or in `parts` parts. */
const isStored = (r) => typeof r?.name === 'string' && (typeof r?.text === 'string' || (r?.text === null && Number.isInteger(r?.parts) && r.parts > 0));

/** Writes `text` as article `id`'s parts, one after another, each in the last one's callback. */
function putParts(store, id, text) {
  const n = Math.ceil(text.length / PART_CHARS);
  const put = (i) => {
    if (i < n) store.put(text.slice(i * PART_CHARS, (i + 1) * PART_CHARS), [id, i]).onsuccess = () => put(i + 1);
    else store.delete(IDBKeyRange.bound([id, n], [id, Infinity]));
  };
  put(0);
  return n;
}

/** The record as it is written: a long text goes to its parts. */
function putArticle(stores, record) {
  if (record.text.length <= PART_CHARS) {
    stores[ARTICLES].put(record, record.id);
    stores[PARTS].delete(IDBKeyRange.bound([record.id, 0], [record.id, Infinity]));
    return;
  }
  const parts = putParts(stores[PARTS], record.id, record.text);
  stores[ARTICLES].put({ ...record, text: null, parts }, record.id);
}
const validList = (list) => Array.isArray(list) && list.every(isArticle);

// ---- what this tab knows -------------------------------------------------------------------

/**
 * The stored state as this tab last read or wrote it: per article id, {rev, name, text};
 * and the list's {rev, order}. A save writes what differs from it; a record whose revision
 * moved on meanwhile was changed by another tab.
 */
let known = new Map();
let knownList = { rev: 0, order: [] };

// ---- the write-ahead log ---------------------------------------------------------------------

/**
 * This tab's log: edits made since its last completed save, oldest first. Entries:
 * {s, id, base, len, from, to, ins} (the text's [from, to) of length len replaced by ins),
 * {s, id, base, name}, {s, order, base}. `base` is the revision the edit was made on; `s`
 * this tab's running number, which a saved record keeps (`seq`), so a replay knows which
 * entries the record already holds.
 */
let wal = [];
let seq = 0;
/** What the log has noted: per id {name, text}, and the order. */
let noted = new Map();
let notedOrder = [];
/** Set when the log could not be written: it stays off until a save has caught up. */
let walBroken = false;
/** The most text the log holds (localStorage keeps a few million characters per site). */
const WAL_MAX_CHARS = 1_000_000;
/** The number of the last change that could not be logged. */
let dropped = 0;

function writeWal() {
  const key = WAL_PREFIX + tab;
  try {
    if (wal.length) localStorage.setItem(key, JSON.stringify(wal));
    else localStorage.removeItem(key);
    return true;
  } catch {
    // Too big (a huge paste) or storage refused: a log with a gap would replay wrong edits,
    // so none is kept until the next save has written everything.
    walBroken = true;
    try {
      localStorage.removeItem(key);
    } catch {
      // nothing more to do
    }
    return false;
  }
}

/**
 * Notes the articles' changes since the last call in the write-ahead log, synchronously.
 * Returns false when they could not be noted (too big for it): then save at once.
 */
export function note(articles) {
  const entries = [];
  for (const a of articles) {
    const before = noted.get(a.id);
    const base = known.get(a.id)?.rev ?? 0;
    if (!before || before.text !== a.text) {
      const old = before?.text ?? '';
      const [from, to, ins] = edit(old, a.text);
      entries.push({ s: ++seq, id: a.id, base, len: old.length, from, to, ins });
    }
    if (!before || before.name !== a.name) entries.push({ s: ++seq, id: a.id, base, name: a.name });
    noted.set(a.id, { name: a.name, text: a.text });
  }
  const order = articles.map((a) => a.id);
  if (!sameOrder(order, notedOrder)) {
    entries.push({ s: ++seq, order, base: knownList.rev });
    notedOrder = order;
  }
  for (const id of noted.keys()) if (!order.includes(id)) noted.delete(id);
  if (!entries.length) return true;
  // More than localStorage holds is not even tried: turning megabytes into JSON for a
  // write that fails would hold the page up.
  const logged = wal.reduce((sum, e) => sum + (e.ins?.length ?? 0), 0) + entries.reduce((sum, e) => sum + (e.ins?.length ?? 0), 0);
  if (logged > WAL_MAX_CHARS) walBroken = true;
  if (!walBroken) {
    wal.push(...entries);
    if (writeWal()) return true;
  }
  dropped = seq;
  return false;
}

const sameOrder = (x, y) => x.length === y.length && x.every((id, i) => id === y[i]);

/** The smallest edit that turns `a` into `b`: [from, to, inserted], offsets into `a`. */
function edit(a, b) {
  let start = 0;
  const short = Math.min(a.length, b.length);
  while (start < short && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let end = 0;
  while (end < short - start && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)) end++;
  return [start, a.length - end, b.slice(start, b.length - end)];
}

/**
 * Replays the logs left by tabs that are gone (and not yet saved) onto the stored state:
 * `records` (id → record) and `list` ({order, rev, tab, seq}) are updated in place. Returns
 * whether anything changed.
 */
function replay(records, list, logs) {
  let changed = false;
  for (const [owner, entries] of logs) {
    // An entry applies on top of the record it was made on: the record this tab wrote last
    // (then only entries after the ones it held), or the revision it had read.
    const applies = (record, e) => (record?.tab === owner ? e.s > record.seq : (record?.rev ?? 0) === e.base);
    for (const e of entries) {
      if (e.order) {
        if (!Array.isArray(e.order) || !applies(list, e)) continue;
        list.order = e.order.filter((id) => typeof id === 'string');
        changed = true;
        continue;
      }
      let record = records.get(e.id);
      if (!applies(record, e)) continue;
      record ??= { id: e.id, name: '', text: '', rev: 0 };
      if (typeof e.name === 'string') record.name = e.name;
      else if (typeof e.ins === 'string' && e.len === record.text.length && e.from >= 0 && e.from <= e.to && e.to <= e.len) {
        record.text = record.text.slice(0, e.from) + e.ins + record.text.slice(e.to);
      } else continue;
      // Later entries of the same tab build on this one.
      record.tab = owner;
      record.seq = e.s;
      records.set(e.id, record);
      changed = true;
    }
  }
  // An article the log added that no order names (its order entry was lost) is kept, last.
  for (const id of records.keys()) if (!list.order.includes(id)) list.order.push(id);
  return changed;
}

function walLogs() {
  const logs = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(WAL_PREFIX) || key === WAL_PREFIX + tab) continue;
      try {
        const entries = JSON.parse(localStorage.getItem(key));
        if (Array.isArray(entries)) logs.push([key.slice(WAL_PREFIX.length), entries]);
      } catch {
        // an unreadable log holds nothing we can apply
      }
    }
  } catch {
    // no localStorage: nothing was logged
  }
  return logs;
}

function forgetLogs(logs) {
  try {
    for (const [owner] of logs) localStorage.removeItem(WAL_PREFIX + owner);
  } catch {
    // nothing to forget
  }
}

// ---- reading -------------------------------------------------------------------------------

/**
 * Everything stored, with damaged records moved aside first, and version 1's copies moved
 * in: {records: Map id → record, list: {order, rev, tab, seq}, damaged: count set aside now}.
 */
async function readAll() {
  const out = await transact([ARTICLES, META, DAMAGED, PARTS, OLD_STORE], 'readwrite', (stores, out) => {
    const records = new Map();
    out.records = records;
    out.damaged = 0;
    const aside = (value, why) => {
      stores[DAMAGED].put({ value, why, when: Date.now(), taken: false }, `${Date.now()}-${newId()}`);
      out.damaged++;
    };
    stores[META].get(LIST_KEY).onsuccess = (e) => {
      const list = e.target.result;
      if (list !== undefined && !(Array.isArray(list?.order) && list.order.every((id) => typeof id === 'string'))) {
        aside(list, 'the order of the articles');
        stores[META].delete(LIST_KEY);
        out.list = null;
      } else out.list = list ?? null;
    };
    const cursor = stores[ARTICLES].openCursor();
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c) return;
      const value = c.value;
      const id = c.key;
      if (!(isStored(value) && value.id === id && Number.isInteger(value.rev))) {
        aside(value, 'an article');
        c.delete();
      } else if (value.text !== null) records.set(id, value);
      else {
        // Read part by part, each in a task of its own; a missing part sets the rest aside.
        const parts = [];
        const get = (i) => {
          if (i === value.parts) {
            records.set(id, { ...value, text: parts.join('') });
            return;
          }
          stores[PARTS].get([id, i]).onsuccess = (e) => {
            if (typeof e.target.result === 'string') {
              parts.push(e.target.result);
              get(i + 1);
            } else {
              aside({ ...value, text: parts.join('') }, 'an article missing a part');
              stores[ARTICLES].delete(id);
            }
          };
        };
        get(0);
      }
      c.continue();
    };
    // Version 1 kept every article in one record: it becomes records of their own.
    if (stores[OLD_STORE]) {
      stores[OLD_STORE].get('articles').onsuccess = (e) => {
        const old = e.target.result;
        if (old === undefined) return;
        stores[OLD_STORE].delete('articles');
        if (!validList(old?.articles)) return aside(old, 'the saved articles');
        out.old = old;
      };
    }
  });
  return out;
}

/**
 * The stored articles: `{articles}` ([{id, name, text}], null on a first visit, possibly
 * empty if the reader removed everything), plus `problem`, a sentence for the reader when a
 * copy was unreadable, and `damaged`, how many set-aside copies wait to be taken back.
 */
export async function load() {
  let all;
  try {
    all = await readAll();
  } catch (err) {
    return { articles: null, damaged: 0, problem: `Drafts cannot be kept in this browser (${err.message}); they stay only while this tab is open.` };
  }
  const { records } = all;
  let list = all.list ?? { order: [], rev: 0 };
  const first = all.list === null && records.size === 0;
  let migrated = false;
  if (first) {
    // Older versions' drafts, newest first: version 1's record (or its closing copy), then
    // the first version's localStorage.
    const old = oldDrafts(all.old);
    if (old) {
      for (const { name, text } of old) {
        const id = newId();
        records.set(id, { id, name, text, rev: 0 });
        list.order.push(id);
      }
      migrated = true;
    }
  }
  // What this tab knows is what was stored; what the logs and older versions add is unsaved.
  known = new Map();
  for (const [id, r] of records) if (r.rev > 0) known.set(id, { rev: r.rev, name: r.name, text: r.text });
  knownList = { rev: all.list?.rev ?? 0, order: all.list?.order ?? [] };
  const logs = walLogs();
  list = { ...list, order: [...list.order] };
  const replayed = replay(records, list, logs);
  const articles = list.order.filter((id) => records.has(id)).map((id) => ({ id, name: records.get(id).name, text: records.get(id).text }));
  noted = new Map(articles.map((a) => [a.id, { name: a.name, text: a.text }]));
  notedOrder = articles.map((a) => a.id);
  const pendingSave = replayed || migrated;
  const damaged = await countDamaged();
  const problem = all.damaged
    ? `${all.damaged === 1 ? 'A copy' : `${all.damaged} copies`} saved in this browser could not be read, so ${all.damaged === 1 ? 'it was' : 'they were'} set aside, not overwritten.`
    : damaged
      ? `${damaged === 1 ? 'A damaged copy is' : `${damaged} damaged copies are`} still set aside in this browser.`
      : null;
  const empty = first && !migrated && !replayed;
  if (pendingSave) {
    // Written now, so the logs can go: the next load would otherwise replay them again.
    await save(articles).then(() => forgetLogs(logs), () => {});
  } else forgetLogs(logs.filter(([, entries]) => entries.length === 0));
  return { articles: empty ? null : articles, damaged, problem };
}

function oldDrafts(old) {
  let stored = null;
  try {
    const copy = JSON.parse(localStorage.getItem(OLD_PENDING_KEY) ?? 'null');
    if (copy && validList(copy.articles) && copy.saved > (old?.saved ?? 0)) stored = copy.articles;
  } catch {
    // an unreadable closing copy is ignored
  }
  stored ??= old?.articles ?? null;
  if (!stored) {
    try {
      const legacy = JSON.parse(localStorage.getItem(LEGACY_KEY) ?? 'null');
      if (validList(legacy)) stored = legacy;
    } catch {
      // an unreadable first-version copy is ignored
    }
  }
  try {
    localStorage.removeItem(OLD_PENDING_KEY);
    localStorage.removeItem(LEGACY_KEY);
  } catch {
    // nothing to remove
  }
  return stored?.map(({ name, text }) => ({ name, text })) ?? null;
}

async function countDamaged() {
  try {
    const out = await transact([DAMAGED], 'readonly', (stores, out) => {
      out.n = 0;
      const cursor = stores[DAMAGED].openCursor();
      cursor.onsuccess = () => {
        if (!cursor.result) return;
        if (!cursor.result.value?.taken) out.n++;
        cursor.result.continue();
      };
    });
    return out.n;
  } catch {
    return 0;
  }
}

/**
 * The set-aside copies not yet taken back, as one JSON text for the reader to keep (each
 * {why, when, value}), and marks them taken: they stay stored, but are no longer offered.
 */
export async function takeDamaged() {
  const out = await transact([DAMAGED], 'readwrite', (stores, out) => {
    out.copies = [];
    const cursor = stores[DAMAGED].openCursor();
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c) return;
      if (!c.value?.taken) {
        out.copies.push({ why: c.value?.why, when: new Date(c.value?.when ?? 0).toISOString(), value: c.value?.value });
        c.update({ ...c.value, taken: true });
      }
      c.continue();
    };
  });
  return JSON.stringify(out.copies, (_, v) => (v === undefined ? null : v), 2);
}

// ---- writing -------------------------------------------------------------------------------

const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('verbatim-store') : null;

let saving = null;
let queued = null;
let again = null;

/**
 * Stores what changed in `articles` ([{id, name, text}]) since this tab last read or wrote
 * the store. Resolves `{conflict: false}`, or `{conflict: true}` when another tab changed
 * the same records first: then nothing was written, and the caller should `merge`. Rejects
 * with a reason the reader can act on. Saves run one at a time; a save asked for while one
 * runs follows it, with the articles as they are then.
 */
export function save(articles) {
  if (!saving) {
    saving = write(articles).finally(() => {
      saving = null;
    });
    return saving;
  }
  again = articles;
  queued ??= saving.catch(() => {}).then(() => {
    queued = null;
    const next = again;
    again = null;
    return save(next);
  });
  return queued;
}

async function write(articles) {
  const snapshot = articles.map(({ id, name, text }) => ({ id, name, text }));
  const order = snapshot.map((a) => a.id);
  const upTo = seq;
  const changes = snapshot.filter((a) => {
    const k = known.get(a.id);
    return !k || k.name !== a.name || k.text !== a.text;
  });
  const removed = [...known.keys()].filter((id) => !order.includes(id));
  const listChanged = !sameOrder(order, knownList.order);
  if (!changes.length && !removed.length && !listChanged) {
    settle(upTo);
    return { conflict: false };
  }
  const out = await transact([ARTICLES, META, PARTS], 'readwrite', (stores, out, tx) => {
    out.revs = new Map();
    out.conflict = false;
    const stale = () => {
      out.conflict = true;
      tx.abort();
    };
    const check = (id, have) => {
      // Changed since this tab read it, by another tab: unless it now holds the very same
      // text, writing would lose that tab's words.
      const k = known.get(id);
      const rev = have?.rev ?? 0;
      if (rev === (k?.rev ?? 0)) return true;
      const mine = snapshot.find((a) => a.id === id);
      return mine && have && have.text === mine.text && have.name === mine.name;
    };
    for (const a of changes) {
      stores[ARTICLES].get(a.id).onsuccess = (e) => {
        if (out.conflict) return;
        const have = e.target.result;
        if (!check(a.id, have)) return stale();
        const rev = (have?.rev ?? 0) + 1;
        putArticle(stores, { id: a.id, name: a.name, text: a.text, rev, tab, seq: upTo, saved: Date.now() });
        out.revs.set(a.id, rev);
      };
    }
    for (const id of removed) {
      stores[ARTICLES].get(id).onsuccess = (e) => {
        if (out.conflict) return;
        const have = e.target.result;
        if (have && have.rev !== known.get(id).rev) return stale();
        stores[ARTICLES].delete(id);
        stores[PARTS].delete(IDBKeyRange.bound([id, 0], [id, Infinity]));
      };
    }
    stores[META].get(LIST_KEY).onsuccess = (e) => {
      if (out.conflict) return;
      const have = e.target.result;
      if (listChanged || (changes.length && !have)) {
        if ((have?.rev ?? 0) !== knownList.rev && !(have && sameOrder(have.order, order))) return stale();
        out.list = { order, rev: (have?.rev ?? 0) + 1, tab, seq: upTo };
        stores[META].put(out.list, LIST_KEY);
      }
    };
  });
  if (out.conflict) return { conflict: true };
  for (const a of changes) known.set(a.id, { rev: out.revs.get(a.id), name: a.name, text: a.text });
  for (const id of removed) known.delete(id);
  if (out.list) knownList = { rev: out.list.rev, order };
  settle(upTo);
  channel?.postMessage({ from: tab });
  return { conflict: false };
}

/**
 * A save holding every edit up to number `upTo` is written: those leave the log; later ones
 * now build on the revisions just written, and a broken log can start again.
 */
function settle(upTo) {
  wal = wal.filter((e) => e.s > upTo);
  for (const e of wal) e.base = e.order ? knownList.rev : known.get(e.id)?.rev ?? 0;
  if (walBroken && upTo >= dropped) walBroken = false;
  if (!walBroken) writeWal();
}

/**
 * After another tab saved (`subscribe`), or a save found a conflict: the stored articles
 * with this tab's unsaved work laid over them. An article both tabs changed keeps the
 * stored version, and this tab's version comes back as a new article right after it (so
 * nothing is lost and nothing is overwritten unseen). `current()` gives this tab's
 * articles; `untouched`: the reader has changed none of them (a first visit's samples), so
 * the stored articles replace them. Resolves {articles, copies: names of the articles kept as copies}; the caller
 * shows them and saves.
 */
export async function merge(current, { untouched = false } = {}) {
  await (queued ?? saving)?.catch(() => {});
  const all = await readAll();
  // Read only now: what the reader typed while the store was read is in it.
  const articles = current();
  const records = all.records;
  const storedOrder = (all.list?.order ?? []).filter((id) => records.has(id));
  const mine = new Map(articles.map((a) => [a.id, a]));
  const out = [];
  const copies = [];
  const listMoved = (all.list?.rev ?? 0) !== knownList.rev;
  // The order: the stored one if another tab changed it or this tab did not; else this tab's.
  const base = listMoved || sameOrder(articles.map((a) => a.id), knownList.order) ? storedOrder : articles.map((a) => a.id);
  const seen = new Set();
  const keep = (id) => {
    if (seen.has(id)) return;
    seen.add(id);
    const r = records.get(id);
    const a = mine.get(id);
    const k = known.get(id);
    const localChange = a && (!k || k.text !== a.text || k.name !== a.name);
    const storedChange = r && r.rev !== (k?.rev ?? 0);
    if (r && !a && !k) out.push({ id, name: r.name, text: r.text }); // added elsewhere
    else if (r && !a) {
      if (storedChange) out.push({ id, name: r.name, text: r.text }); // removed here, edited there: kept
    } else if (!r && a) {
      if (!k || localChange) out.push({ ...a }); // new here, or removed there but edited here
    } else if (r && a) {
      if (!localChange) out.push({ id, name: r.name, text: r.text });
      else if (!storedChange || (r.text === a.text && r.name === a.name)) out.push({ ...a });
      else {
        out.push({ id, name: r.name, text: r.text });
        const copy = { id: newId(), name: `${a.name || 'Untitled'} (this tab's copy)`, text: a.text };
        out.push(copy);
        copies.push(copy.name);
      }
    }
  };
  if (untouched) for (const id of storedOrder) out.push({ id, name: records.get(id).name, text: records.get(id).text });
  else {
    for (const id of base) keep(id);
    for (const id of storedOrder) if (!mine.has(id) || !listMoved) keep(id);
    for (const a of articles) keep(a.id);
  }
  // This tab now knows the stored state.
  known = new Map();
  for (const [id, r] of records) known.set(id, { rev: r.rev, name: r.name, text: r.text });
  knownList = { rev: all.list?.rev ?? 0, order: all.list?.order ?? [] };
  // The log starts again from the stored state: the caller's next `note` logs what this tab
  // adds to it (its copies), on the revisions just read.
  wal = [];
  walBroken = false;
  writeWal();
  noted = new Map([...records].map(([id, r]) => [id, { name: r.name, text: r.text }]));
  notedOrder = storedOrder;
  return { articles: out, copies };
}

/** Calls `changed()` when another tab has saved. */
export function subscribe(changed) {
  channel?.addEventListener('message', (event) => {
    if (event.data?.from !== tab) changed();
  });
}
