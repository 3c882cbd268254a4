// The aggregate report template editor: a block shows the fields of its kind; blocks are added from the page's
// <template>, moved and removed, and their field names renumbered (blocks[0].kind, …) so the form posts them in order.
(function () {
  'use strict';
  var list = document.getElementById('blocks');
  var blank = document.getElementById('block-template');
  if (!list || !blank) { return; }

  function renumber() {
    Array.prototype.forEach.call(list.querySelectorAll('.template-block'), function (block, i) {
      Array.prototype.forEach.call(block.querySelectorAll('[name^="blocks["]'), function (field) {
        field.name = field.name.replace(/^blocks\[\d+\]/, 'blocks[' + i + ']');
      });
      Array.prototype.forEach.call(block.querySelectorAll('[id^="b"]'), function (el) {
        var id = el.id.replace(/^b\d+-/, 'b' + i + '-');
        Array.prototype.forEach.call(block.querySelectorAll('label[for="' + el.id + '"]'), function (l) { l.htmlFor = id; });
        el.id = id;
      });
      var label = list.getAttribute('data-block-label') || 'Khối {0}';
      block.setAttribute('aria-label', label.replace('{0}', String(i + 1)));
    });
  }

  function add(kind) {
    var block = blank.content.firstElementChild.cloneNode(true);
    block.setAttribute('data-kind', kind);
    block.querySelector('.block-kind').value = kind;
    list.appendChild(block);
    renumber();
    block.querySelector('input[name$=".heading"]').focus();
  }

  ['block-add', 'block-add-table', 'block-add-chart'].forEach(function (id) {
    var button = document.getElementById(id);
    if (button) {
      button.addEventListener('click', function () { add(button.getAttribute('data-kind')); });
    }
  });

  list.addEventListener('change', function (e) {
    if (e.target.classList.contains('block-kind')) {
      e.target.closest('.template-block').setAttribute('data-kind', e.target.value);
    }
  });

  list.addEventListener('click', function (e) {
    var button = e.target.closest('button');
    if (!button) { return; }
    var block = button.closest('.template-block');
    if (button.classList.contains('block-up') && block.previousElementSibling) {
      list.insertBefore(block, block.previousElementSibling);
    } else if (button.classList.contains('block-down') && block.nextElementSibling) {
      list.insertBefore(block.nextElementSibling, block);
    } else if (button.classList.contains('block-remove')) {
      block.remove();
    } else {
      return;
    }
    renumber();
    button.focus();
  });
})();
