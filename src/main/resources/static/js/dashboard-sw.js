// Service worker of the phone view (/m/). The page and its figures: network first, the last answer when offline
// (marked with the time it was fetched, so the page can say how old it is). Static files (content-hashed URLs):
// cache first.
'use strict';

var CACHE = 'toancanh-m-v1';

self.addEventListener('install', function () {
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

function stamped(response) {
  var headers = new Headers(response.headers);
  headers.set('X-Toancanh-Cached-At', new Date().toISOString());
  return response.clone().blob().then(function (body) {
    return new Response(body, { status: response.status, statusText: response.statusText, headers: headers });
  });
}

function networkFirst(request) {
  return fetch(request).then(function (response) {
    if (response.ok && !response.redirected) {
      var copy = response.clone();
      stamped(copy).then(function (s) {
        caches.open(CACHE).then(function (cache) { cache.put(request, s); });
      });
    }
    return response;
  }).catch(function () {
    return caches.match(request).then(function (cached) {
      return cached || new Response('', { status: 503, statusText: 'Offline' });
    });
  });
}

function cacheFirst(request) {
  return caches.match(request).then(function (cached) {
    return cached || fetch(request).then(function (response) {
      if (response.ok) {
        var copy = response.clone();
        caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
      }
      return response;
    });
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname === '/api/dashboard/events') {
    return;
  }
  if (/^\/(webjars|css|js|img)\//.test(url.pathname) || url.pathname === '/favicon.svg') {
    event.respondWith(cacheFirst(request));
  } else if (url.pathname.indexOf('/m/') === 0 || url.pathname.indexOf('/api/analytics') === 0) {
    event.respondWith(networkFirst(request));
  }
});
