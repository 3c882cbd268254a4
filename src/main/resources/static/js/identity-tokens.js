// Copies a newly created API token to the clipboard (it is shown only once).
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('copy-token');
  var input = document.getElementById('new-token');
  if (!button || !input) {
    return;
  }
  button.addEventListener('click', function () {
    input.select();
    var done = function () { button.textContent = button.dataset.copied; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(input.value).then(done);
    } else {
      document.execCommand('copy');
      done();
    }
  });
});
