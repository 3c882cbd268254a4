// The webhooks page: copies a new secret (shown only once) and asks before a subscription is deleted.
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('copy-secret');
  var input = document.getElementById('new-secret');
  if (button && input) {
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
  }
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.dataset.confirm)) {
        event.preventDefault();
      }
    });
  });
});
