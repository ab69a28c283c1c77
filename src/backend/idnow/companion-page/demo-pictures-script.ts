// Appended to the companion page's script when the backend runs in demo mode: each photo step's
// "Utiliser une image de démonstration" draws a picture in a canvas (an ID card for the
// document, a face for the selfies) and sends it as a taken photo would be (sendPhoto). Same
// rules as page-script.ts: plain ES2020, no template literals.

export const demoPicturesScript = String.raw`
// Every picture carries a random number: two steps never send the same bytes (the simulator
// refuses a photo identical to another step's), nor do two trainees.
function demoSerial() {
  return String(Math.floor(100000000 + Math.random() * 899999999));
}

function drawFace(ctx, cx, cy, size) {
  ctx.fillStyle = '#2f4858';
  ctx.beginPath();
  ctx.ellipse(cx, cy + size * 1.25, size * 1.15, size * 0.7, 0, Math.PI, 0);
  ctx.fill();
  ctx.fillStyle = '#e8b995';
  ctx.fillRect(cx - size * 0.22, cy + size * 0.5, size * 0.44, size * 0.4);
  ctx.beginPath();
  ctx.ellipse(cx, cy, size * 0.55, size * 0.7, 0, 0, 2 * Math.PI);
  ctx.fill();
  ctx.fillStyle = '#4b3621';
  ctx.beginPath();
  ctx.ellipse(cx, cy - size * 0.42, size * 0.6, size * 0.36, 0, Math.PI, 0);
  ctx.fill();
  ctx.fillStyle = '#1d2433';
  [-1, 1].forEach(function (side) {
    ctx.beginPath();
    ctx.arc(cx + side * size * 0.2, cy - size * 0.05, size * 0.06, 0, 2 * Math.PI);
    ctx.fill();
  });
  ctx.strokeStyle = '#8a3b2e';
  ctx.lineWidth = Math.max(2, size * 0.04);
  ctx.beginPath();
  ctx.arc(cx, cy + size * 0.2, size * 0.22, 0.15 * Math.PI, 0.85 * Math.PI);
  ctx.stroke();
}

function drawIdCard(ctx, width, height, serial) {
  ctx.fillStyle = '#6b7280';
  ctx.fillRect(0, 0, width, height);
  var x = width * 0.06, y = height * 0.1, w = width * 0.88, h = height * 0.8;
  ctx.fillStyle = '#e8f0fb';
  ctx.fillRect(x, y, w, h);
  ctx.fillStyle = '#1f4e9c';
  ctx.fillRect(x, y, w, h * 0.16);
  ctx.fillStyle = '#ffffff';
  ctx.font = 'bold ' + Math.round(h * 0.07) + 'px sans-serif';
  ctx.fillText('CARTE D’IDENTITÉ – DÉMONSTRATION', x + w * 0.04, y + h * 0.11);
  ctx.fillStyle = '#cfd8e3';
  ctx.fillRect(x + w * 0.04, y + h * 0.24, w * 0.26, h * 0.5);
  drawFace(ctx, x + w * 0.17, y + h * 0.45, h * 0.14);
  ctx.fillStyle = '#1d2433';
  ctx.font = Math.round(h * 0.06) + 'px sans-serif';
  ['Nom : DUPONT', 'Prénom : Jean', 'Né le : 01.02.1980', 'N° ' + serial].forEach(
    function (line, i) { ctx.fillText(line, x + w * 0.36, y + h * (0.32 + i * 0.11)); }
  );
  ctx.font = Math.round(h * 0.05) + 'px monospace';
  ctx.fillText('IDFRADUPONT<<<<<<<<<<<<<<<<<<' + serial, x + w * 0.04, y + h * 0.86);
  ctx.fillText('JEAN<<<<<<<<<<8002012M<<<<<<<<', x + w * 0.04, y + h * 0.94);
}

function drawSelfie(ctx, width, height, near, serial) {
  ctx.fillStyle = near ? '#d6e4f0' : '#e4ecd6';
  ctx.fillRect(0, 0, width, height);
  drawFace(ctx, width / 2, height * (near ? 0.45 : 0.5), width * (near ? 0.34 : 0.18));
  ctx.fillStyle = '#5b6475';
  ctx.font = Math.round(width * 0.04) + 'px sans-serif';
  ctx.fillText('Démonstration ' + serial, width * 0.05, height * 0.96);
}

function demoPicture(slot) {
  var canvas = document.createElement('canvas');
  var isDocument = slot === 'document';
  canvas.width = isDocument ? 1000 : 720;
  canvas.height = isDocument ? 640 : 960;
  var ctx = canvas.getContext('2d');
  var serial = demoSerial();
  if (isDocument) drawIdCard(ctx, canvas.width, canvas.height, serial);
  else drawSelfie(ctx, canvas.width, canvas.height, slot === 'selfie-near', serial);
  return new Promise(function (resolve, reject) {
    canvas.toBlob(function (blob) {
      if (blob) resolve(blob);
      else reject(new Error('Image de démonstration impossible à créer.'));
    }, 'image/jpeg', 0.85);
  });
}

main.querySelectorAll('button.demo-photo').forEach(function (button) {
  button.addEventListener('click', function () {
    var slot = button.dataset.slot;
    var box = button.parentElement;
    busy(button, true);
    demoPicture(slot).then(function (blob) {
      return sendPhoto(box, slot, blob);
    }).catch(function (error) {
      setError(error.message);
    }).then(function () {
      busy(button, false);
    });
  });
});
`;
