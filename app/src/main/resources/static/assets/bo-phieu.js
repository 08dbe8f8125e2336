// Bỏ phiếu kín: the voter's half of RFC 9474 (RSABSSA-SHA384-PSS-Deterministic) in plain JavaScript.
// The token and the blinding factor never leave this page except as described in docs/secret-ballot.md:
// the server sees the blinded message (a uniformly random number) with the voter's sign-in, and later the
// token with its signature without any sign-in.
'use strict';

const roundId = decodeURIComponent(location.pathname.split('/').filter(Boolean).pop());
const state = { round: null, token: null, signature: null };
// The signed token waits in this browser from the signing phase until the ballot box opens (two phases:
// docs/secret-ballot.md); it is removed once the ballot is cast.
const stored = 'thidua-phieu:' + roundId;
const $ = id => document.getElementById(id);

// ---- bytes, base64url and big integers ----
function toBase64Url(bytes) {
  let binary = '';
  bytes.forEach(b => { binary += String.fromCharCode(b); });
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
function fromBase64Url(text) {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4));
  return Uint8Array.from(binary, c => c.charCodeAt(0));
}
function os2ip(bytes) {
  let value = 0n;
  bytes.forEach(b => { value = (value << 8n) | BigInt(b); });
  return value;
}
function i2osp(value, length) {
  const out = new Uint8Array(length);
  for (let i = length - 1; i >= 0; i--) { out[i] = Number(value & 0xffn); value >>= 8n; }
  return out;
}
function modPow(base, exponent, modulus) {
  let result = 1n;
  base %= modulus;
  while (exponent > 0n) {
    if (exponent & 1n) result = (result * base) % modulus;
    base = (base * base) % modulus;
    exponent >>= 1n;
  }
  return result;
}
function modInverse(a, m) {
  let [oldR, r, oldS, s] = [a % m, m, 1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw new Error('not invertible');
  return ((oldS % m) + m) % m;
}
function concat(...parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  parts.forEach(p => { out.set(p, at); at += p.length; });
  return out;
}
const sha384 = async bytes => new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
const sha256Hex = async text => Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256',
  new TextEncoder().encode(text)))).map(b => b.toString(16).padStart(2, '0')).join('');
const random = length => crypto.getRandomValues(new Uint8Array(length));

// ---- RFC 8017 EMSA-PSS-ENCODE with SHA-384, MGF1-SHA-384, 48-byte salt ----
async function mgf1(seed, length) {
  let mask = new Uint8Array(0);
  for (let counter = 0; mask.length < length; counter++) {
    mask = concat(mask, await sha384(concat(seed, i2osp(BigInt(counter), 4))));
  }
  return mask.slice(0, length);
}
async function emsaPssEncode(message, emBits) {
  const hLen = 48, sLen = 48, emLen = Math.ceil(emBits / 8);
  const salt = random(sLen);
  const h = await sha384(concat(new Uint8Array(8), await sha384(message), salt));
  const db = concat(new Uint8Array(emLen - sLen - hLen - 2), Uint8Array.of(1), salt);
  const mask = await mgf1(h, db.length);
  const masked = db.map((b, i) => b ^ mask[i]);
  masked[0] &= 0xff >> (8 * emLen - emBits);
  return concat(masked, h, Uint8Array.of(0xbc));
}

// ---- RFC 9474: blind, finalize ----
async function blind(key, token) {
  const n = key.n, modLen = Math.ceil(n.toString(2).length / 8);
  const m = os2ip(await emsaPssEncode(token, n.toString(2).length - 1));
  let r;
  do { r = os2ip(random(modLen)) % n; } while (r === 0n || gcd(r, n) !== 1n);
  const blinded = (m * modPow(r, key.e, n)) % n;
  return { m, inverse: modInverse(r, n), blinded: i2osp(blinded, modLen), modLen };
}
function gcd(a, b) { while (b) [a, b] = [b, a % b]; return a; }
function finalize(key, blinding, blindSignature) {
  const s = (os2ip(blindSignature) * blinding.inverse) % key.n;
  if (modPow(s, key.e, key.n) !== blinding.m) throw new Error('chữ ký không hợp lệ');
  return i2osp(s, blinding.modLen);
}

// ---- the page ----
async function problemText(response) {
  try { const p = await response.json(); return p.detail || p.title || response.status; } catch { return response.status; }
}

