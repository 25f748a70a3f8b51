// Sends the CSRF token with every htmx request.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// The main menu: on a narrow screen the groups fold behind one "Meny" button (shown only when this script runs);
// one group open at a time; Escape or a click elsewhere closes an open group.
document.addEventListener('DOMContentLoaded', function () {
  var button = document.querySelector('.vk-nav__menu-button');
  var list = document.getElementById('vk-nav-list');
  var groups = document.querySelectorAll('.vk-header details.vk-nav__group');
  if (button && list) {
    var narrow = window.matchMedia('(max-width: 48.0525em)');
    var fold = function () {
      button.hidden = !narrow.matches;
      list.hidden = narrow.matches && button.getAttribute('aria-expanded') !== 'true';
    };
    button.addEventListener('click', function () {
      button.setAttribute('aria-expanded', String(button.getAttribute('aria-expanded') !== 'true'));
      fold();
    });
    narrow.addEventListener('change', fold);
    fold();
  }
  groups.forEach(function (group) {
    group.addEventListener('toggle', function () {
      if (group.open) {
        groups.forEach(function (other) { if (other !== group) { other.open = false; } });
      }
    });
  });
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') { return; }
    groups.forEach(function (group) {
      if (group.open) { group.open = false; group.querySelector('summary').focus(); }
    });
  });
  document.addEventListener('click', function (event) {
    groups.forEach(function (group) { if (group.open && !group.contains(event.target)) { group.open = false; } });
  });
});

// A table wider than its place scrolls within itself (see vaksam.css): it is made focusable and named by its
// caption, so that keyboard users can scroll it too.
function vkScrollableTables() {
  document.querySelectorAll('main table.govuk-table').forEach(function (table) {
    if (table.scrollWidth > table.clientWidth + 1) {
      table.setAttribute('tabindex', '0');
      var caption = table.querySelector('caption');
      if (caption && !table.hasAttribute('aria-label')) { table.setAttribute('aria-label', caption.textContent.trim()); }
    } else if (table.getAttribute('tabindex') === '0') {
      table.removeAttribute('tabindex');
    }
  });
}
document.addEventListener('DOMContentLoaded', vkScrollableTables);
window.addEventListener('resize', vkScrollableTables);
