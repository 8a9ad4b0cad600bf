// Keeps the reader's articles in this browser, so a reload or a closed tab loses nothing.
// IndexedDB holds them (room for many megabytes, unlike localStorage's few); nothing is sent
// anywhere. What is stored is checked when read back: a damaged copy is reported and set
// aside, never shown as a blank page.

const DB_NAME = 'verbatim';
const STORE = 'state';
const KEY = 'articles';
/** Where the first version of the page kept drafts; read once, then moved to IndexedDB. */
const LEGACY_KEY = 'verbatim.articles.v1';

let opening = null;

function open() {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('storage unavailable'));
    request.onblocked = () => reject(new Error('storage is blocked by another tab'));
  });
  return opening;
}

function transact(mode, run) {
  return open().then(
    (db) =>
      new Promise((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const request = run(tx.objectStore(STORE));
        tx.oncomplete = () => resolve(request.result);
        tx.onerror = () => reject(tx.error ?? new Error('storage failed'));
        tx.onabort = () => reject(tx.error ?? new Error('storage was refused (is the disk full?)'));
      }),
  );
}

const valid = (list) => Array.isArray(list) && list.every((a) => typeof a?.name === 'string' && typeof a?.text === 'string');

/**
 * The stored articles: `{articles}` (null on a first visit, possibly empty if the reader
 * removed everything), plus `problem`, a sentence for the reader when the copy was unreadable.
 */
export async function load() {
  let value;
  try {
    value = await transact('readonly', (store) => store.get(KEY));
  } catch (err) {
    return { articles: null, problem: `Drafts cannot be kept in this browser (${err.message}); they stay only while this tab is open.` };
  }
  const newer = pending(value?.saved);
  if (newer) return { articles: newer, problem: null };
  if (value === undefined) return { articles: legacy(), problem: null };
  if (valid(value?.articles)) return { articles: value.articles.map(({ name, text }) => ({ name, text })), problem: null };
  return { articles: null, problem: 'The articles saved in this browser could not be read, so they were set aside.' };
}

function legacy() {
  try {
    const stored = JSON.parse(localStorage.getItem(LEGACY_KEY) ?? 'null');
    localStorage.removeItem(LEGACY_KEY);
    return valid(stored) ? stored : null;
  } catch {
    return null;
  }
}

/** Where the last words typed before the tab closed wait for IndexedDB (see `saveNow`). */
const PENDING_KEY = 'verbatim.pending';

/**
 * Stores the list at once, for a tab that is closing: IndexedDB writes are asynchronous
 * and may not finish before the page goes, so a copy goes to localStorage synchronously
 * (if it fits) and is taken back on the next load. False if it did not fit.
 */
export function saveNow(articles) {
  try {
    localStorage.setItem(PENDING_KEY, JSON.stringify({ articles: articles.map(({ name, text }) => ({ name, text })), saved: Date.now() }));
    return true;
  } catch {
    return false;
  }
}

/** The copy `saveNow` left, if it is newer than `saved` (and readable); then forgotten. */
function pending(saved) {
  try {
    const copy = JSON.parse(localStorage.getItem(PENDING_KEY) ?? 'null');
    localStorage.removeItem(PENDING_KEY);
    return copy && valid(copy.articles) && copy.saved > (saved ?? 0) ? copy.articles : null;
  } catch {
    return null;
  }
}

/** Stores the list, replacing the last copy. Rejects with a reason the reader can act on. */
export function save(articles) {
  const value = { articles: articles.map(({ name, text }) => ({ name, text })), saved: Date.now() };
  return transact('readwrite', (store) => store.put(value, KEY));
}
