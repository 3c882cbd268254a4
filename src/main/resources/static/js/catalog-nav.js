// On phones the catalog's domain/sector/group tree is a select: choosing an entry opens it.
document.querySelectorAll('[data-catalog-nav]').forEach(function (select) {
  select.addEventListener('change', function () {
    if (select.value) {
      window.location.href = select.value;
    }
  });
});
