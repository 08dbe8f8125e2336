// Trang xếp hạng: the published ranking of a campaign, a bar chart of the totals, each unit's breakdown,
// the campaign's rounds; refetched when the live stream says the ranking was published or a round closed.
import { api, el, idFromPath, illustrativeNotice, listen, number, problemText, show, table, KINDS } from './chung.js';
import { barChart } from './bieu-do.js';

const campaignId = idFromPath();
const asOfInput = document.getElementById('as-of');
asOfInput.value = new URLSearchParams(location.search).get('asOf') || '';

async function loadRanking() {
  const asOf = asOfInput.value.trim();
  const query = asOf ? '?asOf=' + encodeURIComponent(asOf) : '';
  const result = await api('/api/public/campaigns/' + encodeURIComponent(campaignId) + '/ranking' + query);
  const figure = document.getElementById('chart-figure');
  if (!result.ok) {
    figure.hidden = true;
    show('ranking');
    show('campaign', 'Phong trào ' + campaignId);
    show('ranking-status', result.status === 404
      ? 'Bảng xếp hạng chưa được công bố' + (asOf ? ' tại thời điểm này.' : '.') : problemText(result));
    return;
  }
  const { campaign, ranking, illustrative } = result.body;
  show('campaign', campaign.name + ' — ' + campaign.clusterName + ', năm ' + campaign.year);
  show('ranking-status', 'Đã công bố' + (ranking.position ? ' (vị trí ' + ranking.position + ')' : '')
    + (asOf ? ', xem tại ' + asOf : '') + '. Phương pháp xếp hạng: ' + ranking.method + '.');
  showIllustrative(illustrative);
  // The label goes with the figures themselves too: a chart or table copied on its own still says it.
  const mark = illustrative ? ' (' + illustrative.label + ')' : '';
  figure.hidden = false;
  show('chart', barChart(ranking.rows.map(row => ({ label: row.unitName, value: Number(row.total), lead: row.rank === 1 })),
    'Tổng điểm' + mark + ' của ' + ranking.rows.length + ' đơn vị'));
  show('ranking', rankingTable(ranking.rows, mark));
}

/** The secretariat's declaration that the figures below are invented, with its note; hidden for a real ranking. */
function showIllustrative(illustrative) {
  const box = document.getElementById('illustrative');
  box.hidden = !illustrative;
  if (!illustrative) return;
  show('illustrative', el('strong', { class: 'minh-hoa' }, illustrative.label), ' — ' + illustrativeNotice(illustrative));
}

function rankingTable(rows, mark) {
  const body = el('tbody');
  rows.forEach((row, index) => {
    const detailsId = 'chi-tiet-' + index;
    const toggle = el('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': detailsId,
      class: 'toggle' }, 'Chi tiết');
    const details = el('tr', { id: detailsId, class: 'details', hidden: true },
      el('td', { colspan: 4 }, breakdown(row)));
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') === 'true';
      toggle.setAttribute('aria-expanded', String(!open));
      details.hidden = open;
    });
    body.append(el('tr', { 'data-unit': row.unitId },
      el('td', { class: 'number' }, row.rank),
      el('th', { scope: 'row' }, el('a', { href: '/trang/don-vi/' + encodeURIComponent(row.unitId) }, row.unitName)),
      el('td', { class: 'number' }, number(row.total)),
      el('td', {}, toggle)), details);
  });
  return el('table', { id: 'ranking-table' },
    el('caption', {}, 'Bảng xếp hạng đã công bố' + mark + ' (bấm “Chi tiết” để xem điểm từng tiêu chí)'),
    el('thead', {}, el('tr', {}, ['Hạng' + mark, 'Đơn vị', 'Tổng điểm' + mark, 'Chi tiết']
      .map(h => el('th', { scope: 'col' }, h)))),
    body);
}

function breakdown(row) {
  return table('', 'Điểm từng tiêu chí của ' + row.unitName,
    ['Tiêu chí', 'Loại', 'Tối đa', 'Tự chấm', 'Thẩm định', 'Điểm tính'],
    (row.breakdown || []).map(c => [c.name, KINDS[c.kind] || c.kind, number(c.maxPoints), number(c.selfAssessed),
      number(c.adjusted), number(c.points)]));
}

async function loadRounds() {
  const result = await api('/api/public/campaigns/' + encodeURIComponent(campaignId) + '/rounds?size=100');
  if (!result.ok) {
    show('rounds', el('p', { class: 'note' }, result.status === 404 ? 'Chưa có đợt bình xét nào.' : problemText(result)));
    return;
  }
  show('rounds', table('rounds-table', 'Đợt bình xét', ['Đợt bình xét', 'Bỏ phiếu', 'Trạng thái', 'Số trúng cử'],
    result.body.items.map(r => [el('a', { href: '/trang/binh-xet/' + encodeURIComponent(r.roundId) }, r.titleName || r.roundId),
      r.ballot === 'SECRET' ? 'Kín' : 'Công khai', r.status === 'CLOSED' ? 'Đã kết thúc' : 'Đang bình xét',
      r.status === 'CLOSED' ? String(r.elected) : '–'])));
}

document.getElementById('as-of-form').addEventListener('submit', event => { event.preventDefault(); loadRanking(); });
document.getElementById('as-of-clear').addEventListener('click', () => { asOfInput.value = ''; loadRanking(); });

listen({
  'ranking-published': data => {
    if (data.campaignId !== campaignId) return;
    asOfInput.value = '';
    loadRanking().then(() => show('ranking-status', 'Bảng xếp hạng vừa được công bố (vị trí ' + data.position + ').'));
  },
  'round-closed': data => { if (data.campaignId === campaignId) loadRounds(); }
});
loadRanking();
loadRounds();
