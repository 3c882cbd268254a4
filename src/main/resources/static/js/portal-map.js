// The portal's small maps: Leaflet and the GeoJSON load only when a map comes near the screen, so pages stay light.
// <div class="portal-map" data-geojson="/portal/api/map.geojson?layers=SCHOOL" data-leaflet-js=… data-leaflet-css=…
//      [data-lat data-lng]> — communes are drawn as outlines, public points as dots with a popup.
(function () {
  'use strict';
  var COLOURS = { HERITAGE: '#b3261e', SCHOOL: '#0a58ca', HEALTH_STATION: '#198754', PROJECT: '#6f42c1', OFFICE: '#0b3d6e' };
  var loading = null;

  function leaflet(el) {
    if (window.L) { return Promise.resolve(window.L); }
    if (loading) { return loading; }
    loading = new Promise(function (resolve, reject) {
      var css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = el.dataset.leafletCss;
      document.head.appendChild(css);
      var js = document.createElement('script');
      js.src = el.dataset.leafletJs;
      js.onload = function () { resolve(window.L); };
      js.onerror = reject;
      document.head.appendChild(js);
    });
    return loading;
  }

  function popup(p) {
    var box = document.createElement('div');
    var title = document.createElement(p.url ? 'a' : 'strong');
    title.textContent = p.name;
    if (p.url) { title.href = p.url; }
    box.appendChild(title);
    if (p.address) {
      var line = document.createElement('div');
      line.textContent = p.address;
      box.appendChild(line);
    }
    return box;
  }

  function draw(el) {
    Promise.all([leaflet(el), fetch(el.dataset.geojson).then(function (r) { return r.json(); })]).then(function (all) {
      var L = all[0];
      var data = all[1];
      var map = L.map(el, { scrollWheelZoom: false, attributionControl: false });
      var units = L.geoJSON(data, {
        filter: function (f) { return f.properties.kind === 'unit'; },
        style: { color: '#0b3d6e', weight: 1, fillColor: '#dfe8f3', fillOpacity: 0.6 }
      }).addTo(map);
      L.geoJSON(data, {
        filter: function (f) { return f.properties.kind === 'poi'; },
        pointToLayer: function (f, latlng) {
          return L.circleMarker(latlng, { radius: 7, color: '#fff', weight: 2, fillOpacity: 1,
            fillColor: COLOURS[f.properties.layer] || '#333' });
        },
        onEachFeature: function (f, layer) { layer.bindPopup(popup(f.properties)); }
      }).addTo(map);
      if (el.dataset.lat) {
        map.setView([parseFloat(el.dataset.lat), parseFloat(el.dataset.lng)], 14);
        L.circleMarker([parseFloat(el.dataset.lat), parseFloat(el.dataset.lng)], { radius: 11, color: '#b3261e', weight: 3, fill: false }).addTo(map);
      } else if (units.getLayers().length) {
        map.fitBounds(units.getBounds());
      } else {
        map.setView([20.85, 106.6], 12);
      }
    }).catch(function () {
      el.textContent = el.dataset.failed || '';
    });
  }

  function start() {
    var maps = document.querySelectorAll('.portal-map[data-geojson]');
    if (!('IntersectionObserver' in window)) { maps.forEach(draw); return; }
    var seen = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) {
        if (e.isIntersecting) { seen.unobserve(e.target); draw(e.target); }
      });
    }, { rootMargin: '200px' });
    maps.forEach(function (m) { seen.observe(m); });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
