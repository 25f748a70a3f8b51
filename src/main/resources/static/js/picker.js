// Pickers (fragments/picker.html): a select becomes a search field with a list of matches, after the
// ARIA 1.2 combobox pattern (role=combobox on the input, a listbox popup, aria-activedescendant for the
// option in focus). The select stays in the form, hidden, and carries the value; without JavaScript the
// select is used as it is.
// A picker over a list that can be long (fragments/picker :: search) starts from a text field instead, with
// data-vk-picker-search naming a bounded search endpoint that answers [{value, label}]; the field becomes a
// hidden field carrying the value and the matches are fetched as the person types (data-vk-picker-with names
// other fields whose values go along, e.g. the kind of record).
(function () {
  if (window.vkPickers) {
    return;
  }
  window.vkPickers = true;
  var MAX = 30;

  function enhance(select) {
    if (select.dataset.vkPickerReady) {
      return;
    }
    select.dataset.vkPickerReady = 'true';
    var id = select.id;
    var url = select.dataset.vkPickerSearch;
    var options = url ? [] : Array.prototype.slice.call(select.options).filter(function (o) { return o.value !== ''; })
        .map(function (o) { return { value: o.value, text: o.text }; });
    var input = document.createElement('input');
    input.type = 'text';
    input.className = 'govuk-input vk-picker__input';
    input.id = id;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', id + '-listbox');
    input.setAttribute('autocomplete', 'off');
    if (select.getAttribute('aria-describedby')) {
      input.setAttribute('aria-describedby', select.getAttribute('aria-describedby'));
    }
    if (url) {
      input.value = select.dataset.vkPickerLabel || '';
    } else {
      var chosen = select.options[select.selectedIndex];
      input.value = chosen && chosen.value !== '' ? chosen.text : '';
    }
    var list = document.createElement('ul');
    list.id = id + '-listbox';
    list.className = 'vk-picker__list';
    list.setAttribute('role', 'listbox');
    var label = document.querySelector('label[for="' + id + '"]');
    if (label) {
      label.id = label.id || id + '-label';
      list.setAttribute('aria-labelledby', label.id);
    }
    list.hidden = true;
    var status = document.createElement('div');
    status.className = 'govuk-visually-hidden';
    status.setAttribute('role', 'status');
    select.id = id + '-select';
    if (url) {
      select.type = 'hidden';
    }
    select.hidden = true;
    select.setAttribute('aria-hidden', 'true');
    select.tabIndex = -1;
    select.parentNode.insertBefore(input, select);
    select.parentNode.insertBefore(list, select);
    select.parentNode.insertBefore(status, select);
    var active = -1;
    var shown = [];

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    var asked = 0;

    function search() {
      var q = input.value.trim();
      if (!url) {
        show(options.filter(function (o) { return q === '' || o.text.toLowerCase().indexOf(q.toLowerCase()) >= 0; }));
        return;
      }
      if (q === '') {
        close();
        return;
      }
      var params = new URLSearchParams({ q: q });
      (select.dataset.vkPickerWith || '').split(' ').filter(Boolean).forEach(function (other) {
        var field = document.getElementById(other);
        if (field) {
          params.append(field.name, field.value);
        }
      });
      var ticket = ++asked;
      fetch(url + (url.indexOf('?') >= 0 ? '&' : '?') + params.toString(),
          { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (found) {
          if (ticket === asked && document.activeElement === input) {
            options = found.map(function (c) { return { value: c.value, text: c.label }; });
            show(options);
          }
        });
    }

    function render() {
      search();
    }

    function show(matches) {
      shown = matches.slice(0, MAX);
      list.innerHTML = '';
      shown.forEach(function (o, i) {
        var li = document.createElement('li');
        li.id = id + '-option-' + i;
        li.className = 'vk-picker__option';
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.textContent = o.text;
        li.addEventListener('mousedown', function (e) { e.preventDefault(); choose(i); });
        list.appendChild(li);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      active = -1;
      input.removeAttribute('aria-activedescendant');
      status.textContent = shown.length === 0 ? select.dataset.vkPickerNone
          : shown.length === 1 ? select.dataset.vkPickerOne
          : select.dataset.vkPickerCount.replace('{0}', shown.length);
    }

    function highlight(i) {
      var items = list.querySelectorAll('[role=option]');
      items.forEach(function (li, n) { li.setAttribute('aria-selected', n === i ? 'true' : 'false'); });
      active = i;
      if (i >= 0 && items[i]) {
        input.setAttribute('aria-activedescendant', items[i].id);
        items[i].scrollIntoView({ block: 'nearest' });
      }
    }

    function choose(i) {
      var o = shown[i];
      if (!o) {
        return;
      }
      select.value = o.value;
      input.value = o.text;
      close();
    }

    (select.dataset.vkPickerWith || '').split(' ').filter(Boolean).forEach(function (other) {
      var field = document.getElementById(other);
      if (field) {
        field.addEventListener('change', function () {
          select.value = '';
          input.value = '';
          options = [];
        });
      }
    });
    var timer;
    input.addEventListener('input', function () {
      select.value = '';
      clearTimeout(timer);
      timer = setTimeout(render, url ? 250 : 0);
    });
    input.addEventListener('focus', function () { if (input.value === '' && !url) { render(); } });
    input.addEventListener('blur', function () {
      close();
      var exact = options.filter(function (o) { return o.text.toLowerCase() === input.value.trim().toLowerCase(); });
      if (exact.length === 1) {
        select.value = exact[0].value;
      }
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        if (list.hidden) { render(); }
        highlight(Math.min(active + 1, shown.length - 1));
      } else if (e.key === 'ArrowUp') {
        e.preventDefault();
        highlight(Math.max(active - 1, 0));
      } else if (e.key === 'Enter' && !list.hidden && active >= 0) {
        e.preventDefault();
        choose(active);
      } else if (e.key === 'Escape') {
        close();
      }
    });
  }

  function enhanceAll(root) {
    (root || document).querySelectorAll('select[data-vk-picker], input[data-vk-picker]').forEach(enhance);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { enhanceAll(); });
  } else {
    enhanceAll();
  }
  document.addEventListener('htmx:afterSwap', function (e) { enhanceAll(e.target); });
}());
