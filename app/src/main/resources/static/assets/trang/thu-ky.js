// Trang thư ký: each view's processor state and rebuild progress (GET /api/admin/views, polled while a rebuild
// runs) with rebuild buttons, and an import's progress (POST /api/imports, then GET /api/imports/{id} polled).
import { api, el, number, problemText, show, signInBox, table, token } from './chung.js';

const POLL_MS = 1000;
const STATES = { RUNNING: 'Đang chạy', REBUILDING: 'Đang dựng lại', STOPPED: 'Đã dừng', ERROR: 'Lỗi' };
let viewsTimer = null;
let importTimer = null;

async function loadViews() {
  clearTimeout(viewsTimer);
  if (!token()) { show('views'); show('views-status', 'Cần đăng nhập với quyền thư ký.'); return; }
  const result = await api('/api/admin/views');
  if (!result.ok) { show('views'); show('views-status', problemText(result)); return; }
  const replaying = result.body.some(v => v.replaying);
  show('views-status', replaying ? 'Đang dựng lại…' : 'Mọi dữ liệu xem đã theo kịp dòng sự kiện.');
  show('views', table('views-table', 'Dữ liệu xem và tiến độ', ['Tên', 'Trạng thái', 'Vị trí / đầu dòng', 'Độ trễ',
    'Tiến độ', 'Tốc độ dựng lại', ''], result.body.map(v => [v.name, STATES[v.state] || v.state,
    number(v.position) + ' / ' + number(v.head), number(v.lag),
    el('span', {}, el('progress', { max: 100, value: v.progress ?? 0, 'aria-label': 'Tiến độ ' + v.name }),
      ' ' + number(v.progress) + '%' + (v.replaying ? ' (đang dựng lại)' : '')),
    v.rebuild && v.rebuild.eventsPerSecond ? number(v.rebuild.eventsPerSecond) + ' sự kiện/giây' : '–',
    el('button', { type: 'button', class: 'rebuild', 'data-view': v.name, onclick: () => rebuild(v.name) },
      'Dựng lại ' + v.name)])));
  if (replaying) viewsTimer = setTimeout(loadViews, POLL_MS);
}

async function rebuild(name) {
  if (!confirm('Dựng lại “' + name + '”? Trong lúc dựng lại, dữ liệu xem chưa đầy đủ.')) return;
  const result = await api(name ? '/api/admin/views/' + encodeURIComponent(name) + '/rebuild' : '/api/admin/views/rebuild',
    { method: 'POST' });
  show('views-status', result.ok ? 'Đã bắt đầu dựng lại ' + (name || 'tất cả') + '.' : problemText(result));
  viewsTimer = setTimeout(loadViews, 200);
}

async function followImport(id) {
  clearTimeout(importTimer);
  const result = await api('/api/imports/' + encodeURIComponent(id));
  if (!result.ok) { show('import-status', problemText(result)); return; }
  showImport(result.body);
  if (result.body.status === 'RUNNING') importTimer = setTimeout(() => followImport(id), POLL_MS);
}

function showImport(job) {
  const progress = document.getElementById('import-progress');
  progress.max = Math.max(1, job.total);
  progress.value = job.done;
  const status = { RUNNING: 'Đang nhập', DONE: 'Đã nhập xong', FAILED: 'Dừng vì lỗi' }[job.status] || job.status;
  show('import-status', status + ' “' + job.fileName + '”: ' + job.done + ' / ' + job.total + ' lệnh (mã ' + job.importId + ').'
    + (job.failure ? ' Trang ' + job.failure.sheet + ', dòng ' + job.failure.row + ': ' + job.failure.message
      + ' [' + job.failure.code + ']' : ''));
}

document.getElementById('import-form').addEventListener('submit', async event => {
  event.preventDefault();
  const file = document.getElementById('import-file').files[0];
  if (!file) { show('import-status', 'Chọn một tệp .xlsx.'); return; }
  const data = new FormData();
  data.append('file', file);
  const result = await api('/api/imports', { method: 'POST', body: data });
  if (result.status === 202) {
    document.getElementById('import-id').value = result.body.importId;
    showImport(result.body);
    followImport(result.body.importId);
    return;
  }
  show('import-status', problemText(result));
  const errors = (result.body && result.body.errors) || [];
  show('import-problems', errors.length ? table('import-errors', 'Các lỗi trong tệp (chưa ghi gì vào sổ)',
    ['Trang tính', 'Dòng', 'Cột', 'Lỗi'], errors.map(e => [e.sheet, e.row ?? '–', e.column ?? '–', e.message])) : '');
});
document.getElementById('import-follow').addEventListener('submit', event => {
  event.preventDefault();
  followImport(document.getElementById('import-id').value.trim());
});
document.getElementById('refresh-views').addEventListener('click', loadViews);
document.getElementById('rebuild-all').addEventListener('click', () => rebuild(null));

const requested = new URLSearchParams(location.search).get('nhap');
if (requested) document.getElementById('import-id').value = requested;
signInBox('sign-in-box', () => { loadViews(); if (requested) followImport(requested); });
loadViews();
if (requested && token()) followImport(requested);
