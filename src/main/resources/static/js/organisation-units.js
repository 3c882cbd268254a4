// Unit pages: open and close tree nodes (one, or all at once), and re-submit a filter form when its switch
// changes. Inline handlers are forbidden by the Content Security Policy, hence this file.
function setNode(button, open) {
  var list = document.getElementById(button.getAttribute('aria-controls'));
  button.setAttribute('aria-expanded', open ? 'true' : 'false');
  if (list) {
    list.hidden = !open;
  }
}
document.addEventListener('click', function (event) {
  var node = event.target.closest('[data-tree-node]');
  if (node) {
    setNode(node, node.getAttribute('aria-expanded') !== 'true');
    return;
  }
  var all = event.target.closest('[data-tree-toggle]');
  if (all) {
    var open = all.getAttribute('data-tree-toggle') === 'open';
    document.querySelectorAll('#unit-tree [data-tree-node]').forEach(function (button) {
      setNode(button, open);
    });
  }
});
document.addEventListener('change', function (event) {
  if (event.target.matches('[data-submit-on-change]')) {
    event.target.form.submit();
  }
});
