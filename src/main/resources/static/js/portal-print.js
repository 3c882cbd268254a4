// The QR page's print button (no inline script: the content security policy forbids it).
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('qr-print-button');
    if (button) { button.addEventListener('click', function () { window.print(); }); }
  });
})();
