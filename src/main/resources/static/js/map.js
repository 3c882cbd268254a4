// The digital map (Leaflet): unit boundaries, point layers with popups, search, and choropleths coloured from the
// analytics API. Two entry points, started on page load for the elements that ask for them:
//   ToanCanhMap.page(element)                 the full /map page (#map with data-parent, data-tile-url, …)
//   ToanCanhMap.choropleth(element, options)  a small coloured map for dashboards; see templates/map/fragments.html
// Both return a promise of an object with the Leaflet map and what tests and other scripts may call.
(function (window, document) {
  'use strict';

  var L = window.L;
  // ColorBrewer OrRd, five classes: light for low values, dark for high ones.
  var PALETTE = ['#fef0d9', '#fdcc8a', '#fc8d59', '#e34a33', '#b30000'];
  var NO_DATA = '#d9dde3';
  var BOUNDARY = {color: '#0b3d6e', weight: 1.5, opacity: 0.9, fillColor: '#9ec5fe', fillOpacity: 0.25};
  var LAYERS = {
    OFFICE: {icon: 'bi-building', color: '#0b3d6e'},
    HERITAGE: {icon: 'bi-bank', color: '#7a4100'},
    CAMERA: {icon: 'bi-camera-video', color: '#343a40'},
    LOUDSPEAKER: {icon: 'bi-megaphone', color: '#9c4a00'},
    STATION: {icon: 'bi-water', color: '#006d77'},
    SCHOOL: {icon: 'bi-mortarboard', color: '#1b6e34'},
    HEALTH_STATION: {icon: 'bi-hospital', color: '#b3261e'},
    PROJECT: {icon: 'bi-cone-striped', color: '#6f42c1'},
    OTHER: {icon: 'bi-geo-alt', color: '#495057'}
  };
  // Point properties that are fields; any other property is a free attribute shown in the popup.
  var FIELDS = ['id', 'layer', 'name', 'description', 'address', 'unitCode', 'unitName', 'link', 'public'];

  function texts(element) {
    var holder = (element && element.querySelector('.tc-map-texts')) || document.querySelector('.tc-map-texts');
    return holder ? holder.dataset : {};
  }

  function layerLabel(t, layer) {
    return t['layer' + layer.charAt(0) + layer.slice(1).toLowerCase()] || layer;
  }

  function locale() {
    return document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN';
  }

  /** 1234.5 → "1.234,5" in Vietnamese, "1,234.5" in English. */
  function formatNumber(value) {
    return new Intl.NumberFormat(locale(), {maximumFractionDigits: 2}).format(value);
  }

  function escapeHtml(value) {
    return String(value == null ? '' : value).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }

  function safeLink(href) {
    return /^(https?:\/\/|\/(?!\/))/.test(href || '') ? href : null;
  }

  function getJson(url) {
    return fetch(url, {headers: {Accept: 'application/json'}, credentials: 'same-origin'}).then(function (r) {
      if (!r.ok) {
        throw new Error('HTTP ' + r.status + ' ' + url);
      }
      return r.json();
    });
  }

  function format(template, args) {
    return String(template || '').replace(/\{(\d)\}/g, function (m, i) {
      return args[i];
    });
  }

  // ---- classes and ranks ----------------------------------------------------------------------------------------

  /**
   * Five quantile classes (fewer when there are fewer distinct values): each value's class index, and each class's
   * range. Equal values always fall in the same class.
   */
  function classify(values, count) {
    var sorted = values.slice().sort(function (a, b) { return a - b; });
    var n = sorted.length;
    var k = Math.min(count || PALETTE.length, new Set(sorted).size);
    var classes = [];
    if (n === 0 || k === 0) {
      return {classOf: function () { return -1; }, classes: classes};
    }
    var firstIndex = new Map();
    sorted.forEach(function (v, i) {
      if (!firstIndex.has(v)) {
        firstIndex.set(v, i);
      }
    });
    function classOf(v) {
      return Math.min(k - 1, Math.floor(firstIndex.get(v) * k / n));
    }
    sorted.forEach(function (v) {
      var c = classOf(v);
      if (!classes[c]) {
        classes[c] = {min: v, max: v, count: 0};
      }
      classes[c].max = v;
      classes[c].count++;
    });
    // Spread the used classes over the whole palette, so two classes are light and dark, not two light ones.
    var used = classes.map(function (c, i) { return c ? i : -1; }).filter(function (i) { return i >= 0; });
    used.forEach(function (c, j) {
      classes[c].color = PALETTE[used.length === 1 ? PALETTE.length - 1
        : Math.round(j * (PALETTE.length - 1) / (used.length - 1))];
    });
    return {
      classOf: function (v) { return firstIndex.has(v) ? classOf(v) : -1; },
      classes: used.map(function (c) { return classes[c]; }),
      colorOf: function (v) { return firstIndex.has(v) ? classes[classOf(v)].color : NO_DATA; }
    };
  }

  /** Competition ranks, highest value first: 10, 8, 8, 5 → 1, 2, 2, 4. */
  function ranks(valuesByCode) {
    var entries = Object.keys(valuesByCode).map(function (code) { return [code, valuesByCode[code]]; });
    entries.sort(function (a, b) { return b[1] - a[1]; });
    var result = {};
    entries.forEach(function (e, i) {
      result[e[0]] = i > 0 && entries[i - 1][1] === e[1] ? result[entries[i - 1][0]] : i + 1;
    });
    return result;
  }

  function analyticsUrl(dx, pe, parent) {
    return '/api/analytics?dimension=' + encodeURIComponent('dx:' + dx)
      + '&dimension=' + encodeURIComponent('ou:' + parent + ';CHILDREN')
      + '&filter=' + encodeURIComponent('pe:' + pe);
  }

  /** The analytics grid's values by unit code, and the item's name and unit of measure from its metadata. */
  function readGrid(grid, dx) {
    var names = grid.headers.map(function (h) { return h.name; });
    var ou = names.indexOf('ou');
    var value = names.indexOf('value');
    var values = {};
    grid.rows.forEach(function (row) {
      var v = parseFloat(row[value]);
      if (isFinite(v)) {
        values[row[ou]] = v;
      }
    });
    var items = (grid.metaData && grid.metaData.items) || {};
    var item = items[dx] || {};
    return {values: values, name: item.name || dx, unitOfMeasure: item.unitOfMeasure || ''};
  }

  // ---- the boundaries and their colouring --------------------------------------------------------------------

  function Choropleth(map, t) {
    this.map = map;
    this.t = t;
    this.layer = L.geoJSON(null, {style: function () { return BOUNDARY; }});
    this.legend = L.control({position: 'bottomright'});
    this.legend.onAdd = function () {
      var div = L.DomUtil.create('div', 'map-legend');
      div.hidden = true;
      L.DomEvent.disableClickPropagation(div);
      return div;
    };
    this.legend.addTo(map);
    this.data = null;
  }

  Choropleth.prototype.setUnits = function (collection, onEach) {
    var self = this;
    this.byCode = {};
    this.layer.clearLayers();
    this.layer.options.onEachFeature = function (feature, layer) {
      self.byCode[feature.properties.code] = layer;
      layer.bindTooltip(function () { return self.tooltip(feature); }, {sticky: true});
      if (onEach) {
        onEach(feature, layer);
      }
    };
    this.layer.addData(collection);
    return this;
  };

  Choropleth.prototype.tooltip = function (feature) {
    var code = feature.properties.code;
    var html = '<strong>' + escapeHtml(feature.properties.name) + '</strong>';
    if (this.data) {
      var v = this.data.values[code];
      html += '<br>' + (v === undefined ? escapeHtml(this.t.noData)
        : escapeHtml(formatNumber(v) + (this.data.unitOfMeasure ? ' ' + this.data.unitOfMeasure : ''))
          + '<br>' + escapeHtml(format(this.t.rank, [this.data.ranks[code], this.data.ranked])));
    }
    return html;
  };

  /** Colours the units by dx over pe; resolves with the values read, rejects when analytics cannot answer. */
  Choropleth.prototype.show = function (dx, pe, parent, periodLabel) {
    var self = this;
    this.message(this.t.loading);
    return getJson(analyticsUrl(dx, pe, parent)).then(function (grid) {
      var data = readGrid(grid, dx);
      var shown = {};
      Object.keys(data.values).forEach(function (code) {
        if (self.byCode[code]) {
          shown[code] = data.values[code];
        }
      });
      data.values = shown;
      data.ranks = ranks(shown);
      data.ranked = Object.keys(shown).length;
      data.classes = classify(Object.keys(shown).map(function (c) { return shown[c]; }));
      data.dx = dx;
      data.pe = pe;
      self.data = data;
      self.layer.eachLayer(function (layer) {
        var v = shown[layer.feature.properties.code];
        layer.setStyle({
          color: '#33414f', weight: 1, opacity: 1, fillOpacity: 0.8,
          fillColor: v === undefined ? NO_DATA : data.classes.colorOf(v)
        });
      });
      self.drawLegend(periodLabel || pe);
      return data;
    }).catch(function (error) {
      self.clear();
      self.message(self.t.analyticsFailed);
      throw error;
    });
  };

  Choropleth.prototype.clear = function () {
    this.data = null;
    this.layer.setStyle(BOUNDARY);
    this.legendElement().hidden = true;
  };

  Choropleth.prototype.legendElement = function () {
    return this.legend.getContainer();
  };

  Choropleth.prototype.message = function (text) {
    var div = this.legendElement();
    div.hidden = false;
    div.innerHTML = '<p class="mb-0">' + escapeHtml(text) + '</p>';
  };

  Choropleth.prototype.drawLegend = function (pe) {
    var data = this.data;
    var div = this.legendElement();
    var html = '<p class="map-legend-title">' + escapeHtml(data.name) + '</p>'
      + '<p class="map-legend-sub">' + escapeHtml(pe) + (data.unitOfMeasure ? ' · ' + escapeHtml(data.unitOfMeasure) : '')
      + '</p>';
    if (data.ranked === 0) {
      html += '<p class="mb-0">' + escapeHtml(this.t.noValues) + '</p>';
    }
    html += '<ul class="list-unstyled mb-0">';
    data.classes.classes.forEach(function (c) {
      var range = c.min === c.max ? formatNumber(c.min) : formatNumber(c.min) + ' – ' + formatNumber(c.max);
      html += '<li><span class="map-swatch" style="background:' + c.color + '"></span>' + escapeHtml(range) + '</li>';
    });
    html += '<li><span class="map-swatch" style="background:' + NO_DATA + '"></span>' + escapeHtml(this.t.noData)
      + '</li></ul>';
    div.innerHTML = html;
    div.hidden = false;
  };

  // ---- points --------------------------------------------------------------------------------------------------

  function markerIcon(layer) {
    var style = LAYERS[layer] || LAYERS.OTHER;
    return L.divIcon({
      className: 'map-poi map-poi-' + layer.toLowerCase(),
      html: '<span style="background:' + style.color + '"><i class="bi ' + style.icon + '" aria-hidden="true"></i></span>',
      iconSize: [26, 26],
      iconAnchor: [13, 13],
      popupAnchor: [0, -12]
    });
  }

  function poiPopup(t, p) {
    var style = LAYERS[p.layer] || LAYERS.OTHER;
    var html = '<div class="map-popup"><div class="map-popup-layer"><i class="bi ' + style.icon + '" aria-hidden="true"></i> '
      + escapeHtml(layerLabel(t, p.layer)) + '</div><strong class="map-popup-title">' + escapeHtml(p.name) + '</strong>';
    if (p.description) {
      html += '<p>' + escapeHtml(p.description) + '</p>';
    }
    html += '<dl>';
    if (p.address) {
      html += '<dt>' + escapeHtml(t.address) + '</dt><dd>' + escapeHtml(p.address) + '</dd>';
    }
    if (p.unitCode) {
      html += '<dt>' + escapeHtml(t.locatedIn) + '</dt><dd><a href="/units/' + encodeURIComponent(p.unitCode) + '">'
        + escapeHtml(p.unitName || p.unitCode) + '</a></dd>';
    }
    Object.keys(p).forEach(function (key) {
      if (FIELDS.indexOf(key) < 0 && p[key] !== null && typeof p[key] !== 'object') {
        var v = typeof p[key] === 'number' ? formatNumber(p[key]) : p[key];
        html += '<dt>' + escapeHtml(key) + '</dt><dd>' + escapeHtml(v) + '</dd>';
      }
    });
    html += '</dl>';
    var link = safeLink(p.link);
    if (link) {
      html += '<a class="btn btn-sm btn-outline-primary" href="' + escapeHtml(link) + '">' + escapeHtml(t.openLink) + '</a>';
    }
    return html + '</div>';
  }

  function unitPopup(t, u, choropleth) {
    var html = '<div class="map-popup"><div class="map-popup-layer">' + escapeHtml(u.kindLabel || '') + '</div>'
      + '<strong class="map-popup-title">' + escapeHtml(u.name) + '</strong><dl><dt>' + escapeHtml(t.code) + '</dt><dd>'
      + escapeHtml(u.code) + '</dd>';
    var data = choropleth && choropleth.data;
    if (data && data.values[u.code] !== undefined) {
      html += '<dt>' + escapeHtml(data.name) + '</dt><dd>' + escapeHtml(formatNumber(data.values[u.code])
        + (data.unitOfMeasure ? ' ' + data.unitOfMeasure : '')) + ' · '
        + escapeHtml(format(t.rank, [data.ranks[u.code], data.ranked])) + '</dd>';
    }
    return html + '</dl><a class="btn btn-sm btn-outline-primary" href="/units/' + encodeURIComponent(u.code) + '">'
      + escapeHtml(t.openUnit) + '</a></div>';
  }

  function newMap(element, t, options) {
    var map = L.map(element, {
      zoomControl: false, attributionControl: true, maxZoom: options.maxZoom || 18, zoomSnap: 0.25, zoomDelta: 0.5
    });
    L.control.zoom({zoomInTitle: t.zoomIn || '+', zoomOutTitle: t.zoomOut || '−'}).addTo(map);
    // Markers shrink when the whole district is in view, so a phone still shows the communes beneath them.
    map.on('zoomend', function () {
      element.classList.toggle('map-zoom-far', map.getZoom() < 12);
      element.classList.toggle('map-zoom-mid', map.getZoom() >= 12 && map.getZoom() < 13.5);
    });
    map.setView([20.885, 106.62], 12);
    return map;
  }

  function fit(map, layer) {
    var bounds = layer.getBounds();
    if (bounds.isValid()) {
      map.fitBounds(bounds, {padding: [12, 12]});
    }
  }

  // ---- the /map page -------------------------------------------------------------------------------------------

  function page(element) {
    var t = texts(document);
    var parent = element.dataset.parent;
    var map = newMap(element, t, {maxZoom: parseInt(element.dataset.maxZoom, 10) || 18});
    var bases = {};
    if (element.dataset.tileUrl) {
      bases[t.base] = L.tileLayer(element.dataset.tileUrl, {
        attribution: element.dataset.tileAttribution || '',
        maxZoom: parseInt(element.dataset.maxZoom, 10) || 18
      }).addTo(map);
    }
    var choropleth = new Choropleth(map, t);
    var groups = {};
    var markers = {};
    var api = {map: map, choropleth: choropleth, groups: groups, markers: markers, parent: parent};

    var units = getJson('/api/map/units?parent=' + encodeURIComponent(parent)).then(function (collection) {
      choropleth.setUnits(collection, function (feature, layer) {
        layer.bindPopup(function () { return unitPopup(t, feature.properties, choropleth); });
      });
      choropleth.layer.addTo(map);
      fit(map, choropleth.layer);
    });
    var points = getJson('/api/map/pois').then(function (collection) {
      collection.features.forEach(function (f) {
        var p = f.properties;
        if (!groups[p.layer]) {
          groups[p.layer] = L.layerGroup().addTo(map);
        }
        var c = f.geometry.coordinates;
        var marker = L.marker([c[1], c[0]], {icon: markerIcon(p.layer), title: p.name, keyboard: true, riseOnHover: true})
          .bindPopup(function () { return poiPopup(t, p); });
        marker.addTo(groups[p.layer]);
        markers[p.id] = marker;
      });
    });
    // The stations' latest readings, when the sensors API answers (the overlay is simply absent otherwise).
    var sensors = getJson('/api/sensors/latest.geojson').then(function (collection) {
      api.sensors = sensorLayer(t, collection).addTo(map);
      return api.sensors;
    }, function () { return null; });
    // The active alerts that have a place (a station's flood or fire danger), when the alerts API answers.
    var warnings = getJson('/api/alerts/current.geojson').then(function (collection) {
      api.alerts = alertLayer(t, collection).addTo(map);
      return api.alerts;
    }, function () { return null; });
    // Citizens' open feedback the user may see, when the feedback module answers.
    var feedback = getJson('/feedback/requests.geojson').then(function (collection) {
      api.feedback = feedbackLayer(t, collection).addTo(map);
      return api.feedback;
    }, function () { return null; });
    api.ready = Promise.all([units, points, sensors, warnings, feedback]).then(function () {
      var overlays = {};
      overlays[layerName(t.boundaries, BOUNDARY.color, 'bi-bounding-box', choropleth.layer.getLayers().length)] = choropleth.layer;
      Object.keys(LAYERS).forEach(function (layer) {
        if (groups[layer]) {
          overlays[layerName(layerLabel(t, layer), LAYERS[layer].color, LAYERS[layer].icon,
            groups[layer].getLayers().length)] = groups[layer];
        }
      });
      if (api.sensors) {
        overlays[layerName(t.sensorsLayer, SENSOR_COLORS[2], 'bi-activity', api.sensors.getLayers().length)] = api.sensors;
      }
      if (api.alerts) {
        overlays[layerName(t.alertsLayer, ALERT_COLORS.CRITICAL, 'bi-exclamation-triangle-fill', api.alerts.getLayers().length)] = api.alerts;
      }
      if (api.feedback) {
        overlays[layerName(t.feedbackLayer, FEEDBACK_COLORS.ON_TRACK, 'bi-chat-left-text', api.feedback.getLayers().length)] =
          api.feedback;
      }
      api.control = L.control.layers(bases, overlays, {collapsed: window.innerWidth < 768, position: 'topright'})
        .addTo(map);
      labelLayerControl(api.control, t);
      if (!choropleth.layer.getLayers().length) {
        var all = L.featureGroup(Object.keys(groups).map(function (k) { return groups[k]; }));
        fit(map, all);
      }
      return api;
    });
    search(api, t);
    choroplethForm(api, t);
    return api.ready;
  }

  // ---- the active alerts (from the alerts module) -------------------------------------------------------------

  var ALERT_COLORS = {CRITICAL: '#b3261e', WARNING: '#e8710a', INFO: '#1f6fb2'};

  /** A ring coloured by severity around each alert's place, with the alert in a popup. */
  function alertLayer(t, collection) {
    var group = L.layerGroup();
    collection.features.forEach(function (f) {
      var p = f.properties;
      var c = f.geometry.coordinates;
      var color = ALERT_COLORS[p.severity] || ALERT_COLORS.INFO;
      var ring = L.circleMarker([c[1], c[0]], {radius: 18, color: color, weight: 4, fillColor: color, fillOpacity: 0.25,
        className: 'map-alert map-alert-' + p.severity.toLowerCase()});
      ring.bindPopup(function () {
        return '<div class="map-popup map-alert-popup"><div class="map-popup-layer" style="color:' + color + '">'
          + '<i class="bi bi-exclamation-triangle-fill" aria-hidden="true"></i> ' + escapeHtml(t.alertsLayer) + '</div>'
          + '<strong>' + escapeHtml(p.title) + '</strong><div class="small">' + escapeHtml(p.cause) + '</div>'
          + '<a href="' + escapeHtml(p.link) + '">' + escapeHtml(t.alertsOpen) + '</a></div>';
      });
      ring.feature = f;
      ring.addTo(group);
    });
    return group;
  }

  // ---- citizens' feedback (from the feedback module) -----------------------------------------------------------

  // By timeliness: overdue in red, due soon in orange, the rest in teal.
  var FEEDBACK_COLORS = {OVERDUE: '#b3261e', DUE_SOON: '#e8710a', ON_TRACK: '#00796b'};

  /** A small dot per open request, coloured by how close its deadline is, with the request in a popup. */
  function feedbackLayer(t, collection) {
    var group = L.layerGroup();
    collection.features.forEach(function (f) {
      var p = f.properties;
      var c = f.geometry.coordinates;
      var color = FEEDBACK_COLORS[p.timeliness] || FEEDBACK_COLORS.ON_TRACK;
      var dot = L.circleMarker([c[1], c[0]], {radius: 7, color: '#fff', weight: 2, fillColor: color, fillOpacity: 0.9,
        className: 'map-feedback map-feedback-' + String(p.timeliness).toLowerCase()});
      dot.bindPopup(function () {
        var link = safeLink(p.url);
        return '<div class="map-popup map-feedback-popup"><div class="map-popup-layer" style="color:' + color + '">'
          + '<i class="bi bi-chat-left-text" aria-hidden="true"></i> ' + escapeHtml(t.feedbackLayer) + '</div>'
          + '<strong>' + escapeHtml(p.code) + ' · ' + escapeHtml(p.category) + '</strong>'
          + '<div class="small">' + escapeHtml(p.statusLabel)
          + (p.timeliness !== 'NONE' && p.timelinessLabel ? ' · ' + escapeHtml(p.timelinessLabel) : '') + '</div>'
          + (p.unit ? '<div class="small">' + escapeHtml(p.unit) + '</div>' : '')
          + (link ? '<a href="' + escapeHtml(link) + '">' + escapeHtml(t.feedbackOpen) + '</a>' : '') + '</div>';
      });
      dot.feature = f;
      dot.addTo(group);
    });
    return group;
  }

  // ---- the stations' latest readings (from the sensors module) ------------------------------------------------

  // By alarm level 0–III; stations that are not water-level ones in blue, old readings in grey.
  var SENSOR_COLORS = ['#1b6e34', '#f2c230', '#e8710a', '#b3261e'];
  var SENSOR_OTHER = '#1f6fb2';
  var SENSOR_STALE = '#6c757d';
  var SENSOR_ORDER = ['WATER_LEVEL', 'TEMPERATURE', 'HUMIDITY', 'RAINFALL'];

  function sensorColor(p) {
    if (p.stale) {
      return SENSOR_STALE;
    }
    return p.kind === 'WATER_LEVEL' ? SENSOR_COLORS[p.alarmLevel] || SENSOR_COLORS[0] : SENSOR_OTHER;
  }

  function sensorValues(p) {
    return SENSOR_ORDER.filter(function (m) { return p.latest[m]; }).map(function (m) {
      return {measure: m, label: p.latest[m].label, text: formatNumber(p.latest[m].value) + ' ' + p.latest[m].unit,
        time: p.latest[m].time};
    });
  }

  /** A value label beside each station (its main value, coloured by alarm level), with the latest values in a popup. */
  function sensorLayer(t, collection) {
    var group = L.layerGroup();
    collection.features.forEach(function (f) {
      var p = f.properties;
      var values = sensorValues(p);
      var main = values.length ? values[0].text : '—';
      var color = sensorColor(p);
      var dark = color === SENSOR_COLORS[1];
      var level = p.kind === 'WATER_LEVEL' && p.alarmLevel > 0 ? ' · ' + ['', 'I', 'II', 'III'][p.alarmLevel] : '';
      var icon = L.divIcon({
        className: 'map-sensor map-sensor-level-' + p.alarmLevel,
        html: '<span style="background:' + color + ';color:' + (dark ? '#212529' : '#fff') + '">'
          + escapeHtml(main + level) + '</span>',
        iconSize: null,
        iconAnchor: [-14, 24]
      });
      var c = f.geometry.coordinates;
      var marker = L.marker([c[1], c[0]], {icon: icon, title: p.name + ': ' + main, keyboard: true, riseOnHover: true,
        zIndexOffset: 500});
      marker.bindPopup(function () { return sensorPopup(t, p, values); });
      marker.feature = f;
      marker.addTo(group);
    });
    return group;
  }

  function sensorPopup(t, p, values) {
    var html = '<div class="map-popup map-sensor-popup"><div class="map-popup-layer"><i class="bi bi-activity" aria-hidden="true"></i> '
      + escapeHtml(p.kindLabel) + '</div><strong class="map-popup-title">' + escapeHtml(p.name) + '</strong><dl>';
    values.forEach(function (v) {
      html += '<dt>' + escapeHtml(v.label) + '</dt><dd>' + escapeHtml(v.text) + '</dd>';
    });
    if (p.kind === 'WATER_LEVEL' && p.alarm1 !== null) {
      html += '<dt>' + escapeHtml(t.sensorsAlarm) + '</dt><dd>' + escapeHtml(t['sensorsAlarm' + p.alarmLevel] || '') + '</dd>';
    }
    if (p.observedAt) {
      var d = new Date(Date.parse(p.observedAt) + 7 * 3600 * 1000);
      var two = function (n) { return (n < 10 ? '0' : '') + n; };
      html += '<dt>' + escapeHtml(t.sensorsTime) + '</dt><dd>' + two(d.getUTCDate()) + '/' + two(d.getUTCMonth() + 1) + '/'
        + d.getUTCFullYear() + ' ' + two(d.getUTCHours()) + ':' + two(d.getUTCMinutes())
        + (p.stale ? ' (' + escapeHtml(t.sensorsStale) + ')' : '') + '</dd>';
    }
    html += '</dl>';
    var link = safeLink(p.url);
    if (link) {
      html += '<a class="btn btn-sm btn-outline-primary" href="' + escapeHtml(link) + '">' + escapeHtml(t.sensorsOpen) + '</a>';
    }
    return html + '</div>';
  }

  function layerName(label, color, icon, count) {
    return '<span class="map-layer-swatch" style="background:' + color + '"><i class="bi ' + icon
      + '" aria-hidden="true"></i></span> ' + escapeHtml(label) + ' <span class="map-layer-count">(' + count + ')</span>';
  }

  function labelLayerControl(control, t) {
    var toggle = control.getContainer().querySelector('.leaflet-control-layers-toggle');
    if (toggle) {
      toggle.title = t.layers;
      toggle.setAttribute('aria-label', t.layers);
    }
  }

  function status(text) {
    var el = document.getElementById('map-status');
    if (el) {
      el.textContent = text;
    }
  }

  /** Goes to a search hit and opens its popup: the unit's boundary, the point's marker, or a popup at the point. */
  function open(api, t, hit) {
    if (hit.kind === 'UNIT' && api.choropleth.byCode && api.choropleth.byCode[hit.key]) {
      var layer = api.choropleth.byCode[hit.key];
      if (!api.map.hasLayer(api.choropleth.layer)) {
        api.choropleth.layer.addTo(api.map);
      }
      api.map.fitBounds(layer.getBounds(), {maxZoom: 14, animate: false});
      layer.openPopup(layer.getBounds().getCenter());
      return;
    }
    var marker = hit.kind === 'POI' && api.markers[hit.key];
    if (marker) {
      var group = api.groups[hit.layer];
      if (group && !api.map.hasLayer(group)) {
        group.addTo(api.map);
      }
      api.map.setView(marker.getLatLng(), Math.max(api.map.getZoom(), 15), {animate: false});
      marker.openPopup();
      return;
    }
    api.map.setView([hit.latitude, hit.longitude], 15, {animate: false});
    L.popup().setLatLng([hit.latitude, hit.longitude]).setContent(unitPopup(t, {
      code: hit.key, name: hit.name, kindLabel: hit.detail || ''
    }, null)).openOn(api.map);
  }

  function search(api, t) {
    var form = document.getElementById('map-search-form');
    var input = document.getElementById('map-search');
    var list = document.getElementById('map-search-results');
    if (!form || !input || !list) {
      return;
    }
    var timer = null;
    var seq = 0;
    function run() {
      var q = input.value.trim();
      var mine = ++seq;
      if (!q) {
        list.hidden = true;
        list.innerHTML = '';
        return Promise.resolve([]);
      }
      return getJson('/api/map/search?q=' + encodeURIComponent(q)).then(function (hits) {
        if (mine !== seq) {
          return hits;
        }
        list.innerHTML = '';
        if (!hits.length) {
          list.innerHTML = '<li class="map-search-empty">' + escapeHtml(t.searchEmpty) + '</li>';
        }
        hits.forEach(function (hit) {
          var li = document.createElement('li');
          var button = document.createElement('button');
          button.type = 'button';
          button.className = 'map-search-hit';
          button.dataset.kind = hit.kind;
          button.dataset.key = hit.key;
          var icon = hit.layer ? (LAYERS[hit.layer] || LAYERS.OTHER).icon : 'bi-bounding-box';
          button.innerHTML = '<i class="bi ' + icon + '" aria-hidden="true"></i> <span>' + escapeHtml(hit.name)
            + '</span>' + (hit.detail ? ' <small>' + escapeHtml(hit.detail) + '</small>' : '');
          button.addEventListener('click', function () {
            list.hidden = true;
            open(api, t, hit);
          });
          li.appendChild(button);
          list.appendChild(li);
        });
        list.hidden = false;
        status(hits.length ? hits.length + ' · ' + hits.map(function (h) { return h.name; }).slice(0, 3).join(', ')
          : t.searchEmpty);
        return hits;
      }).catch(function () {
        list.innerHTML = '<li class="map-search-empty">' + escapeHtml(t.searchFailed) + '</li>';
        list.hidden = false;
      });
    }
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(run, 250);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') {
        list.hidden = true;
      }
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      clearTimeout(timer);
      run();
    });
  }

  // ---- the choropleth picker of the page --------------------------------------------------------------------------

  function choroplethForm(api, t) {
    var form = document.getElementById('map-choropleth-form');
    if (!form) {
      return;
    }
    var dx = document.getElementById('map-dx');
    var pe = document.getElementById('map-pe');
    var options = document.getElementById('map-dx-options');
    var name = document.getElementById('map-dx-name');
    var timer = null;
    function suggest() {
      var q = dx.value.trim();
      if (q.length < 2) {
        return;
      }
      var items = getJson('/api/dataItems?pageSize=10&q=' + encodeURIComponent(q)).then(list, function () { return []; });
      var indicators = getJson('/api/indicators?pageSize=10&q=' + encodeURIComponent(q)).then(list, function () { return []; });
      Promise.all([items, indicators]).then(function (found) {
        options.innerHTML = '';
        found[0].concat(found[1]).forEach(function (item) {
          var option = document.createElement('option');
          option.value = item.code;
          option.textContent = item.name;
          options.appendChild(option);
        });
      });
    }
    function list(body) {
      return Array.isArray(body) ? body : (body && body.items) || [];
    }
    function apply() {
      var code = dx.value.trim();
      if (!code) {
        return Promise.resolve(null);
      }
      var url = new URL(window.location.href);
      url.searchParams.set('dx', code);
      url.searchParams.set('pe', pe.value);
      window.history.replaceState(null, '', url);
      return api.ready.then(function () {
        return api.choropleth.show(code, pe.value, api.parent, pe.options[pe.selectedIndex].text);
      }).then(function (data) {
        name.textContent = data.name;
        status(data.name + ' · ' + pe.options[pe.selectedIndex].text);
        return data;
      }, function () {
        name.textContent = '';
        status(t.analyticsFailed);
        return null;
      });
    }
    api.applyChoropleth = apply;
    dx.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(suggest, 250);
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      apply();
    });
    document.getElementById('map-clear').addEventListener('click', function () {
      dx.value = '';
      name.textContent = '';
      api.choropleth.clear();
      var url = new URL(window.location.href);
      url.searchParams.delete('dx');
      url.searchParams.delete('pe');
      window.history.replaceState(null, '', url);
    });
    if (dx.value.trim()) {
      apply();
    }
  }

  // ---- the embeddable choropleth -------------------------------------------------------------------------------

  function choropleth(element, options) {
    options = options || {};
    var t = texts(element);
    var canvas = element.querySelector('.tc-map-canvas') || element;
    var map = newMap(canvas, t, {});
    var layer = new Choropleth(map, t);
    var state = {
      dx: options.dx || element.dataset.dx,
      pe: options.pe || element.dataset.pe || 'LAST_12_MONTHS',
      parent: options.parent || element.dataset.parent || '',
      periodLabel: options.periodLabel || element.dataset.periodLabel || ''
    };
    var api = {map: map, choropleth: layer};
    api.update = function (changes) {
      Object.assign(state, changes || {});
      return state.dx ? layer.show(state.dx, state.pe, state.parent, state.periodLabel).catch(function () { return null; })
        : Promise.resolve(null);
    };
    var url = '/api/map/units' + (state.parent ? '?parent=' + encodeURIComponent(state.parent) : '');
    return getJson(url).then(function (collection) {
      if (!state.parent && collection.features.length) {
        state.parent = collection.features[0].properties.parent;
      }
      layer.setUnits(collection, function (feature, l) {
        l.bindPopup(function () { return unitPopup(t, feature.properties, layer); });
      });
      layer.layer.addTo(map);
      fit(map, layer.layer);
      return api.update();
    }).then(function () {
      return api;
    });
  }

  window.ToanCanhMap = {
    page: page,
    choropleth: choropleth,
    classify: classify,
    ranks: ranks,
    formatNumber: formatNumber
  };

  document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('map');
    if (element && element.dataset.parent !== undefined) {
      window.ToanCanhMap.current = page(element);
    }
    document.querySelectorAll('[data-map-choropleth]').forEach(function (el) {
      choropleth(el);
    });
  });
})(window, document);
