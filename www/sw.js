// Lets the page open without a network once it has been opened with one. Network first:
// every request goes to the server as if this worker were not here, and the answer is kept;
// only when the network fails is the kept copy used. So an update on the server is always
// what an online reader gets, and an offline reader gets the last version they loaded.
// Only this site's own GET requests are touched; the page never asks any other origin.

const CACHE = 'verbatim-v3';
// The files of the built site (`make site` bundles the page's modules into app.js).
const SHELL = ['./', 'index.html', 'style.css', 'app.js', 'worker.js', 'pkg/verbatim.js', 'pkg/verbatim_bg.wasm',
  'seeds/index.json'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) =>
        cache.addAll(SHELL).then(async () => {
          // The sample articles too, so "Load sample articles" works offline.
          const index = await (await cache.match('seeds/index.json'))?.json();
          if (Array.isArray(index)) await cache.addAll(index.map((s) => `seeds/${encodeURIComponent(s.file)}`));
        }),
      )
      .catch(() => {}) // a partial cache still serves what it holds
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() => caches.match(request, { ignoreSearch: true }).then((kept) => kept ?? Response.error())),
  );
});
