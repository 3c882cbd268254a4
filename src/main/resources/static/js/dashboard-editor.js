// The dashboard form: suggests data items (code and name) from the catalog while typing in an item field.
(function () {
  'use strict';

  var list = document.getElementById('item-options');
  if (!list) {
    return;
  }
  var timer = null;
  var last = '';

  function suggest(text) {
    var term = text.split(/[,;\s]+/).pop();
    if (!term || term.length < 2 || term === last) {
      return;
    }
    last = term;
    fetch('/api/dataItems?pageSize=20&q=' + encodeURIComponent(term), { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : { items: [] }; })
      .then(function (page) {
        list.innerHTML = '';
        (page.items || []).forEach(function (item) {
          var option = document.createElement('option');
          var prefix = text.substring(0, text.length - term.length);
          option.value = prefix + item.code;
          option.label = item.code + ' — ' + item.name;
          list.appendChild(option);
        });
      });
  }

  document.addEventListener('input', function (event) {
    if (event.target.classList && event.target.classList.contains('item-picker')) {
      clearTimeout(timer);
      var value = event.target.value;
      timer = setTimeout(function () { suggest(value); }, 250);
    }
  });
})();
