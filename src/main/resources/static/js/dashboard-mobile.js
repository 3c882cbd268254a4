// The leader's phone view: registers the service worker that keeps the last page and figures for offline reading,
// and says so when the network is gone.
(function () {
  'use strict';

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/m/sw.js', { scope: '/m/' }).then(function (registration) {
      document.documentElement.dataset.serviceWorker = registration.active ? 'active' : 'registered';
    }, function () {
      document.documentElement.dataset.serviceWorker = 'failed';
    });
  }

  var banner = document.getElementById('mobile-offline');
  function update() {
    if (banner) {
      banner.hidden = navigator.onLine;
    }
  }
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  update();
})();
