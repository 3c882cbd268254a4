// The officers' feedback pages: a request's place as a pin on the district's outline (no base tiles, so nothing
// leaves the server), the figures' bar chart (ECharts, loaded only when the chart scrolls into view), copying a
// new Open311 key, and asking before a form that cannot be undone (revoking a key) is sent.
(function (window, document) {
  'use strict';

  function placeMap(el) {
    if (!window.L) {
      return;
    }
    var lat = parseFloat(el.dataset.lat);
    var lon = parseFloat(el.dataset.lon);
    var map = L.map(el, {zoomControl: true, attributionControl: false, scrollWheelZoom: false}).setView([lat, lon], 15);
    L.circleMarker([lat, lon], {radius: 9, color: '#b3261e', weight: 3, fillColor: '#e8710a', fillOpacity: 0.9})
      .addTo(map);
    fetch(el.dataset.area, {headers: {Accept: 'application/geo+json'}})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (collection) {
        if (collection) {
          L.geoJSON(collection, {interactive: false, style: {color: '#5b6b7b', weight: 1, fillOpacity: 0.04}}).addTo(map);
        }
      })
      .catch(function () { /* the pin alone is enough */ });
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      if (window.echarts) {
        resolve();
        return;
      }
      var s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = reject;
      document.head.appendChild(s);
    });
  }

  function chart(el) {
    var data = JSON.parse(el.dataset.rows);
    var names = data.map(function (r) { return r.name; });
    var series = JSON.parse(el.dataset.series).map(function (s) {
      return {name: s.label, type: 'bar', stack: s.stack, color: s.color,
        data: data.map(function (r) { return r[s.key]; })};
    });
    var fmt = new Intl.NumberFormat(document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN');
    var c = echarts.init(el, null, {renderer: 'svg'});
    c.setOption({
      aria: {enabled: true},
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, valueFormatter: function (v) { return fmt.format(v); }},
      legend: {top: 0},
      grid: {left: 8, right: 16, top: 36, bottom: 8, containLabel: true},
      xAxis: {type: 'value', minInterval: 1, axisLabel: {formatter: function (v) { return fmt.format(v); }}},
      yAxis: {type: 'category', inverse: true, data: names,
        axisLabel: {width: window.innerWidth < 576 ? 110 : 220, overflow: 'truncate'}},
      series: series
    });
    window.addEventListener('resize', function () { c.resize(); });
  }

  function lazyChart(el) {
    var start = function () {
      loadScript(el.dataset.echarts).then(function () { chart(el); });
    };
    if (!('IntersectionObserver' in window)) {
      start();
      return;
    }
    var seen = new IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; })) {
        seen.disconnect();
        start();
      }
    });
    seen.observe(el);
  }

  function copyButton(button) {
    button.addEventListener('click', function () {
      var source = document.getElementById(button.dataset.copy);
      if (!navigator.clipboard) {
        // Not a secure context (plain http to a remote host): select the key so Ctrl+C copies it.
        var range = document.createRange();
        range.selectNodeContents(source);
        window.getSelection().removeAllRanges();
        window.getSelection().addRange(range);
        return;
      }
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        button.textContent = button.dataset.copied;
      });
    });
  }

  function confirmBeforeSubmit(form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.dataset.confirm)) {
        event.preventDefault();
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var map = document.getElementById('fb-map');
    if (map) {
      placeMap(map);
    }
    document.querySelectorAll('[data-fb-chart]').forEach(lazyChart);
    document.querySelectorAll('[data-copy]').forEach(copyButton);
    document.querySelectorAll('form[data-confirm]').forEach(confirmBeforeSubmit);
  });
})(window, document);
