// Trang kết quả bình xét: a round's rule, turnout and, once closed, each candidate's tally against the threshold
// and the winners; refetched when the live stream says this round closed.
import { api, el, idFromPath, listen, number, problemText, show, table, OUTCOMES } from './chung.js';

const roundId = idFromPath();
const COMPARISONS = { MORE_THAN: 'trên', AT_LEAST: 'từ' };
const BASES = { TOTAL_MEMBERSHIP: 'tổng số thành viên', PRESENT: 'số thành viên có mặt' };

async function load() {
  const result = await api('/api/public/rounds/' + encodeURIComponent(roundId));
  if (!result.ok) {
    show('round-title', 'Đợt bình xét ' + roundId);
    show('round-status', problemText(result));
    return;
  }
  const round = result.body;
  document.getElementById('campaign-link').href = '/trang/xep-hang/' + encodeURIComponent(round.campaignId);
  show('round-title', round.titleName + ' — năm ' + round.year + ' (' + round.roundId + ')');
  const closed = round.status === 'CLOSED';
  show('round-status', closed ? 'Đã kết thúc ngày ' + round.closedOn + '.'
    : 'Đang bình xét: đã nhận ' + round.ballotsReceived + ' phiếu / ' + round.totalMembership + ' thành viên.');
  showIllustrative(round.illustrative);
  const mark = round.illustrative ? ' (' + round.illustrative.label + ')' : '';
  const rule = round.rule || {};
  show('rule', el('dl', { id: 'rule-list' },
    el('dt', {}, 'Hình thức bỏ phiếu'), el('dd', {}, rule.ballot === 'SECRET' ? 'Bỏ phiếu kín' : 'Biểu quyết công khai'),
    el('dt', {}, 'Tỷ lệ phiếu đồng ý cần đạt'),
    el('dd', { id: 'threshold' }, (COMPARISONS[rule.comparison] || rule.comparison) + ' '
      + number(rule.thresholdRatio * 100) + '% ' + (BASES[rule.base] || rule.base)),
    el('dt', {}, 'Số lượng tối đa'), el('dd', {}, rule.maxWinners ?? 'không giới hạn'),
    el('dt', {}, 'Căn cứ'), el('dd', {}, rule.rule ? rule.rule.legalSource + ' (' + rule.rule.ruleCode + ', bộ quy tắc '
      + rule.rule.ruleSetId + ' phiên bản ' + rule.rule.ruleSetVersion + ')' : '–'),
    el('dt', {}, 'Số phiếu đã nhận'), el('dd', {}, round.ballotsReceived + ' / ' + round.totalMembership)));
  if (!closed || !round.result) {
    show('result', el('p', { class: 'note' }, 'Kết quả được công bố khi đợt bình xét kết thúc.'));
    return;
  }
  const r = round.result;
  show('result',
    el('p', { id: 'required' }, 'Số phiếu cần đạt: ' + r.requiredVotes + ' trên ' + r.baseCount + ' ('
      + (BASES[r.base] || r.base) + '). ' + (r.quorumMet ? 'Đủ túc số.' : 'Không đủ túc số.')),
    table('tally-table', 'Kết quả kiểm phiếu' + mark, ['Ứng viên', 'Đơn vị', 'Phiếu đồng ý' + mark, 'Cần đạt', 'Kết quả'],
      r.tallies.map(t => [t.name, t.unitName || '–', number(t.approvals) + ' / ' + t.base, number(t.requiredVotes),
        OUTCOMES[t.outcome] || t.outcome])),
    el('h2', {}, 'Trúng cử'),
    r.winners.length ? el('ul', { id: 'winners' }, r.winners.map(w => el('li', {}, w.name + (w.unitName && w.unitName !== w.name
      ? ' (' + w.unitName + ')' : ''))))
      : el('p', { id: 'winners' }, 'Không có ứng viên trúng cử.'),
    r.tieAtCap ? el('p', { class: 'note' }, 'Có ứng viên bằng phiếu ở suất cuối.') : null);
}

/** The secretariat's declaration that the ballots, and so the tallies, are invented, with its note. */
function showIllustrative(illustrative) {
  const box = document.getElementById('illustrative');
  box.hidden = !illustrative;
  if (!illustrative) return;
  show('illustrative', el('strong', { class: 'minh-hoa' }, illustrative.label),
    ' — số phiếu ' + illustrative.label + ': ' + illustrative.note);
}

listen({
  'round-closed': data => {
    if (data.roundId !== roundId) return;
    load().then(() => document.getElementById('round-status').classList.add('flash'));
  }
});
load();
