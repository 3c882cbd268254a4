// The home, wall and phone card of active alerts: the most severe first, each linking to its page; fetched again when
// the server says an alert opened, rose or was resolved, and each minute.
(function () {
  if (window.alertCardsStarted) {
    return;
  }
  window.alertCardsStarted = true;
  const cards = document.querySelectorAll('.widget-alerts');
  if (!cards.length) {
    return;
  }
  const badge = { CRITICAL: 'text-bg-danger', WARNING: 'text-bg-warning', INFO: 'text-bg-info' };

  function render(card, page) {
    const list = card.querySelector('.alert-card-list');
    const empty = card.querySelector('.alert-card-empty');
    list.replaceChildren();
    page.items.forEach((e) => {
      const li = document.createElement('li');
      li.className = 'mb-2 alert-card-item';
      li.dataset.id = e.id;
      li.dataset.severity = e.severity;
      const b = document.createElement('span');
      b.className = 'badge me-1 ' + (badge[e.severity] || 'text-bg-secondary');
      b.textContent = card.dataset[e.severity.toLowerCase()] || e.severity;
      const a = document.createElement('a');
      a.href = '/alerts/' + e.id;
      a.textContent = e.title;
      const cause = document.createElement('div');
      cause.className = 'text-body-secondary';
      cause.textContent = e.cause;
      li.append(b, a, cause);
      list.append(li);
    });
    if (page.total > page.items.length) {
      const more = document.createElement('li');
      more.className = 'text-body-secondary';
      more.textContent = card.dataset.more.replace('{0}', page.total - page.items.length);
      list.append(more);
    }
    empty.hidden = page.items.length > 0;
    card.dataset.loaded = 'true';
  }

  function refresh() {
    cards.forEach((card) => {
      fetch(card.dataset.source, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then((r) => (r.ok ? r.json() : null))
        .then((page) => page && render(card, page))
        .catch(() => {});
    });
  }

  refresh();
  if (window.EventSource) {
    new EventSource(cards[0].dataset.stream).addEventListener('alerts', refresh);
  }
  setInterval(refresh, 60000);
})();
