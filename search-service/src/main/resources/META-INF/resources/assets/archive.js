// The archive's pages work without this script; it adds autocomplete, the drag across the year bars, and
// footnotes that open in place. It writes text only (textContent), never markup from the archive.
(function () {
  'use strict';

  function debounce(fn, ms) {
    let timer;
    return function () {
      const args = arguments;
      clearTimeout(timer);
      timer = setTimeout(function () { fn.apply(null, args); }, ms);
    };
  }

  // Autocomplete: entities by any of their names, and titles, from /api/suggest into the datalist.
  function autocomplete(input) {
    const list = document.getElementById(input.getAttribute('list'));
    if (!list) {
      return;
    }
    let asked = '';
    const fill = debounce(function () {
      const prefix = input.value.trim();
      if (prefix.length < 2) {
        list.replaceChildren();
        asked = '';
        return;
      }
      if (prefix === asked) {
        return;
      }
      asked = prefix;
      fetch(input.dataset.suggest + '?size=10&prefix=' + encodeURIComponent(prefix))
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (answer) {
          if (input.value.trim() !== prefix) {
            return;
          }
          list.replaceChildren();
          const seen = new Set();
          (answer.suggestions || []).forEach(function (s) {
            // The name as typed so far goes on as written: a search finds the entity's other spellings anyway.
            const value = s.matched;
            if (!value || seen.has(value)) {
              return;
            }
            seen.add(value);
            const option = document.createElement('option');
            option.value = value;
            option.label = s.kind === 'entity' ? (s.type || 'entity') + (s.matched !== s.label ? ': ' + s.label : '') : 'title';
            list.appendChild(option);
          });
        })
        .catch(function () { asked = ''; /* no suggestions this time: the search still works */ });
    }, 150);
    input.addEventListener('input', fill);
  }

  // Year bars: a click narrows to one year (a plain link); a drag from one bar to another, to the years between.
  function dragRange(bars) {
    let first = null;
    let dragged = false;
    let startX = 0;
    function yearOf(target) {
      const bar = target && target.closest ? target.closest('.bar') : null;
      return bar && bars.contains(bar) ? parseInt(bar.dataset.year, 10) : null;
    }
    function mark(from, to) {
      bars.querySelectorAll('.bar').forEach(function (bar) {
        const y = parseInt(bar.dataset.year, 10);
        bar.classList.toggle('in-range', from !== null && y >= Math.min(from, to) && y <= Math.max(from, to));
      });
    }
    bars.addEventListener('pointerdown', function (e) {
      if (e.button !== 0) {
        return;
      }
      first = yearOf(e.target);
      dragged = false;
      startX = e.clientX;
      if (first !== null) {
        e.preventDefault();
        mark(first, first);
      }
    });
    bars.addEventListener('pointermove', function (e) {
      if (first === null) {
        return;
      }
      const y = yearOf(document.elementFromPoint(e.clientX, e.clientY));
      // A hand that trembles over narrow bars is still a click: a drag goes a few pixels at least.
      if (y !== null && Math.abs(e.clientX - startX) > 4) {
        dragged = dragged || y !== first;
        mark(first, y);
      }
    });
    document.addEventListener('pointerup', function (e) {
      if (first === null) {
        return;
      }
      const last = yearOf(document.elementFromPoint(e.clientX, e.clientY));
      const from = first;
      first = null;
      if (dragged && last !== null) {
        // Any bar's link is the page's search narrowed to its year: widen it to the years dragged over.
        const url = new URL(bars.querySelector('.bar').href);
        url.searchParams.set('from', String(Math.min(from, last)));
        url.searchParams.set('to', String(Math.max(from, last)));
        window.location.assign(url.toString());
      }
      mark(null, null);
    });
    document.addEventListener('pointercancel', function () {
      first = null;
      mark(null, null);
    });
  }

  // Footnote markers open their note in place; the list at the end stays for reading them all.
  function footnotes() {
    document.querySelectorAll('a.note-ref').forEach(function (ref) {
      ref.addEventListener('click', function (e) {
        const number = ref.dataset.note;
        const inline = document.getElementById('inline-note-' + number);
        const source = document.querySelector('#note-' + number + ' .note-text');
        if (!inline || !source) {
          return;
        }
        e.preventDefault();
        if (!inline.hasAttribute('hidden')) {
          inline.setAttribute('hidden', '');
          ref.setAttribute('aria-expanded', 'false');
          return;
        }
        const author = document.querySelector('#note-' + number + ' .note-author');
        inline.textContent = ' [' + number + '] ' + source.textContent + (author ? ' ' + author.textContent : '') + ' ';
        inline.removeAttribute('hidden');
        ref.setAttribute('aria-expanded', 'true');
      });
    });
  }

  // The API key, for the pages that write: kept in this tab's session only.
  function apiKeys() {
    document.querySelectorAll('input[data-api-key]').forEach(function (input) {
      input.value = sessionStorage.getItem('archive-api-key') || '';
      input.addEventListener('change', function () { sessionStorage.setItem('archive-api-key', input.value.trim()); });
    });
  }

  // A search's URL holds only what was chosen: empty fields and the default order are left out of it.
  function shortUrls(form) {
    form.addEventListener('submit', function () {
      Array.prototype.forEach.call(form.elements, function (field) {
        if (field.name && (field.value.trim() === '' || (field.name === 'sort' && field.value === 'relevance'))) {
          field.disabled = true;
        }
      });
      setTimeout(function () {
        Array.prototype.forEach.call(form.elements, function (field) { field.disabled = false; });
      }, 0);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form.search').forEach(shortUrls);
    document.querySelectorAll('input[data-suggest]').forEach(autocomplete);
    document.querySelectorAll('[data-drag-range]').forEach(dragRange);
    footnotes();
    apiKeys();
  });

  // What the upload and authority pages share: a request with the key, and a problem+json answer in words.
  window.archive = {
    key: function () {
      const input = document.querySelector('input[data-api-key]');
      const key = input ? input.value.trim() : '';
      if (key) {
        sessionStorage.setItem('archive-api-key', key);
      }
      return key;
    },
    request: function (url, options) {
      const o = options || {};
      o.headers = Object.assign({ 'X-API-Key': window.archive.key() }, o.headers || {});
      return fetch(url, o).then(function (r) {
        const type = r.headers.get('Content-Type') || '';
        const body = type.indexOf('json') >= 0 ? r.json() : r.text().then(function () { return null; });
        return body.then(function (json) {
          if (!r.ok) {
            const problem = json || {};
            const error = new Error((problem.title || ('HTTP ' + r.status)) + (problem.detail ? ': ' + problem.detail : ''));
            error.status = r.status;
            throw error;
          }
          return json;
        });
      });
    }
  };
}());
