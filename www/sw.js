// Lets the page open without a network once it has been opened with one, and makes sure an
// update on the server is what an online reader gets.
//
// Network first, revalidated: every request of the site's own goes to the server with
// `cache: 'no-cache'`, so the browser's HTTP cache (a host's 10-minute max-age) can answer
// only once the server has said the file is unchanged; the answer is kept, and the kept copy
// is used only when the network fails. So the page never runs an old app.js against a new
// module, or the reverse, beyond one deployment in mid-load.
//
// `make site` writes the build's content hash into BUILD: a new deployment is a new worker,
// which installs the new files (fetched past the HTTP cache), takes over at once and tells
// the pages it controls ({type: 'updated', build}), so they can offer a reload.
// Only this site's own GET requests are touched; the page never asks any other origin.

const BUILD = '__BUILD__'; // replaced by `make site`; left as is when served from www/
const CACHE = `verbatim-${BUILD}`;
// The files of the built site (`make site` bundles the page's modules into app.js).
const SHELL = ['./', 'index.html', 'style.css', 'app.js', 'worker.js', 'pkg/verbatim.js', 'pkg/verbatim_bg.wasm',
  'seeds/index.json'];

/** A request that goes past the HTTP cache (revalidating) to the server. */
const fresh = (url) => new Request(url, { cache: 'no-cache' });

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) =>
        cache.addAll(SHELL.map(fresh)).then(async () => {
          // The sample articles too, so "Load sample articles" works offline.
          const index = await (await cache.match('seeds/index.json'))?.json();
          if (Array.isArray(index)) await cache.addAll(index.map((s) => fresh(`seeds/${encodeURIComponent(s.file)}`)));
        }),
      )
      .catch(() => {}) // a partial cache still serves what it holds
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE && k.startsWith('verbatim-')).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
      .then(() => self.clients.matchAll({ type: 'window' }))
      .then((pages) => pages.forEach((page) => page.postMessage({ type: 'updated', build: BUILD }))),
  );
});

self.addEventListener('message', (event) => {
  // A page asks which build answers it (to tell the reader after a deployment).
  if (event.data?.type === 'build') event.source?.postMessage({ type: 'build', build: BUILD });
});

/**
 * The answer as the page gets it: marked `no-cache`, whatever the host said. Otherwise the
 * page's own memory cache reuses a module script a host called fresh for ten minutes, on the
 * next visit, without asking this worker: the old app.js with a new module.
 */
function revalidated(response) {
  if (!response.ok || response.type !== 'basic') return response;
  const headers = new Headers(response.headers);
  headers.set('cache-control', 'no-cache');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request, { cache: 'no-cache' })
      .then((response) => {
        response = revalidated(response);
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() => caches.match(request, { ignoreSearch: true }).then((kept) => kept ?? Response.error())),
  );
});
