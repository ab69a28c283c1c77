// The companion page's script, served as /idnow/companion.js (the CSP forbids inline scripts).
// Plain ES2020 for any smartphone browser: no build step, no framework, no template literals
// (this text sits inside one). The e2e test in tests/e2e/idnow-companion.spec.ts drives it.

export const companionScript = String.raw`'use strict';
var main = document.getElementById('companion');
var errorLine = document.getElementById('error');
var maxPhotoBytes = Number(main.dataset.maxPhotoBytes);
var identId = '';
var uploaded = {};
var OFFLINE = 'Le service IDnow ne répond pas. Vérifiez la connexion et réessayez.';

function $(id) { return document.getElementById(id); }

function show(step) {
  main.querySelectorAll('[data-step]').forEach(function (section) {
    section.hidden = section.dataset.step !== step;
  });
  setError('');
  var heading = main.querySelector('[data-step="' + step + '"] h1');
  if (heading) heading.focus();
}

function setError(text) { errorLine.textContent = text; }

function busy(button, on) {
  button.disabled = on;
  button.setAttribute('aria-busy', on ? 'true' : 'false');
}

// The API refuses requests without this header: a page from another site cannot send it
// without a CORS preflight, which the simulator never grants.
function call(method, path, body, contentType) {
  var headers = { 'x-requested-with': 'idnow-companion' };
  if (contentType) headers['content-type'] = contentType;
  return fetch('api/idents/' + encodeURIComponent(identId) + path, {
    method: method, headers: headers, body: body, cache: 'no-store'
  }).then(function (response) {
    return response.json().catch(function () { return null; }).then(function (answer) {
      if (response.ok) return answer;
      var message = answer && answer.error && answer.error.message;
      throw new Error(message || OFFLINE);
    });
  }, function () { throw new Error(OFFLINE); });
}

function step(button, request, next) {
  busy(button, true);
  setError('');
  request().then(function () { busy(button, false); show(next); }, function (error) {
    busy(button, false);
    setError(error.message);
  });
}

$('ident-form').addEventListener('submit', function (event) {
  event.preventDefault();
  identId = $('ident-id').value.trim().toUpperCase();
  var button = event.submitter || this.querySelector('button');
  step(button, function () { return call('GET', '', undefined); }, 'terms');
});

$('terms-accept').addEventListener('change', function () {
  $('terms-start').disabled = !this.checked;
});
$('terms-start').addEventListener('click', function () {
  step(this, function () { return call('POST', '/terms', undefined); }, 'prepare');
});
$('terms-refuse').addEventListener('click', function () {
  step(this, function () { return call('POST', '/refuse', undefined); }, 'refused');
});
$('prepare-ok').addEventListener('click', function () { show('document'); });
$('document-next').addEventListener('click', function () { show('selfies'); });
$('selfies-send').addEventListener('click', function () {
  step(this, function () { return call('POST', '/submit', undefined); }, 'done');
});
$('done-finish').addEventListener('click', function () { show('closed'); });

function refreshButtons() {
  $('document-next').disabled = !uploaded['document'];
  $('selfies-send').disabled = !(uploaded['selfie-near'] && uploaded['selfie-far']);
}

// Sends one photo for its step and shows it once the backend has it. Resolves to whether it was
// taken; the demo's generated pictures go through here too (demo-pictures-script.ts).
function sendPhoto(box, slot, file) {
  var preview = box.querySelector('img');
  var status = box.querySelector('output');
  uploaded[slot] = false;
  refreshButtons();
  preview.hidden = true;
  if (file.size > maxPhotoBytes) {
    status.textContent = '';
    setError('La photo dépasse ' + Math.floor(maxPhotoBytes / 1048576) +
      ' Mo. Reprenez-la avec une résolution plus basse.');
    return Promise.resolve(false);
  }
  setError('');
  status.textContent = 'Envoi de la photo…';
  return call('PUT', '/photos/' + slot, file, file.type || 'application/octet-stream').then(function () {
    uploaded[slot] = true;
    status.textContent = 'Photo reçue.';
    if (preview.src) URL.revokeObjectURL(preview.src);
    preview.src = URL.createObjectURL(file);
    preview.hidden = false;
    refreshButtons();
    return true;
  }, function (error) {
    status.textContent = '';
    setError(error.message);
    return false;
  });
}

main.querySelectorAll('input[type=file]').forEach(function (input) {
  input.addEventListener('change', function () {
    var file = input.files && input.files[0];
    var slot = input.dataset.slot;
    if (!file) {
      uploaded[slot] = false;
      refreshButtons();
      input.parentElement.querySelector('img').hidden = true;
      return;
    }
    sendPhoto(input.parentElement, slot, file).then(function (sent) {
      if (!sent) input.value = '';
    });
  });
});

var fromLink = new URLSearchParams(location.search).get('ident');
if (fromLink) $('ident-id').value = fromLink.trim().toUpperCase().slice(0, 9);
show('ident');
`;
