// Data entry grid: Enter / ArrowDown move to the cell below, ArrowUp to the cell above (Tab stays natural).
// Moving the focus blurs the cell, whose htmx "change" trigger then saves it.
(function () {
  'use strict';

  function cellAt(table, row, col) {
    return document.querySelector('.entry-cell[data-table="' + table + '"][data-row="' + row + '"][data-col="' + col + '"]');
  }

  function move(input, delta) {
    var d = input.dataset;
    var target = cellAt(d.table, Number(d.row) + delta, d.col);
    if (!target && delta > 0) {
      // Past the last row: continue at the top of the next column, as people fill a column at a time,
      // then at the top of the next table.
      target = cellAt(d.table, 0, Number(d.col) + 1) || cellAt(Number(d.table) + 1, 0, 0);
    }
    if (target) {
      target.focus();
      target.select();
    } else if (delta > 0) {
      // The very last cell: leaving it is what saves it.
      input.blur();
    }
  }

  document.addEventListener('keydown', function (event) {
    var input = event.target;
    if (!input.classList || !input.classList.contains('entry-cell')) {
      return;
    }
    if (event.key === 'Enter' || event.key === 'ArrowDown') {
      event.preventDefault();
      move(input, 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      move(input, -1);
    }
  });

  // Saving state while the request is under way (the returned cell replaces it with saved / error).
  document.addEventListener('htmx:beforeRequest', function (event) {
    var el = event.detail.elt;
    if (el.classList && el.classList.contains('entry-cell')) {
      el.closest('td').classList.add('cell-saving');
    }
  });

  // The history modal: forget the previous value's history before the next one loads.
  document.addEventListener('show.bs.modal', function (event) {
    if (event.target.id === 'history-modal') {
      var body = document.getElementById('history-body');
      body.textContent = body.dataset.loading || '…';
    }
  });
})();
