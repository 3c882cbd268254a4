// The feedback pages' map: on the form, a tap (or "use my location") sets the place sent with the request; on a
// request's page, its pin. The communes' outlines are always drawn, so the map works offline without base tiles.
(function () {
  'use strict';
  function ready(fn) {
    if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', fn); } else { fn(); }
  }

  // A photo over the limit is refused as it is chosen, beside its field, rather than after a long upload.
  ready(function () {
    var photo = document.getElementById('photo');
    var error = document.getElementById('photo-error');
    if (!photo || !error || !photo.dataset.maxBytes) { return; }
    photo.addEventListener('change', function () {
      var file = photo.files && photo.files[0];
      var tooLarge = !!file && file.size > parseInt(photo.dataset.maxBytes, 10);
      photo.classList.toggle('is-invalid', tooLarge);
      error.textContent = tooLarge ? photo.dataset.tooLarge : '';
      if (tooLarge) { photo.value = ''; }
    });
  });

  ready(function () {
    var el = document.getElementById('feedback-map');
    if (!el || typeof L === 'undefined') { return; }
    var map = L.map(el, { scrollWheelZoom: false }).setView([20.87, 106.6], 12);
    if (el.dataset.tileUrl) {
      L.tileLayer(el.dataset.tileUrl, { attribution: el.dataset.tileAttribution || '', maxZoom: 19 }).addTo(map);
    }
    var marker = null;
    var fixed = el.dataset.lat ? [parseFloat(el.dataset.lat), parseFloat(el.dataset.lon)] : null;
    fetch(el.dataset.boundaries).then(function (r) { return r.ok ? r.json() : null; }).then(function (geo) {
      if (!geo || !geo.features.length) { return; }
      var layer = L.geoJSON(geo, { style: { color: '#0b3d6e', weight: 1, fillOpacity: 0.05 },
        onEachFeature: function (f, l) { l.bindTooltip(f.properties.name); } }).addTo(map);
      if (!fixed && !marker) { map.fitBounds(layer.getBounds()); }
    }).catch(function () { /* outlines are a help, not a need */ });

    if (fixed) {
      L.marker(fixed, { keyboard: false }).addTo(map);
      map.setView(fixed, 15);
      return;
    }

    var lat = document.getElementById('latitude');
    var lon = document.getElementById('longitude');
    var status = document.getElementById('feedback-pin-status');
    var none = status.textContent;
    function pin(latlng, zoom) {
      var p = [Math.round(latlng[0] * 1e6) / 1e6, Math.round(latlng[1] * 1e6) / 1e6];
      if (marker) { marker.setLatLng(p); } else { marker = L.marker(p, { keyboard: false }).addTo(map); }
      lat.value = p[0];
      lon.value = p[1];
      status.textContent = el.dataset.chosen.replace('{0}', p[0]).replace('{1}', p[1]);
      if (zoom) { map.setView(p, 16); }
    }
    if (lat.value && lon.value) { pin([parseFloat(lat.value), parseFloat(lon.value)], true); }
    map.on('click', function (e) { pin([e.latlng.lat, e.latlng.lng], false); });
    document.getElementById('feedback-locate').addEventListener('click', function () {
      if (!navigator.geolocation) { status.textContent = el.dataset.denied; return; }
      navigator.geolocation.getCurrentPosition(function (pos) {
        pin([pos.coords.latitude, pos.coords.longitude], true);
      }, function () { status.textContent = el.dataset.denied; }, { enableHighAccuracy: true, timeout: 10000 });
    });
    document.getElementById('feedback-unpin').addEventListener('click', function () {
      if (marker) { map.removeLayer(marker); marker = null; }
      lat.value = '';
      lon.value = '';
      status.textContent = none;
    });
  });
}());
