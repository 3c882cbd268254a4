// The export page: while an export runs, its row polls /api/exports/{id} each second for progress and the page
// reloads once it finishes, so the download link appears.
(function () {
  'use strict';
  var rows = Array.prototype.slice.call(document.querySelectorAll('.export-job[data-finished="false"]'));
  if (!rows.length) { return; }
  var number = new Intl.NumberFormat(document.documentElement.lang === 'en' ? 'en-US' : 'vi-VN');
  function poll() {
    Promise.all(rows.map(function (row) {
      return fetch('/api/exports/' + row.getAttribute('data-id'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (job) {
          if (!job) { return true; }
          var bar = row.querySelector('.export-bar');
          var percent = job.status === 'DONE' ? 100 : (job.totalRows ? Math.min(99, Math.floor(job.doneRows * 100 / job.totalRows)) : 0);
          bar.style.width = percent + '%';
          bar.textContent = percent + '%';
          bar.parentElement.setAttribute('aria-valuenow', String(percent));
          var counts = row.querySelectorAll('.export-rows span');
          counts[0].textContent = number.format(job.doneRows);
          counts[1].textContent = job.totalRows == null ? '–' : number.format(job.totalRows);
          return job.status === 'DONE' || job.status === 'FAILED';
        })
        .catch(function () { return false; });
    })).then(function (finished) {
      if (finished.some(Boolean)) { window.location.reload(); } else { setTimeout(poll, 1000); }
    });
  }
  setTimeout(poll, 1000);
})();
