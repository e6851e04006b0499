// The upload page: sends the files to ingest-service with the API key, then follows each document through
// RECEIVED, ENRICHED and INDEXED (or FAILED, with the reason, and a button to send it through again).
(function () {
  'use strict';
  const FINAL = ['INDEXED', 'FAILED'];

  document.addEventListener('DOMContentLoaded', function () {
    const form = document.getElementById('upload-form');
    const ingest = form.dataset.ingest;
    const files = document.getElementById('files');
    const zone = document.getElementById('drop-zone');
    const message = document.getElementById('upload-message');
    const rows = document.querySelector('#uploads tbody');
    let dropped = null;

    ['dragenter', 'dragover'].forEach(function (type) {
      zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.add('dragging'); });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      zone.addEventListener(type, function () { zone.classList.remove('dragging'); });
    });
    zone.addEventListener('drop', function (e) {
      e.preventDefault();
      dropped = e.dataTransfer.files;
      try {
        files.files = dropped; // the input then names them too
      } catch (ignored) { /* an older browser keeps them aside */ }
      message.textContent = dropped.length + ' file(s) ready to upload.';
    });
    // A file dropped beside the zone must not make the browser leave the page to show it.
    ['dragover', 'drop'].forEach(function (type) {
      document.addEventListener(type, function (e) { e.preventDefault(); });
    });
    files.addEventListener('change', function () { dropped = null; });

    function row(name) {
      const tr = document.createElement('tr');
      [['file', 'File'], ['status', 'Status'], ['details', 'Details'], ['actions', '']].forEach(function (c) {
        const td = document.createElement('td');
        td.className = c[0];
        if (c[1]) {
          td.dataset.label = c[1];
        }
        tr.appendChild(td);
      });
      tr.querySelector('.file').textContent = name;
      rows.appendChild(tr);
      return tr;
    }

    function show(tr, status, details) {
      const cell = tr.querySelector('.status');
      cell.textContent = status;
      cell.className = 'status status-' + status.toLowerCase();
      tr.querySelector('.details').textContent = [tr.dataset.note, details].filter(Boolean).join('; ');
      tr.dataset.status = status;
    }

    // Each document is asked after, less often the longer it takes (1 s up to 10 s), for at most an hour;
    // an answer that will not change (no such document, a wrong key) ends the asking.
    function follow(tr, id, delay, since) {
      const wait = delay || 1000;
      const started = since || Date.now();
      tr.dataset.id = id;
      const link = document.createElement('a');
      link.href = '/documents/' + id;
      link.textContent = tr.querySelector('.file').textContent;
      window.archive.request(ingest + '/api/documents/' + id).then(function (doc) {
        show(tr, doc.status, doc.status === 'FAILED' ? doc.statusReason : '');
        const actions = tr.querySelector('.actions');
        actions.replaceChildren();
        if (doc.status === 'INDEXED') {
          const file = tr.querySelector('.file');
          file.replaceChildren(link);
        } else if (doc.status === 'FAILED') {
          const retry = document.createElement('button');
          retry.type = 'button';
          retry.textContent = 'Retry';
          retry.setAttribute('aria-label', 'Retry ' + doc.fileName);
          retry.addEventListener('click', function () {
            retry.disabled = true;
            window.archive.request(ingest + '/api/documents/' + id + '/replay', { method: 'POST' })
              .then(function () { show(tr, 'RECEIVED', 'sent again'); actions.replaceChildren(); follow(tr, id); })
              .catch(function (e) { retry.disabled = false; tr.querySelector('.details').textContent = e.message; });
          });
          actions.appendChild(retry);
        }
        if (FINAL.indexOf(doc.status) < 0) {
          later(tr, id, wait, started);
        }
      }).catch(function (e) {
        if (e.status >= 400 && e.status < 500) {
          tr.querySelector('.details').textContent = e.message;
          return;
        }
        tr.querySelector('.details').textContent = e.message + ' (asking again)';
        later(tr, id, wait, started);
      });
    }

    function later(tr, id, wait, started) {
      if (Date.now() - started > 3600 * 1000) {
        tr.querySelector('.details').textContent = 'still on its way after an hour; reload the page to ask again';
        return;
      }
      setTimeout(function () { follow(tr, id, Math.min(wait * 1.5, 10000), started); }, wait);
    }

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      const chosen = dropped || files.files;
      if (!chosen || chosen.length === 0) {
        message.textContent = 'Choose or drop at least one file.';
        return;
      }
      if (!window.archive.key()) {
        message.textContent = 'Enter the API key first.';
        return;
      }
      const body = new FormData();
      Array.prototype.forEach.call(chosen, function (f) { body.append('file', f, f.name); });
      form.querySelectorAll('[data-field]').forEach(function (input) {
        if (input.value.trim()) {
          body.append(input.dataset.field, input.value.trim());
        }
      });
      message.textContent = 'Uploading ' + chosen.length + ' file(s)...';
      const pending = row(chosen.length === 1 ? chosen[0].name : chosen.length + ' files');
      show(pending, 'SENDING', '');
      window.archive.request(ingest + '/api/documents', { method: 'POST', body: body }).then(function (answer) {
        const accepted = answer.documents ? answer.documents : [answer];
        rows.removeChild(pending);
        accepted.forEach(function (a) {
          const tr = row(a.document ? a.document.fileName : a.id);
          if (a.duplicate) {
            tr.dataset.note = 'already in the archive';
          }
          show(tr, a.document ? a.document.status : 'RECEIVED', '');
          follow(tr, a.id);
        });
        message.textContent = accepted.length + ' document(s) accepted.';
        form.reset();
        dropped = null;
        document.getElementById('api-key').value = sessionStorage.getItem('archive-api-key') || '';
      }).catch(function (err) {
        show(pending, 'REFUSED', err.message);
        message.textContent = 'The upload was refused: ' + err.message;
      });
    });
  });
}());
