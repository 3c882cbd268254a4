// The bell's count, kept live: the server nudges open pages through server-sent events when an alert opens, rises
// or is resolved; the page then fetches its own count (it depends on who is looking). Each minute too, for alerts
// opened by another instance or a stream the network dropped.
(function () {
  const bell = document.getElementById('alert-bell');
  if (!bell) {
    return;
  }
  const count = document.getElementById('alert-bell-count');
  const label = document.getElementById('alert-bell-label');
  const icon = bell.querySelector('.bi');
  const template = (document.getElementById('alert-bell-script') || {}).dataset?.label || '{0} / {1}';

  function show(summary) {
    const text = template.replace('{0}', summary.current).replace('{1}', summary.unacknowledged);
    count.textContent = summary.current;
    count.hidden = summary.current === 0;
    count.classList.toggle('text-bg-danger', summary.critical > 0);
    count.classList.toggle('text-bg-warning', summary.critical === 0);
    icon.classList.toggle('bi-bell-fill', summary.current > 0);
    icon.classList.toggle('bi-bell', summary.current === 0);
    label.textContent = text;
    bell.title = text;
    bell.dataset.current = summary.current;
  }

  function refresh() {
    fetch(bell.dataset.summary, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : null))
      .then((s) => s && show(s))
      .catch(() => {});
  }

  if (window.EventSource) {
    const stream = new EventSource(bell.dataset.stream);
    stream.addEventListener('alerts', refresh);
  }
  setInterval(refresh, 60000);
})();
