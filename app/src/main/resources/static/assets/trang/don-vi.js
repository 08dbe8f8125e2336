// Trang đơn vị: a unit's award record across years (public) and, for auditors and the secretariat, the events of
// the audit history that concern it, oldest first.
import { api, el, idFromPath, instant, problemText, show, signInBox, table, token } from './chung.js';

const unitId = idFromPath();
const STATUSES = { AWARDED: 'Đã tặng', REVOKED: 'Đã thu hồi', PROPOSED: 'Đã đề nghị' };
const STEPS = { SUBMITTED: 'gửi', RETURNED: 'trả lại', REFUSED: 'không đồng ý', APPROVED: 'chấp thuận' };

// A proposal's way up (docs/proposals.md), or the tờ trình an award approved; nothing for other rows.
function pathText(a) {
  if (a.proposal) return ' (theo tờ trình ' + a.proposal.proposalDecisionNumber + ')';
  if (!a.path || a.path.length === 0) return '';
  return ': ' + a.path.map(s => s.levelName + ' ' + (STEPS[s.status] || s.status) + ' ' + (s.on || '')
    + (s.awardDecisionNumber ? ' (' + s.awardDecisionNumber + ')' : '')).join(' → ');
}

async function loadAwards() {
  const result = await api('/api/public/units/' + encodeURIComponent(unitId) + '/awards');
  if (!result.ok) {
    show('unit', 'Đơn vị ' + unitId);
    show('awards', el('p', { id: 'awards-empty' }, result.status === 404 ? 'Chưa có danh hiệu nào được ghi nhận.'
      : problemText(result)));
    return;
  }
  show('unit', result.body.holderName + ' (' + unitId + ')');
  const awards = [...result.body.awards].sort((a, b) => a.year - b.year);
  show('awards', table('awards-table', 'Danh hiệu theo năm', ['Năm', 'Danh hiệu', 'Người/tập thể nhận', 'Quyết định',
    'Ngày ký', 'Tình trạng'], awards.map(a => [a.year, a.titleName || formText(a.form),
    a.holder === 'COLLECTIVE' ? 'Tập thể' : a.recipientName, a.decisionNumber, a.signedOn || '–',
    (STATUSES[a.status] || a.status) + (a.revocation ? ' (' + (a.revocation.decisionNumber || '') + ')' : '')
      + pathText(a)])));
}

/** A form of commendation (Bằng khen, Giấy khen, Huân chương) has no title: its name, issuer and achievement. */
function formText(form) {
  return form.formName + ' (' + form.issuerName + ')' + (form.achievement ? ': ' + form.achievement : '');
}

async function loadHistory() {
  if (!token()) { show('history'); return; }
  const result = await api('/api/audit/events?order=oldest&size=200&unit=' + encodeURIComponent(unitId));
  if (!result.ok) { show('history', el('p', { class: 'error' }, problemText(result))); return; }
  show('history', table('history-table', 'Các sự kiện liên quan đến đơn vị (' + result.body.total + ')',
    ['Vị trí', 'Thời điểm', 'Người thực hiện', 'Nội dung'],
    result.body.items.map(e => [e.position, instant(e.timestamp), e.actor || '–', e.summary])));
}

signInBox('sign-in-box', loadHistory);
loadAwards();
loadHistory();
