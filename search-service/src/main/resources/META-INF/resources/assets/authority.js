// The authority review page: the queue of suggested variant links (accept or reject each), and a merge of
// two entities, through enrich-service's authority API with the API key.
(function () {
  'use strict';

  document.addEventListener('DOMContentLoaded', function () {
    const keyForm = document.getElementById('key-form');
    const enrich = keyForm.dataset.enrich + '/api/authority';
    const message = document.getElementById('authority-message');
    const rows = document.querySelector('#suggestions tbody');

    function cell(tr, text) {
      const td = document.createElement('td');
      td.textContent = text == null ? '' : String(text);
      tr.appendChild(td);
      return td;
    }

    function decide(s, action, tr) {
      const buttons = tr.querySelectorAll('button');
      buttons.forEach(function (b) { b.disabled = true; });
      window.archive.request(enrich + '/suggestions/' + s.id + '/' + action, { method: 'POST' }).then(function () {
        const next = tr.nextElementSibling || tr.previousElementSibling;
        tr.remove();
        message.textContent = (action === 'accept' ? 'Accepted: ' : 'Rejected: ') + s.form + ' · ' + (s.candidateLabel || s.candidateForm || '');
        const focus = next ? next.querySelector('button') : null;
        (focus || document.getElementById('api-key')).focus();
      }).catch(function (e) {
        buttons.forEach(function (b) { b.disabled = false; });
        message.textContent = e.message;
      });
    }

    function load() {
      if (!window.archive.key()) {
        message.textContent = 'Enter the API key first.';
        return;
      }
      window.archive.request(enrich + '/suggestions?size=100').then(function (list) {
        rows.replaceChildren();
        list.forEach(function (s) {
          const tr = document.createElement('tr');
          tr.dataset.id = s.id;
          cell(tr, s.form).dataset.label = 'Form';
          cell(tr, s.candidateLabel ? s.candidateLabel : 'another name here: ' + s.candidateForm).dataset.label = 'Entity';
          cell(tr, s.type).dataset.label = 'Type';
          cell(tr, s.reason).dataset.label = 'Why';
          const actions = cell(tr, '');
          [['accept', 'Accept'], ['reject', 'Reject']].forEach(function (a) {
            const b = document.createElement('button');
            b.type = 'button';
            b.textContent = a[1];
            b.setAttribute('aria-label', a[1] + ' ' + s.form + ' as ' + (s.candidateLabel || s.candidateForm));
            b.addEventListener('click', function () { decide(s, a[0], tr); });
            actions.appendChild(b);
          });
          rows.appendChild(tr);
        });
        message.textContent = list.length === 0 ? 'No suggestions wait for review.' : list.length + ' suggestion(s) wait for review.';
      }).catch(function (e) { message.textContent = e.message; });
    }

    keyForm.addEventListener('submit', function (e) { e.preventDefault(); load(); });
    if (window.archive.key()) {
      load();
    }

    const mergeMessage = document.getElementById('merge-message');

    // Entity pickers: the names typed are looked up; each option carries the entity's id in brackets.
    document.querySelectorAll('input[data-entity-search]').forEach(function (input) {
      const list = document.getElementById(input.getAttribute('list'));
      let asked = '';
      let timer;
      input.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(lookUp, 200);
      });
      function lookUp() {
        const q = input.value.trim();
        if (q.length < 2 || q === asked || /\[[^\]]+\]$/.test(q)) {
          return;
        }
        if (!window.archive.key()) {
          mergeMessage.textContent = 'Enter the API key first.';
          return;
        }
        asked = q;
        window.archive.request(enrich + '/entities?size=20&q=' + encodeURIComponent(q)).then(function (page) {
          if (input.value.trim() !== q) {
            return;
          }
          list.replaceChildren();
          page.entities.forEach(function (entity) {
            const option = document.createElement('option');
            option.value = entity.preferredLabel + ' [' + entity.id + ']';
            option.label = entity.type + ': ' + entity.variants.map(function (v) { return v.form; }).join(', ');
            list.appendChild(option);
          });
        }).catch(function (e) {
          asked = '';
          mergeMessage.textContent = e.message;
        });
      }
    });

    const mergeForm = document.getElementById('merge-form');
    function idOf(value) {
      const m = /\[([^\]]+)\]\s*$/.exec(value);
      return m ? m[1] : null;
    }
    mergeForm.addEventListener('submit', function (e) {
      e.preventDefault();
      const keep = idOf(document.getElementById('keep-name').value);
      const from = idOf(document.getElementById('merge-name').value);
      if (!keep || !from) {
        mergeMessage.textContent = 'Choose both entities from the suggestions (each shows its id in brackets).';
        return;
      }
      if (keep === from) {
        mergeMessage.textContent = 'Choose two different entities.';
        return;
      }
      window.archive.request(enrich + '/entities/' + encodeURIComponent(keep) + '/merge', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ from: from })
      }).then(function (entity) {
        mergeMessage.textContent = 'Merged: ' + entity.preferredLabel + ' now has ' + entity.variants.length + ' names.';
        mergeForm.reset();
      }).catch(function (err) { mergeMessage.textContent = err.message; });
    });
  });
}());
