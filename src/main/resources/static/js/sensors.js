// A station's chart (ECharts): its series over 24 hours, 7 or 30 days or the season, fetched from
// /api/sensors/stations/{code}/readings; water levels with the alarm levels I–III drawn as lines, rainfall as bars.
(function (window, document) {
  'use strict';

  var ALARM_COLORS = ['#b58900', '#e8710a', '#b3261e'];
  var HOUR = 3600 * 1000;
  var RANGES = {'24h': 24 * HOUR, '7d': 7 * 24 * HOUR, '30d': 30 * 24 * HOUR};

  function locale() {
    return document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN';
  }

  /** 1234.5 → "1.234,5" in Vietnamese. */
  function number(value) {
    return new Intl.NumberFormat(locale(), {maximumFractionDigits: 2}).format(value);
  }

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  /** dd/MM/yyyy HH:mm in Vietnam time, whatever the browser's zone. */
  function time(ms) {
    var d = new Date(ms + 7 * HOUR);
    return pad(d.getUTCDate()) + '/' + pad(d.getUTCMonth() + 1) + '/' + d.getUTCFullYear() + ' '
      + pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes());
  }

  /** 1 June (Vietnam time) of this year's monsoon season: this year from June, last year before. */
  function seasonStart(now) {
    var local = new Date(now + 7 * HOUR);
    var year = local.getUTCMonth() >= 5 ? local.getUTCFullYear() : local.getUTCFullYear() - 1;
    return Date.UTC(year, 5, 1) - 7 * HOUR;
  }

  function span(range, now) {
    return range === 'season' ? {from: seasonStart(now), to: now} : {from: now - (RANGES[range] || RANGES['7d']), to: now};
  }

  function note(element, text) {
    var el = document.getElementById('sensor-chart-note');
    if (el) {
      el.textContent = text;
    }
  }

  function stepText(t, body) {
    if (!body.stepSeconds) {
      return '';
    }
    var hours = body.stepSeconds / 3600;
    var step = hours < 24 ? t.stepHour.replace('{0}', hours) : t.stepDay.replace('{0}', hours / 24);
    var how = {MAX: t.stepMax, SUM: t.stepSum, AVG: t.stepAvg}[body.aggregation] || '';
    return step + ' · ' + how;
  }

  function option(t, body) {
    var points = body.readings.map(function (p) { return [Date.parse(p.time), Number(p.value)]; });
    var bars = body.measure === 'RAINFALL';
    // within two days the axis shows hours (and the date at midnight), beyond that dates
    var short = Date.parse(body.to) - Date.parse(body.from) <= 2 * 24 * HOUR;
    var lines = [];
    [body.alarm1, body.alarm2, body.alarm3].forEach(function (level, i) {
      if (level !== null && level !== undefined) {
        lines.push({
          yAxis: Number(level),
          name: t['alarm' + (i + 1)],
          lineStyle: {color: ALARM_COLORS[i], type: i === 2 ? 'solid' : 'dashed', width: 1.5},
          label: {formatter: t['alarm' + (i + 1)] + ' ' + number(level) + ' m', color: ALARM_COLORS[i], position: 'insideEndTop'}
        });
      }
    });
    var values = points.map(function (p) { return p[1]; });
    var max = Math.max.apply(null, values.concat(lines.map(function (l) { return l.yAxis; })));
    var min = Math.min.apply(null, values);
    return {
      animation: false,
      grid: {left: 48, right: 16, top: 24, bottom: 64},
      tooltip: {
        trigger: 'axis',
        formatter: function (items) {
          var p = items[0];
          return time(p.value[0]) + '<br>' + t.label + ': <strong>' + number(p.value[1]) + ' ' + t.unit + '</strong>';
        }
      },
      xAxis: {
        type: 'time',
        axisLabel: {
          hideOverlap: true,
          formatter: function (ms) {
            var s = time(ms);
            return short ? (s.slice(11) === '00:00' ? s.slice(0, 5) : s.slice(11)) : s.slice(0, 5);
          }
        }
      },
      yAxis: {
        type: 'value',
        name: t.unit,
        scale: !bars,
        min: bars ? 0 : (lines.length ? function () { return Math.floor((min - 0.1) * 2) / 2; } : null),
        max: lines.length ? function () { return Math.ceil((max + 0.1) * 2) / 2; } : null,
        axisLabel: {formatter: function (v) { return number(v); }}
      },
      dataZoom: [{type: 'inside'}, {type: 'slider', height: 18, bottom: 8, labelFormatter: function (ms) { return time(ms); }}],
      series: [{
        type: bars ? 'bar' : 'line',
        name: t.label,
        data: points,
        showSymbol: false,
        sampling: bars ? undefined : 'lttb',
        itemStyle: {color: bars ? '#1f6fb2' : '#0b3d6e'},
        lineStyle: {width: 1.5},
        markLine: lines.length ? {symbol: 'none', silent: true, data: lines} : undefined
      }]
    };
  }

  function start(element) {
    var t = element.dataset;
    var chart = window.echarts.init(element, null, {renderer: 'canvas'});
    window.addEventListener('resize', function () { chart.resize(); });
    var api = {chart: chart};

    function load(range) {
      var s = span(range, Date.now());
      var url = '/api/sensors/stations/' + encodeURIComponent(t.station) + '/readings?measure=' + t.measure
        + '&from=' + encodeURIComponent(new Date(s.from).toISOString())
        + '&to=' + encodeURIComponent(new Date(s.to).toISOString());
      note(element, t.loading);
      api.loaded = fetch(url, {headers: {Accept: 'application/json'}, credentials: 'same-origin'}).then(function (r) {
        if (!r.ok) {
          throw new Error('HTTP ' + r.status);
        }
        return r.json();
      }).then(function (body) {
        chart.setOption(option(t, body), true);
        api.body = body;
        note(element, body.readings.length ? stepText(t, body) : t.empty);
        element.dataset.points = body.readings.length;
        return body;
      }).catch(function () {
        note(element, t.failed);
      });
      return api.loaded;
    }

    document.querySelectorAll('#sensor-ranges [data-range]').forEach(function (button) {
      button.addEventListener('click', function () {
        document.querySelectorAll('#sensor-ranges [data-range]').forEach(function (b) {
          b.classList.toggle('active', b === button);
          b.setAttribute('aria-pressed', b === button ? 'true' : 'false');
        });
        var url = new URL(window.location.href);
        url.searchParams.set('range', button.dataset.range);
        window.history.replaceState(null, '', url);
        document.querySelectorAll('a[href*="measure="]').forEach(function (a) {
          var link = new URL(a.href);
          link.searchParams.set('range', button.dataset.range);
          a.href = link.pathname + link.search;
        });
        load(button.dataset.range);
      });
    });
    api.load = load;
    load(t.range);
    return api;
  }

  window.ToanCanhSensors = {number: number, time: time, seasonStart: seasonStart};

  document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('sensor-chart');
    if (element && window.echarts) {
      window.ToanCanhSensors.current = start(element);
    }
  });
})(window, document);