async function loadRound() {
  const response = await fetch('/api/public/rounds/' + encodeURIComponent(roundId));
  if (!response.ok) { $('round-title').textContent = 'Không tìm thấy đợt bình xét ' + roundId; return; }
  const round = state.round = await response.json();
  $('round-title').textContent = 'Đợt bình xét: ' + round.titleName + ' năm ' + round.year + ' (' + round.roundId + ')';
  const boxOpen = Boolean(round.ballotBoxOpenedOn);
  $('round-status').textContent = round.status !== 'OPEN'
    ? 'Đã kết thúc bỏ phiếu: danh sách phiếu đã được công bố.'
    : boxOpen
      ? 'Hòm phiếu đã mở: đang bỏ phiếu. Đã nhận ' + round.ballotsReceived + '/' + round.signaturesIssued + ' phiếu.'
      : 'Đang phát chữ ký (chưa mở hòm phiếu). Đã phát ' + round.signaturesIssued + '/' + round.totalMembership
        + ' chữ ký.';
  if (round.status !== 'OPEN' || !round.ballotKey) return;
  $('vote-section').hidden = false;
  $('sign-button').disabled = boxOpen;
  const kept = JSON.parse(localStorage.getItem(stored) || 'null');
  if (kept) {
    state.token = kept.token; state.signature = kept.signature;
    $('sign-result').textContent = 'Đã có chữ ký hợp lệ, lưu trong trình duyệt này.';
  }
  $('cast-button').disabled = !(boxOpen && state.token);
  round.candidates.forEach(c => {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox'; box.value = c.registrantId; box.name = 'approved';
    label.append(box, ' Đồng ý: ' + c.name + ' (' + c.unitName + ')');
    $('candidates').append(label, document.createElement('br'));
  });
}

async function getSignature() {
  $('sign-result').className = '';
  $('sign-result').textContent = 'Đang làm mù và xin chữ ký…';
  try {
    const key = { n: os2ip(fromBase64Url(state.round.ballotKey.modulus)),
                  e: os2ip(fromBase64Url(state.round.ballotKey.publicExponent)) };
    const token = random(32);
    const blinding = await blind(key, token);
    const username = $('username').value.trim();
    const response = await fetch('/api/rounds/' + encodeURIComponent(roundId) + '/blind-signatures', {
      method: 'POST', credentials: 'omit', cache: 'no-store',
      headers: { 'Content-Type': 'application/json',
                 'Authorization': 'Basic ' + btoa(username + ':' + $('password').value) },
      body: JSON.stringify({ voterId: username, blindedMessage: toBase64Url(blinding.blinded) }) });
    $('password').value = '';
    if (!response.ok) throw new Error(await problemText(response));
    const answer = await response.json();
    state.signature = toBase64Url(finalize(key, blinding, fromBase64Url(answer.blindSignature)));
    state.token = toBase64Url(token);
    localStorage.setItem(stored, JSON.stringify({ token: state.token, signature: state.signature }));
    $('sign-result').textContent = 'Đã nhận chữ ký hợp lệ, lưu trong trình duyệt này. Hãy quay lại bỏ phiếu khi'
      + ' hòm phiếu mở.';
  } catch (e) {
    $('sign-result').className = 'error';
    $('sign-result').textContent = 'Không nhận được chữ ký: ' + e.message;
  }
}

async function cast() {
  const approved = Array.from(document.querySelectorAll('input[name=approved]:checked')).map(b => b.value);
  // No Authorization, no cookies: the ballot carries only the token, its signature and the choices.
  const response = await fetch('/api/rounds/' + encodeURIComponent(roundId) + '/secret-ballots', {
    method: 'POST', credentials: 'omit', cache: 'no-store', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token: state.token, signature: state.signature, approved }) });
  if (!response.ok) {
    $('cast-result').className = 'error';
    $('cast-result').textContent = 'Phiếu không được ghi nhận: ' + await problemText(response);
    return;
  }
  const answer = await response.json();
  const expected = await sha256Hex('thidua-ballot-receipt:' + state.token);
  $('receipt').textContent = answer.receipt;
  $('lookup-receipt').value = answer.receipt;
  $('cast-result').textContent = answer.receipt === expected
    ? 'Phiếu đã được ghi nhận. Hãy lưu mã biên nhận để tra cứu sau khi kết thúc bỏ phiếu.'
    : 'Cảnh báo: mã biên nhận không khớp với mã phiếu của bạn.';
  $('cast-button').disabled = true;
  state.token = state.signature = null;
  localStorage.removeItem(stored);
}

async function lookUp() {
  const receipt = $('lookup-receipt').value.trim();
  const response = await fetch('/api/public/rounds/' + encodeURIComponent(roundId) + '/ballots/'
    + encodeURIComponent(receipt), { credentials: 'omit' });
  const result = $('lookup-result');
  if (response.status === 409) { result.textContent = 'Phiếu được công bố sau khi kết thúc bỏ phiếu.'; return; }
  if (!response.ok) { result.textContent = 'Không có phiếu nào với mã biên nhận này.'; return; }
  const ballot = await response.json();
  const names = (state.round ? state.round.candidates : [])
    .filter(c => ballot.approved.includes(c.registrantId)).map(c => c.name);
  result.textContent = 'Phiếu đã được kiểm: đồng ý ' + (names.length ? names.join(', ') : 'không ai') + '.';
}

$('sign-button').addEventListener('click', getSignature);
$('cast-button').addEventListener('click', cast);
$('lookup-button').addEventListener('click', lookUp);
loadRound();
