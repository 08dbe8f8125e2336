// Shared by the /trang pages (docs/web.md): calls to the JSON API, sign-in, the live stream, small DOM helpers.
// No library and no build step: an ES module the browser loads as it is.

const TOKEN_KEY = 'thidua.token';
const USER_KEY = 'thidua.user';

/** An element with attributes and children (strings become text nodes, so no markup is ever parsed). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of the element with that id. */
export function show(id, ...children) {
  const node = document.getElementById(id);
  node.replaceChildren();
  append(node, children);
  return node;
}

/** The path segment after the page's own one, e.g. the campaign id of /trang/xep-hang/<id>. */
export function idFromPath() {
  const parts = location.pathname.split('/').filter(Boolean);
  return parts.length >= 3 ? decodeURIComponent(parts[2]) : '';
}

export function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

/** GET or POST on the API with the session's bearer token if signed in; the status and the parsed body. */
export async function api(path, options = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (token()) headers.Authorization = 'Bearer ' + token();
  const response = await fetch(path, { method: options.method || 'GET', headers, body: options.body,
    credentials: 'omit', cache: 'no-store' });
  const text = await response.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch (ignored) { body = text; }
  if (response.status === 401 && token()) signOut();
  return { status: response.status, ok: response.ok, body };
}

/** A refusal or error as one Vietnamese line, with the problem's code for whoever reports it. */
export function problemText(result) {
  if (result.status === 401) return 'Cần đăng nhập để xem mục này.';
  if (result.status === 403) return 'Tài khoản này không có quyền xem mục này.';
  if (result.status === 404) return 'Không tìm thấy (hoặc chưa có tại thời điểm đó).';
  const detail = result.body && result.body.detail ? ': ' + result.body.detail : '';
  const code = result.body && result.body.code ? ' [' + result.body.code + ']' : '';
  return 'Lỗi ' + result.status + detail + code;
}

function basic(username, password) {
  const bytes = new TextEncoder().encode(username + ':' + password);
  let binary = '';
  bytes.forEach(b => { binary += String.fromCharCode(b); });
  return 'Basic ' + btoa(binary);
}

/** Trades the credentials for a bearer token, kept for this tab only (sessionStorage, never a cookie). */
export async function signIn(username, password) {
  const response = await fetch('/api/auth/token', { method: 'POST', credentials: 'omit',
    headers: { Authorization: basic(username, password), Accept: 'application/json' } });
  if (!response.ok) return false;
  const body = await response.json();
  sessionStorage.setItem(TOKEN_KEY, body.access_token);
  sessionStorage.setItem(USER_KEY, username);
  return true;
}

export function signOut() {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(USER_KEY);
}

/**
 * The sign-in box in the element with that id: a form while signed out, the user and a sign-out button
 * otherwise. {@code changed} runs after either.
 */
export function signInBox(id, changed) {
  const render = () => {
    if (token()) {
      show(id, el('p', {}, 'Đã đăng nhập: ', el('strong', { id: 'signed-in-user' }, sessionStorage.getItem(USER_KEY)),
        ' ', el('button', { type: 'button', id: 'sign-out', onclick: () => { signOut(); render(); changed(); } },
          'Đăng xuất')));
      return;
    }
    const message = el('p', { id: 'sign-in-result', role: 'status' });
    const form = el('form', { id: 'sign-in-form' },
      el('label', {}, 'Tên đăng nhập ', el('input', { id: 'username', autocomplete: 'username', required: true })),
      ' ',
      el('label', {}, 'Mật khẩu ', el('input', { id: 'password', type: 'password', autocomplete: 'current-password',
        required: true })),
      ' ', el('button', { type: 'submit', id: 'sign-in' }, 'Đăng nhập'), message);
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const ok = await signIn(form.querySelector('#username').value, form.querySelector('#password').value);
      if (ok) { render(); changed(); } else message.textContent = 'Sai tên đăng nhập hoặc mật khẩu.';
    });
    show(id, form);
  };
  render();
}

/**
 * Listens to the public live stream (GET /api/public/stream); {@code handlers} maps event names to functions of
 * the event's data. The browser reconnects by itself; the status line says whether the page is live.
 */
export function listen(handlers, statusId = 'live-status') {
  if (!window.EventSource) return null;
  const source = new EventSource('/api/public/stream');
  const status = document.getElementById(statusId);
  source.addEventListener('open', () => {
    if (status) { status.textContent = 'Đang cập nhật trực tiếp'; status.dataset.live = 'true'; }
  });
  source.addEventListener('error', () => {
    if (status) { status.textContent = 'Mất kết nối cập nhật trực tiếp, đang kết nối lại…'; status.dataset.live = 'false'; }
  });
  for (const [name, handler] of Object.entries(handlers)) {
    source.addEventListener(name, event => handler(JSON.parse(event.data)));
  }
  return source;
}

/** A number the Vietnamese way (decimal comma). */
export function number(value) {
  return value === null || value === undefined ? '–' : Number(value).toLocaleString('vi-VN');
}

/** An ISO instant in Vietnam's time. */
export function instant(value) {
  return value ? new Date(value).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '–';
}

/** A table with a caption, column headers with scope, and rows of cells (the first cell of a row is its header). */
export function table(id, caption, headers, rows) {
  return el('table', { id },
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, headers.map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows.map(cells => el('tr', {}, cells.map((c, i) => i === 0 ? el('th', { scope: 'row' }, c)
      : el('td', {}, c))))));
}

export const OUTCOMES = { ELECTED: 'Trúng cử', BELOW_THRESHOLD: 'Không đủ tỷ lệ', OUTRANKED: 'Bị vượt số lượng',
  TIED_AT_CAP: 'Bằng phiếu ở suất cuối', NO_QUORUM: 'Không đủ túc số' };
export const KINDS = { SCORED: 'Tiêu chí', BONUS: 'Điểm thưởng', PENALTY: 'Điểm trừ' };

const FIGURES = { SCORES: 'điểm', RANKING: 'thứ hạng' };

/**
 * "số liệu minh họa (điểm, thứ hạng): <note>": the words every page puts next to a campaign's figures that the
 * secretariat declared invented (the `illustrative` of a ranking read), so that they read the same everywhere.
 */
export function illustrativeNotice(illustrative) {
  return 'số liệu ' + illustrative.label + ' (' + illustrative.figures.map(f => FIGURES[f] || f).join(', ') + '): '
    + illustrative.note;
}
