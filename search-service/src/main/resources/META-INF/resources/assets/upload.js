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
      message.textContent = dropped.length + ' file(s) ready to upload.';
    });
    files.addEventListener('change', function () { dropped = null; });

    function row(name) {
      const tr = document.createElement('tr');
      ['file', 'status', 'details', 'actions'].forEach(function (cls) {
        const td = document.createElement('td');
        td.className = cls;
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
      tr.querySelector('.details').textContent = details || '';
      tr.dataset.status = status;
    }

    function follow(tr, id) {
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
          setTimeout(function () { follow(tr, id); }, 1000);
        }
      }).catch(function (e) {
        tr.querySelector('.details').textContent = e.message + ' (trying again)';
        setTimeout(function () { follow(tr, id); }, 3000);
      });
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
      const collection = document.getElementById('collection').value.trim();
      if (collection) {
        body.append('collection', collection);
      }
      message.textContent = 'Uploading ' + chosen.length + ' file(s)...';
      const pending = row(chosen.length === 1 ? chosen[0].name : chosen.length + ' files');
      show(pending, 'SENDING', '');
      window.archive.request(ingest + '/api/documents', { method: 'POST', body: body }).then(function (answer) {
        const accepted = answer.documents ? answer.documents : [answer];
        rows.removeChild(pending);
        accepted.forEach(function (a) {
          const tr = row(a.document ? a.document.fileName : a.id);
          show(tr, a.document ? a.document.status : 'RECEIVED', a.duplicate ? 'already in the archive' : '');
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
