// Dashboard pages (home, domain and user dashboards, the wall, the phone view): mounts the widgets, wires the period
// selector, and keeps the figures live through the server's event stream. EventSource reconnects by itself when the
// server restarts; on every reconnect the page refetches all its figures, since it may have missed changes.
(function () {
  'use strict';

  var holder = document.getElementById('dashboard-config');
  if (!holder || !window.ToanCanhWidgets) {
    return;
  }
  var settings = JSON.parse(holder.getAttribute('data-config'));
  if (holder.dataset.theme) {
    settings.theme = holder.dataset.theme;
  }
  // The wall never scrolls: it draws every chart of a slide at once.
  settings.lazyCharts = holder.dataset.theme !== 'dark';
  // A wall screen may be given an API token once (/wall#token=tc_…); it is kept on that screen only.
  try {
    var fromHash = /[#&]token=(tc_[A-Za-z0-9_-]+)/.exec(location.hash);
    if (fromHash) {
      localStorage.setItem('toancanh.wallToken', fromHash[1]);
      history.replaceState(null, '', location.pathname + location.search);
    }
    var token = holder.dataset.theme === 'dark' ? localStorage.getItem('toancanh.wallToken') : null;
    if (token) { settings.auth = 'Bearer ' + token; }
  } catch (e) {
    // storage unavailable: session only
  }
  var widgets = window.ToanCanhWidgets;
  widgets.configure(settings);

  var period = document.getElementById('dashboard-period');
  if (period) {
    var exportLinks = function () {
      document.querySelectorAll('.dashboard-export').forEach(function (a) {
        a.href = a.getAttribute('data-base') + '?pe=' + encodeURIComponent(period.value);
      });
    };
    exportLinks();
    period.addEventListener('change', function () { widgets.setPeriod(period.value); exportLinks(); });
  }
  widgets.mountAll(document);

  var status = document.getElementById('dashboard-live');
  function setLive(state) {
    if (status) {
      status.dataset.state = state;
      status.textContent = status.getAttribute('data-' + state) || '';
    }
  }

  var pending = null;
  var pendingAll = false;
  function schedule(codes) {
    if (codes === null) { pendingAll = true; } else { pending = (pending || []).concat(codes); }
    clearTimeout(schedule.timer);
    schedule.timer = setTimeout(function () {
      widgets.refresh(pendingAll ? null : pending);
      pending = null;
      pendingAll = false;
    }, 300);
  }

  var everConnected = false;
  var source = null;
  var retry = null;

  function onHello() {
    setLive('on');
    if (everConnected) { schedule(null); }
    everConnected = true;
  }

  function onAnalytics(data) {
    var change = JSON.parse(data);
    document.documentElement.dataset.analyticsVersion = String(change.version);
    schedule(change.all ? null : change.items);
  }

  // With an API token (a wall screen's account) the stream is read with fetch, which can send the token: it
  // outlives the session, so a restarted server is met again without anyone signing in at the screen.
  function connectWithToken() {
    fetch('/api/dashboard/events', { headers: { Accept: 'text/event-stream', Authorization: settings.auth } })
      .then(function (response) {
        if (!response.ok || !response.body) { throw new Error('HTTP ' + response.status); }
        var reader = response.body.getReader();
        var decoder = new TextDecoder();
        var buffer = '';
        function read() {
          return reader.read().then(function (chunk) {
            if (chunk.done) { throw new Error('closed'); }
            buffer += decoder.decode(chunk.value, { stream: true }).replace(/\r/g, '');
            var end;
            while ((end = buffer.indexOf('\n\n')) >= 0) {
              dispatch(buffer.substring(0, end));
              buffer = buffer.substring(end + 2);
            }
            return read();
          });
        }
        return read();
      })
      .catch(function () {
        setLive('off');
        clearTimeout(retry);
        retry = setTimeout(connectWithToken, 3000);
      });
  }

  function dispatch(block) {
    var name = 'message';
    var data = [];
    block.split('\n').forEach(function (line) {
      if (line.indexOf('event:') === 0) { name = line.substring(6).trim(); }
      if (line.indexOf('data:') === 0) { data.push(line.substring(5).replace(/^ /, '')); }
    });
    if (name === 'hello') { onHello(); }
    if (name === 'analytics') { onAnalytics(data.join('\n')); }
  }

  function connect() {
    if (settings.auth) { connectWithToken(); return; }
    if (!window.EventSource) { return; }
    source = new EventSource('/api/dashboard/events');
    source.addEventListener('hello', onHello);
    source.addEventListener('analytics', function (event) { onAnalytics(event.data); });
    source.addEventListener('error', function () {
      setLive('off');
      // A closed stream (the server answered with an error, e.g. during a restart) is not retried by the browser:
      // retry it here until the server is back.
      if (source.readyState === EventSource.CLOSED) {
        clearTimeout(retry);
        retry = setTimeout(connect, 5000);
      }
    });
  }
  connect();
  window.addEventListener('online', function () { schedule(null); });
})();
