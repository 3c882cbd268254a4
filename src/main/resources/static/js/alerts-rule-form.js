// The rule editor shows only the fields its kind uses (all of them without scripts).
(function () {
  const kind = document.getElementById('kind');
  if (!kind) {
    return;
  }
  function show() {
    document.querySelectorAll('[data-kinds]').forEach((el) => {
      el.hidden = !el.dataset.kinds.split(' ').includes(kind.value);
    });
  }
  kind.addEventListener('change', show);
  show();
})();
