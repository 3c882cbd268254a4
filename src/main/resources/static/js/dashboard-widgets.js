// One renderer for every dashboard widget (home, domain and user dashboards, the wall, the phone view): it asks
// /api/analytics for the widget's figures, draws them with ECharts (or as a single figure, a table, a map link, a list
// of warnings of unusual figures from /api/analytics/outliers),
// keeps a table of the same figures for screen readers and people who prefer numbers, exports PNG and Excel, and
// drills down from the district to its communes to one commune's history.
(function () {
  'use strict';

  var config = { texts: {}, district: '312', communeGroup: 'COMMUNES', lang: 'vi', theme: null, auth: null };
  var handles = [];
  var SERIES_PERIODS = ['LAST_12_MONTHS', 'LAST_6_MONTHS', 'LAST_3_MONTHS', 'LAST_4_QUARTERS', 'LAST_5_YEARS',
    'MONTHS_THIS_YEAR', 'QUARTERS_THIS_YEAR'];
  var POINT_TYPES = ['SINGLE', 'GAUGE', 'PIE'];
  var CHART_TYPES = ['LINE', 'COLUMN', 'STACKED', 'PIE', 'GAUGE'];

  function t(key) { return config.texts[key] || key; }

  var numberFormat = null;
  function formatNumber(value) {
    if (value === null || value === undefined || value === '' || isNaN(Number(value))) { return '—'; }
    if (!numberFormat) {
      numberFormat = new Intl.NumberFormat(config.lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 });
    }
    return numberFormat.format(Number(value));
  }

  function pad(n) { return (n < 10 ? '0' : '') + n; }

  // dd/MM/yyyy HH:mm in Vietnam's time, whatever the browser's zone.
  function formatTime(iso) {
    if (!iso) { return ''; }
    var d = new Date(iso);
    if (isNaN(d.getTime())) { return ''; }
    var local = new Date(d.getTime() + 7 * 3600 * 1000);
    return pad(local.getUTCDate()) + '/' + pad(local.getUTCMonth() + 1) + '/' + local.getUTCFullYear() + ' ' +
      pad(local.getUTCHours()) + ':' + pad(local.getUTCMinutes());
  }

  // --- Requests -------------------------------------------------------------------------------------------------

  function fetchJson(url) {
    var headers = { Accept: 'application/json' };
    if (config.auth) { headers.Authorization = config.auth; }
    return fetch(url, { credentials: 'same-origin', headers: headers }).then(function (response) {
      if (!response.ok) {
        var error = new Error('HTTP ' + response.status);
        error.status = response.status;
        throw error;
      }
      var cachedAt = response.headers.get('X-Toancanh-Cached-At');
      return response.json().then(function (body) { return { body: body, cachedAt: cachedAt }; });
    });
  }

  function query(params) {
    var parts = [];
    (params.dimensions || []).forEach(function (d) { parts.push('dimension=' + encodeURIComponent(d)); });
    (params.filters || []).forEach(function (f) { parts.push('filter=' + encodeURIComponent(f)); });
    return parts.join('&');
  }

  // Single figures with the same period and unit go to analytics as one request: a home page of a dozen
  // cards costs one or two queries, not a dozen.
  var batches = {};
  function singleValues(dx, pe, ou) {
    var key = pe + '|' + ou;
    var batch = batches[key];
    if (!batch) {
      batch = batches[key] = { dx: [], waiters: [] };
      setTimeout(function () {
        delete batches[key];
        var q = query({ dimensions: ['dx:' + batch.dx.join(';')], filters: ['pe:' + pe, 'ou:' + ou] });
        var request = fetchJson('/api/analytics?' + q);
        batch.waiters.forEach(function (w) { w(request, q); });
      }, 0);
    }
    dx.forEach(function (code) { if (batch.dx.indexOf(code) < 0) { batch.dx.push(code); } });
    return new Promise(function (resolve) {
      batch.waiters.push(function (request, q) { resolve({ request: request, query: q }); });
    });
  }

  var targetBatches = {};
  function targets(dx, ou, year) {
    var key = ou + '|' + year;
    var batch = targetBatches[key];
    if (!batch) {
      batch = targetBatches[key] = { dx: [], waiters: [] };
      setTimeout(function () {
        delete targetBatches[key];
        var url = '/api/analytics/targets?dx=' + encodeURIComponent(batch.dx.join(';')) + '&ou=' +
          encodeURIComponent(ou) + '&year=' + year;
        var request = fetchJson(url).then(function (r) { return r.body; }, function () { return []; });
        batch.waiters.forEach(function (w) { w(request); });
      }, 0);
    }
    dx.forEach(function (code) { if (batch.dx.indexOf(code) < 0) { batch.dx.push(code); } });
    return new Promise(function (resolve) { batch.waiters.push(resolve); });
  }

  function targetYear(pe) {
    var year = new Date().getFullYear();
    if (/^\d{4}/.test(pe)) { return Number(pe.substring(0, 4)); }
    return pe === 'LAST_YEAR' ? year - 1 : year;
  }

  // --- Grids ----------------------------------------------------------------------------------------------------

  function meta(grid) { return (grid.metaData && grid.metaData.items) || {}; }

  function nameOf(grid, id) {
    var item = meta(grid)[id];
    return item && item.name ? item.name : id;
  }

  // Pivots a grid into categories (periods or units) × series (items, or item × disaggregation).
  function pivot(grid, categoryDim) {
    var names = grid.headers.map(function (h) { return h.name; });
    var valueAt = names.indexOf('value');
    var catAt = names.indexOf(categoryDim);
    var seriesAt = [];
    names.forEach(function (n, i) { if (i !== valueAt && i !== catAt) { seriesAt.push(i); } });
    var dims = (grid.metaData && grid.metaData.dimensions) || {};
    var categories = (dims[categoryDim] || []).slice();
    var series = [];
    var seriesIndex = {};
    var values = {};
    grid.rows.forEach(function (row) {
      var cat = catAt >= 0 ? row[catAt] : '';
      if (categories.indexOf(cat) < 0) { categories.push(cat); }
      var key = seriesAt.map(function (i) { return row[i]; }).join('|');
      if (!(key in seriesIndex)) {
        seriesIndex[key] = series.length;
        series.push({
          key: key,
          dx: seriesAt.length ? row[names.indexOf('dx')] : null,
          name: seriesAt.map(function (i) { return nameOf(grid, row[i]); }).join(' · ')
        });
      }
      values[key + '#' + cat] = Number(row[valueAt]);
    });
    if (catAt < 0) { categories = ['']; }
    series.sort(function (a, b) {
      var order = (dims.dx || []);
      return order.indexOf(a.dx) - order.indexOf(b.dx);
    });
    return {
      categories: categories,
      categoryNames: categories.map(function (c) { return nameOf(grid, c); }),
      series: series,
      value: function (s, c) { var v = values[s.key + '#' + c]; return v === undefined ? null : v; }
    };
  }

  function unitOf(grid, dx) {
    var item = meta(grid)[dx];
    return item && item.unitOfMeasure ? item.unitOfMeasure : '';
  }

  function sourceLine(grid, dxList) {
    var sources = [];
    var latest = null;
    dxList.forEach(function (code) {
      var item = meta(grid)[code];
      if (!item) { return; }
      if (item.source && sources.indexOf(item.source) < 0) { sources.push(item.source); }
      if (item.lastUpdated && (!latest || item.lastUpdated > latest)) { latest = item.lastUpdated; }
    });
    var parts = [];
    if (sources.length) { parts.push(t('source') + ': ' + sources.join(', ')); }
    if (latest) { parts.push(t('updated') + ': ' + formatTime(latest)); }
    return parts.join(' · ');
  }

  // The records behind the figure: the item's link template filled for the one unit and period shown, or nothing.
  // Only a path of this site is followed ('//host' or '/\\host' would leave it).
  function recordsLink(grid, dxList) {
    if (dxList.length !== 1) { return null; }
    var item = meta(grid)[dxList[0]];
    var link = item && item.sourceLink;
    if (!link || !/^\/(?![\/\\])/.test(link)) { return null; }
    var dims = (grid.metaData && grid.metaData.dimensions) || {};
    var values = { unit: dims.ou && dims.ou.length === 1 ? dims.ou[0] : null,
      period: dims.pe && dims.pe.length === 1 ? dims.pe[0] : null };
    var missing = false;
    var href = link.replace(/\{(unit|period)\}/g, function (all, name) {
      if (!values[name]) { missing = true; return ''; }
      return encodeURIComponent(values[name]);
    });
    return missing ? null : href;
  }

  // --- Warnings of unusual figures ------------------------------------------------------------------------------

  var WARNINGS_SHOWN = 8;

  // A commune's unusual figure explains its district's for the same item and period: the commune's is kept.
  function mergeOutliers(own, communes) {
    var explained = {};
    communes.forEach(function (o) { explained[o.dx + '|' + o.pe] = true; });
    var seen = {};
    var all = [];
    communes.concat(own.filter(function (o) { return !explained[o.dx + '|' + o.pe]; })).forEach(function (o) {
      var key = o.dx + '|' + o.pe + '|' + o.ou;
      if (!seen[key]) { seen[key] = true; all.push(o); }
    });
    return all.sort(function (a, b) { return Math.abs(b.score) - Math.abs(a.score); });
  }

  // One warning as text: which way, the item, where and when, the value and the usual range. The arrow's direction
  // and the words say what its colour says (plain characters: the wall and the phone view load no icon font).
  function warningLine(o) {
    var high = o.value > o.high;
    var uom = o.unitOfMeasure ? ' ' + o.unitOfMeasure : '';
    // a range of counts in whole numbers, of percentages within 100
    var whole = Math.round(o.value) === o.value;
    var low = whole ? Math.round(o.low) : o.low;
    var top = whole ? Math.round(o.high) : o.high;
    if (o.unitOfMeasure === '%') { top = Math.min(top, 100); }
    var usual = low < 0 && o.value >= 0
      ? t('warnings.usualBelow').replace('{high}', formatNumber(top))
      : t('warnings.usual').replace('{low}', formatNumber(low)).replace('{high}', formatNumber(top));
    return ['<li class="widget-warning warning-', high ? 'high' : 'low', '">',
      '<span class="warning-mark" aria-hidden="true">', high ? '▲' : '▼', '</span>',
      '<div><p class="mb-0"><span class="warning-kind">', escape(t(high ? 'warnings.high' : 'warnings.low')),
      ':</span> <span class="warning-item">', escape(o.dxName || o.dx), '</span></p>',
      '<p class="mb-0 small warning-where"><span class="warning-unit">', escape(o.ouName || o.ou), '</span> · ',
      '<span class="warning-period">', escape(o.peName || o.pe), '</span> · <strong class="warning-value">',
      escape(formatNumber(o.value) + uom), '</strong> (', escape(usual + uom), ')</p></div></li>'].join('');
  }

  // --- Drawing --------------------------------------------------------------------------------------------------

  function table(p, caption, categoryLabel) {
    var html = ['<table class="table table-sm table-striped mb-0"><caption class="visually-hidden">',
      escape(caption), '</caption><thead><tr><th scope="col">', escape(categoryLabel), '</th>'];
    p.series.forEach(function (s) { html.push('<th scope="col" class="text-end">', escape(s.name), '</th>'); });
    html.push('</tr></thead><tbody>');
    p.categories.forEach(function (c, i) {
      html.push('<tr><th scope="row">', escape(p.categoryNames[i]), '</th>');
      p.series.forEach(function (s) { html.push('<td class="text-end">', formatNumber(p.value(s, c)), '</td>'); });
      html.push('</tr>');
    });
    html.push('</tbody></table>');
    return html.join('');
  }

  function escape(s) {
    return String(s === null || s === undefined ? '' : s).replace(/[&<>"']/g, function (ch) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[ch];
    });
  }

  var PALETTE = ['#0b3d6e', '#b3261e', '#f2a900', '#2e7d32', '#6a1b9a', '#00838f', '#ef6c00', '#5d4037'];
  // The wall is read from across a room: brighter colours on its dark background, larger type.
  var WALL_PALETTE = ['#5aa9ff', '#ff7a6b', '#ffd24d', '#6fdc8c', '#c792ea', '#4dd0e1', '#ffab40', '#bcaaa4'];

  function chartOption(type, p, grid) {
    var valueFormatter = function (v) { return formatNumber(v); };
    var wall = config.theme === 'dark';
    var font = wall ? 18 : 12;
    var base = {
      color: wall ? WALL_PALETTE : PALETTE,
      aria: { enabled: true },
      animation: false,
      tooltip: { trigger: type === 'PIE' || type === 'GAUGE' ? 'item' : 'axis', valueFormatter: valueFormatter },
      textStyle: { fontFamily: 'inherit', fontSize: font }
    };
    if (config.theme === 'dark') { base.backgroundColor = 'transparent'; }
    if (type === 'PIE') {
      base.legend = { bottom: 0, type: 'scroll', textStyle: { fontSize: font } };
      base.series = [{
        type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'],
        label: { fontSize: font, formatter: function (x) { return x.name + '\n' + formatNumber(x.value); } },
        data: p.series.map(function (s) { return { name: s.name, value: p.value(s, p.categories[0]) }; })
      }];
      return base;
    }
    if (type === 'GAUGE') {
      var s = p.series[0];
      var v = s ? p.value(s, p.categories[0]) : null;
      var percent = s && unitOf(grid, s.dx) === '%';
      var max = percent ? 100 : niceMax(v);
      base.series = [{
        type: 'gauge', min: 0, max: max, progress: { show: true, width: 14 }, axisLine: { lineStyle: { width: 14 } },
        axisLabel: { formatter: valueFormatter, distance: 20, fontSize: font }, splitNumber: 5,
        detail: { valueAnimation: false, formatter: function (x) { return formatNumber(x) + (percent ? ' %' : ''); },
          fontSize: config.theme === 'dark' ? 40 : 26, offsetCenter: [0, '70%'] },
        data: [{ value: v === null ? 0 : v, name: s ? s.name : '' }],
        title: { show: false }
      }];
      return base;
    }
    base.grid = { left: 8, right: 16, top: p.series.length > 1 ? 40 : 16, bottom: 8, containLabel: true };
    if (p.series.length > 1) { base.legend = { top: 0, type: 'scroll', textStyle: { fontSize: font } }; }
    base.xAxis = { type: 'category', data: p.categoryNames, axisLabel: { hideOverlap: true, fontSize: font } };
    base.yAxis = { type: 'value', axisLabel: { formatter: valueFormatter, fontSize: font } };
    base.series = p.series.map(function (s) {
      return {
        name: s.name,
        type: type === 'LINE' ? 'line' : 'bar',
        stack: type === 'STACKED' ? 'total' : undefined,
        smooth: type === 'LINE',
        symbolSize: 7,
        emphasis: { focus: 'series' },
        data: p.categories.map(function (c) { return p.value(s, c); })
      };
    });
    return base;
  }

  function niceMax(v) {
    if (!v || v <= 0) { return 100; }
    var magnitude = Math.pow(10, Math.floor(Math.log10(v)));
    return Math.ceil((v * 1.25) / magnitude) * magnitude;
  }

  // ECharts is large: pages load it only once a chart is about to be drawn, after the page and its cards.
  var echartsLoading = null;
  function loadEcharts() {
    if (!echartsLoading) {
      echartsLoading = new Promise(function (resolve, reject) {
        var holder = document.getElementById('dashboard-config');
        var script = document.createElement('script');
        script.src = (holder && holder.dataset.echarts) || '/webjars/echarts/dist/echarts.min.js';
        script.onload = resolve;
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    return echartsLoading;
  }

  // --- A widget -------------------------------------------------------------------------------------------------

  function Widget(el, spec) {
    this.el = el;
    this.spec = spec;
    this.levels = [];
    this.chart = null;
    this.grid = null;
    this.query = '';
    this.stale = false;
    this.wire();
  }

  Widget.prototype.part = function (name) { return this.el.querySelector('.widget-' + name); };

  Widget.prototype.wire = function () {
    var self = this;
    var toggle = this.part('toggle');
    if (toggle) {
      toggle.addEventListener('click', function () {
        var tableEl = self.part('table');
        var showTable = tableEl.hidden;
        tableEl.hidden = !showTable;
        self.part('chart').hidden = showTable;
        toggle.setAttribute('aria-pressed', String(showTable));
        toggle.textContent = showTable ? t('chart') : t('table');
        if (!showTable && self.chart) { self.chart.resize(); }
      });
    }
    var png = this.part('png');
    if (png) {
      png.addEventListener('click', function () { self.exportPng(); });
    }
    var warnings = this.part('warnings');
    if (warnings) {
      warnings.addEventListener('click', function (event) {
        if (event.target.closest('.widget-warnings-more')) {
          self.expanded = !self.expanded;
          self.drawWarnings();
          self.part('warnings').querySelector('.widget-warnings-more').focus();
        }
      });
    }
    var crumbs = this.part('crumbs');
    if (crumbs) {
      crumbs.addEventListener('click', function (event) {
        var button = event.target.closest('button[data-level]');
        if (button) {
          self.levels = self.levels.slice(0, Number(button.dataset.level));
          self.refresh();
        }
      });
    }
  };

  Widget.prototype.visible = function () { return this.el.offsetParent !== null; };

  // A chart further down the page loads its figures — and ECharts, the page's largest script — only as it is
  // scrolled near: a phone shows the key figures first without waiting for charts nobody has seen yet.
  Widget.prototype.drawWhenSeen = function () {
    var self = this;
    if (!this.watcher) {
      this.watcher = new IntersectionObserver(function (entries) {
        if (entries.some(function (e) { return e.isIntersecting; })) {
          self.watcher.disconnect();
          self.watcher = null;
          self.seen = true;
          self.refresh();
        }
      }, { rootMargin: '200px 0px' });
      this.watcher.observe(this.el);
    }
    return Promise.resolve();
  };

  Widget.prototype.refresh = function () {
    var self = this;
    var type = this.spec.type;
    if (type === 'PLACEHOLDER') { return Promise.resolve(); }
    if (type === 'MAP') { return this.drawMap(); }
    if (!this.visible()) { this.stale = true; return Promise.resolve(); }
    if (!this.seen && CHART_TYPES.indexOf(type) >= 0 && config.lazyCharts !== false && window.IntersectionObserver) {
      return this.drawWhenSeen();
    }
    this.stale = false;
    this.el.setAttribute('aria-busy', 'true');
    var loading = type === 'WARNINGS' ? this.loadWarnings()
      : (type === 'SINGLE' || (type === 'GAUGE' && !this.levels.length)) ? this.loadSingle() : this.loadGrid();
    return loading.then(function (result) {
      self.el.removeAttribute('aria-busy');
      self.grid = result.grid;
      self.query = result.query;
      self.outliers = result.outliers;
      self.setOffline(result.cachedAt);
      self.draw();
    }, function (error) {
      self.el.removeAttribute('aria-busy');
      self.showMessage(t('error') + (error && error.status ? ' (' + error.status + ')' : ''));
    });
  };

  // The batch answers for several widgets: this one keeps its own rows, and exports its own query.
  Widget.prototype.loadSingle = function () {
    var spec = this.spec;
    var own = query({ dimensions: ['dx:' + spec.dx.join(';')], filters: ['pe:' + spec.pe, 'ou:' + spec.ou] });
    return singleValues(spec.dx, spec.pe, spec.ou).then(function (batch) {
      return batch.request.then(function (r) {
        var grid = Object.assign({}, r.body, {
          rows: r.body.rows.filter(function (row) { return spec.dx.indexOf(row[0]) >= 0; })
        });
        if (grid.metaData && grid.metaData.dimensions) {
          grid.metaData = Object.assign({}, grid.metaData, {
            dimensions: Object.assign({}, grid.metaData.dimensions, { dx: spec.dx.slice() })
          });
        }
        return { grid: grid, query: own, cachedAt: r.cachedAt };
      });
    });
  };

  // Unusual figures of the widget's items in its unit and in that unit's communes (a district figure may be unusual
  // through a department's entry, a commune's through the commune's): two answers, merged, strongest first.
  Widget.prototype.loadWarnings = function () {
    var spec = this.spec;
    var method = spec.options && spec.options.method === 'ZSCORE' ? 'ZSCORE' : 'MEDIAN';
    var base = '/api/analytics/outliers?dx=' + encodeURIComponent(spec.dx.join(';')) + '&pe=' +
      encodeURIComponent(spec.pe || 'LAST_3_MONTHS') + '&method=' + method + '&locale=' + encodeURIComponent(config.lang) +
      '&ou=';
    var own = fetchJson(base + encodeURIComponent(spec.ou));
    // a unit without communes below it answers with an error: it has only its own figures
    var communes = fetchJson(base + encodeURIComponent(spec.ou + ';OU_GROUP-' + config.communeGroup))
      .catch(function () { return null; });
    return Promise.all([own, communes]).then(function (answers) {
      return {
        grid: null,
        query: '',
        outliers: mergeOutliers(answers[0].body || [], answers[1] ? answers[1].body || [] : []),
        cachedAt: answers[0].cachedAt || (answers[1] && answers[1].cachedAt)
      };
    });
  };

  Widget.prototype.currentQuery = function () {
    var spec = this.spec;
    var level = this.levels[this.levels.length - 1];
    if (level && level.kind === 'communes') {
      return { dimensions: ['ou:' + spec.ou + ';OU_GROUP-' + config.communeGroup],
        filters: ['dx:' + level.dx, 'pe:' + level.pe] };
    }
    if (level && level.kind === 'history') {
      var pe = SERIES_PERIODS.indexOf(spec.pe) >= 0 ? spec.pe : 'LAST_12_MONTHS';
      return { dimensions: ['pe:' + pe], filters: ['dx:' + level.dx, 'ou:' + level.ou] };
    }
    var dims = ['dx:' + spec.dx.join(';')];
    var filters = ['ou:' + spec.ou];
    var single = spec.dx.length === 1;
    if ((spec.type === 'STACKED' || spec.type === 'PIE') && single) { dims.push('co'); }
    if (spec.type === 'PIE' || spec.type === 'GAUGE') { filters.push('pe:' + spec.pe); } else { dims.push('pe:' + spec.pe); }
    return { dimensions: dims, filters: filters };
  };

  Widget.prototype.loadGrid = function () {
    var q = query(this.currentQuery());
    return fetchJson('/api/analytics?' + q).then(function (r) { return { grid: r.body, query: q, cachedAt: r.cachedAt }; });
  };

  Widget.prototype.reportTitle = function () {
    var level = this.levels[this.levels.length - 1];
    return this.spec.title + (level ? ' — ' + this.crumbLabel(level) : '');
  };

  Widget.prototype.reportChart = function () {
    var level = this.levels[this.levels.length - 1];
    if (level) { return level.kind === 'communes' ? 'BAR' : 'LINE'; }
    return { LINE: 'LINE', COLUMN: 'BAR', STACKED: 'BAR', PIE: 'PIE' }[this.spec.type] || 'NONE';
  };

  Widget.prototype.categoryDim = function () {
    var level = this.levels[this.levels.length - 1];
    return level && level.kind === 'communes' ? 'ou' : 'pe';
  };

  Widget.prototype.draw = function () {
    var grid = this.grid;
    var type = this.spec.type;
    if (type === 'WARNINGS') { return this.drawWarnings(); }
    // quick reports: the figures as shown (drill-down included) with the unit's header block, as Excel and PDF
    var report = this.query + '&title=' + encodeURIComponent(this.reportTitle()) + '&chart=' + this.reportChart();
    var excel = this.part('excel');
    if (excel) { excel.href = '/reports/quick.xlsx?' + report; }
    var pdf = this.part('pdf');
    if (pdf) { pdf.href = '/reports/quick.pdf?' + report; }
    var metaEl = this.part('meta');
    if (metaEl) {
      metaEl.textContent = sourceLine(grid, this.spec.dx);
      var href = recordsLink(grid, this.spec.dx);
      if (href) {
        var a = document.createElement('a');
        a.className = 'widget-records-link';
        a.href = href;
        a.textContent = t('records');
        if (metaEl.textContent) { metaEl.appendChild(document.createTextNode(' · ')); }
        metaEl.appendChild(a);
      }
    }
    this.drawCrumbs();
    if (type === 'SINGLE') { return this.drawSingle(); }
    var level = this.levels[this.levels.length - 1];
    var chartType = level ? (level.kind === 'communes' ? 'COLUMN' : 'LINE') : type;
    var p = pivot(grid, this.categoryDim());
    var catLabel = this.categoryDim() === 'ou' ? t('unit') : t('period');
    if (chartType === 'PIE' || chartType === 'GAUGE') { catLabel = t('period'); }
    var tableEl = this.part('table');
    tableEl.innerHTML = grid.rows.length ? table(p, this.spec.title, catLabel) : '';
    var chartEl = this.part('chart');
    if (!grid.rows.length) {
      this.disposeChart();
      chartEl.innerHTML = '<p class="widget-empty">' + escape(t('noData')) + '</p>';
      return;
    }
    if (chartType === 'TABLE') {
      chartEl.hidden = true;
      tableEl.hidden = false;
      return;
    }
    if (!window.echarts) {
      var self = this;
      loadEcharts().then(function () { self.draw(); });
      return;
    }
    if (!this.chart) {
      chartEl.innerHTML = '';
      this.chart = window.echarts.init(chartEl, config.theme, { renderer: 'canvas' });
      this.chart.on('click', this.onClick.bind(this));
    }
    this.pivoted = p;
    this.chart.setOption(chartOption(chartType, p, grid), true);
    chartEl.setAttribute('aria-label', this.spec.title + (level ? ' — ' + this.crumbLabel(level) : ''));
  };

  Widget.prototype.drawSingle = function () {
    var grid = this.grid;
    var self = this;
    var code = this.spec.dx[0];
    var row = grid.rows.filter(function (r) { return r[0] === code; })[0];
    var value = row ? row[row.length - 1] : null;
    this.part('value').textContent = row ? formatNumber(value) : t('noData');
    this.part('value').classList.toggle('widget-value-empty', !row);
    this.part('unit').textContent = row ? unitOf(grid, code) : '';
    var periodEl = this.part('period');
    if (periodEl) {
      var pe = (grid.metaData && grid.metaData.dimensions && grid.metaData.dimensions.pe) || [];
      periodEl.textContent = pe.length === 1 ? nameOf(grid, pe[0]) : nameOf(grid, this.spec.pe);
    }
    if (this.spec.options && this.spec.options.target) {
      targets([code], this.spec.ou, targetYear(this.spec.pe)).then(function (list) {
        var mine = (list || []).filter(function (x) { return x.dx === code; })[0];
        self.drawStatus(mine);
      });
    }
  };

  Widget.prototype.drawWarnings = function () {
    var list = this.outliers || [];
    var holder = this.part('warnings');
    var period = this.part('period');
    if (period) { period.textContent = this.spec.peName || ''; }
    if (!list.length) {
      holder.innerHTML = '<p class="widget-warnings-none mb-0"><span class="warning-mark" aria-hidden="true">✓</span> ' +
        escape(t('warnings.none')) + '</p>';
      return;
    }
    var expanded = !!this.expanded;
    var html = ['<ul class="widget-warning-list list-unstyled mb-0">'];
    (expanded ? list : list.slice(0, WARNINGS_SHOWN)).forEach(function (o) { html.push(warningLine(o)); });
    html.push('</ul>');
    if (list.length > WARNINGS_SHOWN) {
      html.push('<button type="button" class="btn btn-link btn-sm p-0 mt-1 widget-warnings-more" aria-expanded="',
        String(expanded), '">', escape(expanded ? t('warnings.fewer')
          : t('warnings.more').replace('{n}', formatNumber(list.length - WARNINGS_SHOWN))), '</button>');
    }
    holder.innerHTML = html.join('');
  };

  Widget.prototype.drawStatus = function (target) {
    var el = this.part('status');
    if (!el) { return; }
    if (!target || target.status === 'NO_DATA' || target.target === null || target.target === undefined) {
      el.hidden = true;
      return;
    }
    el.hidden = false;
    el.className = 'badge widget-status status-' + target.status;
    el.textContent = t('status.' + target.status) + ' · ' + formatNumber(target.percent) + '% ' + t('target') + ' ' +
      formatNumber(target.target);
  };

  Widget.prototype.drawCrumbs = function () {
    var crumbs = this.part('crumbs');
    if (!crumbs) { return; }
    if (!this.levels.length) { crumbs.hidden = true; crumbs.innerHTML = ''; return; }
    var html = ['<button type="button" class="btn btn-link btn-sm p-0" data-level="0">', escape(t('back')), '</button>'];
    var self = this;
    this.levels.forEach(function (level, i) {
      html.push(' › ');
      if (i < self.levels.length - 1) {
        html.push('<button type="button" class="btn btn-link btn-sm p-0" data-level="', String(i + 1), '">',
          escape(self.crumbLabel(level)), '</button>');
      } else {
        html.push('<span aria-current="page">', escape(self.crumbLabel(level)), '</span>');
      }
    });
    crumbs.innerHTML = html.join('');
    crumbs.hidden = false;
  };

  Widget.prototype.crumbLabel = function (level) {
    return level.kind === 'communes' ? t('communes') + ' · ' + level.label : t('history') + ' · ' + level.label;
  };

  Widget.prototype.onClick = function (params) {
    var p = this.pivoted;
    if (!p || params.componentType !== 'series') { return; }
    var level = this.levels[this.levels.length - 1];
    var type = this.spec.type;
    if (!level) {
      if (type === 'PIE' || type === 'GAUGE') { return; }
      var s = p.series[params.seriesIndex];
      var pe = p.categories[params.dataIndex];
      if (!s || !s.dx || !pe) { return; }
      this.levels.push({ kind: 'communes', dx: s.dx, pe: pe, label: s.name + ' · ' + p.categoryNames[params.dataIndex] });
    } else if (level.kind === 'communes') {
      var ou = p.categories[params.dataIndex];
      this.levels.push({ kind: 'history', dx: level.dx, ou: ou, label: p.categoryNames[params.dataIndex] });
    } else {
      return;
    }
    this.refresh();
  };

  Widget.prototype.drawMap = function () {
    var spec = this.spec;
    var body = this.part('chart');
    if (window.ToanCanhMap && typeof window.ToanCanhMap.choropleth === 'function') {
      window.ToanCanhMap.choropleth(body, { dx: spec.dx[0], pe: spec.pe });
    }
    return Promise.resolve();
  };

  Widget.prototype.exportPng = function () {
    if (!this.chart) { return; }
    var link = document.createElement('a');
    link.href = this.chart.getDataURL({ type: 'png', pixelRatio: 2,
      backgroundColor: config.theme === 'dark' ? '#10161f' : '#ffffff' });
    link.download = (this.spec.title || 'bieu-do').replace(/[\\/:*?"<>|]+/g, '-') + '.png';
    document.body.appendChild(link);
    link.click();
    link.remove();
  };

  Widget.prototype.showMessage = function (text) {
    var target = this.spec.type === 'SINGLE' ? this.part('value')
      : this.spec.type === 'WARNINGS' ? this.part('warnings') : this.part('chart');
    if (target) {
      this.disposeChart();
      target.innerHTML = '<span class="widget-empty">' + escape(text) + '</span>';
      target.classList.toggle('widget-value-empty', this.spec.type === 'SINGLE');
    }
  };

  Widget.prototype.setOffline = function (cachedAt) {
    var el = this.part('offline');
    if (!el) { return; }
    el.hidden = !cachedAt;
    if (cachedAt) { el.textContent = t('offline') + ' ' + formatTime(cachedAt); }
  };

  Widget.prototype.disposeChart = function () {
    if (this.chart) { this.chart.dispose(); this.chart = null; }
  };

  Widget.prototype.resize = function () {
    if (this.stale) { this.refresh(); } else if (this.chart) { this.chart.resize(); }
  };

  Widget.prototype.uses = function (codes) {
    if (!codes) { return true; }
    return this.spec.dx.some(function (code) { return codes.indexOf(code.split('.')[0]) >= 0; });
  };

  // --- The page's widgets ---------------------------------------------------------------------------------------

  window.ToanCanhWidgets = {
    configure: function (settings) {
      Object.keys(settings || {}).forEach(function (k) { config[k] = settings[k]; });
    },
    // Mounts every [data-widget] under root and loads its figures.
    mountAll: function (root) {
      var mounted = [];
      (root || document).querySelectorAll('[data-widget]').forEach(function (el) {
        if (el.toanCanhWidget) { return; }
        var w = new Widget(el, JSON.parse(el.getAttribute('data-widget')));
        el.toanCanhWidget = w;
        handles.push(w);
        mounted.push(w);
        w.refresh();
      });
      return mounted;
    },
    // Refreshes the widgets that show one of these item codes (all when codes is null).
    refresh: function (codes) {
      handles.forEach(function (w) { if (w.uses(codes)) { w.refresh(); } });
    },
    // The page's period selector: figures of a moment (cards, gauges, pies) follow it, series keep their range.
    setPeriod: function (pe) {
      handles.forEach(function (w) {
        if (POINT_TYPES.indexOf(w.spec.type) >= 0 && !(w.spec.options && w.spec.options.lockPeriod)) {
          w.spec.pe = pe;
          w.levels = [];
          w.refresh();
        }
      });
    },
    resize: function (root) {
      handles.forEach(function (w) { if (!root || root.contains(w.el)) { w.resize(); } });
    },
    widgets: function () { return handles.slice(); },
    formatNumber: formatNumber,
    formatTime: formatTime
  };

  window.addEventListener('resize', function () {
    clearTimeout(window.ToanCanhWidgets.resizeTimer);
    window.ToanCanhWidgets.resizeTimer = setTimeout(function () { window.ToanCanhWidgets.resize(); }, 150);
  });
})();
