// A record's OCR progress: asks every 3 s while the background job reads its pages, reloads when it has finished.
(function () {
  var main = document.querySelector('[data-record]');
  if (!main) return;
  var code = main.getAttribute('data-record');
  var done = -1;
  function poll() {
    fetch('/api/records/' + encodeURIComponent(code), {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (r) {
        if (!r) return;
        if (r.ocrStatus !== 'QUEUED' && r.ocrStatus !== 'RUNNING') { window.location.reload(); return; }
        if (r.ocrDone !== done) {
          done = r.ocrDone;
          var pct = r.ocrPages ? Math.min(100, Math.floor(r.ocrDone * 100 / r.ocrPages)) : 0;
          document.getElementById('ocr-bar').style.width = pct + '%';
          document.getElementById('ocr-count').textContent = r.ocrDone + '/' + r.ocrPages;
        }
        setTimeout(poll, 3000);
      })
      .catch(function () { setTimeout(poll, 10000); });
  }
  setTimeout(poll, 3000);
})();
