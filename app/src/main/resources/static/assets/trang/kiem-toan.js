// Trang nhật ký kiểm toán: the audit history with its filters and paging (GET /api/audit/events), and the draft
// ranking of a campaign as of a position or instant (GET /api/campaigns/{c}/ranking/draft?asOf=).
import { api, el, illustrativeNotice, instant, number, problemText, show, signInBox, table } from './chung.js';

const form = document.getElementById('filters');
let page = 0;

async function search() {
  const query = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (String(value).trim()) query.set(name, String(value).trim());
  query.set('page', page);
  const result = await api('/api/audit/events?' + query);
  const previous = document.getElementById('previous'), next = document.getElementById('next');
  if (!result.ok) {
    show('audit');
    show('audit-status', problemText(result));
    previous.disabled = next.disabled = true;
    return;
  }
  const { items, total, size } = result.body;
  const pages = Math.max(1, Math.ceil(total / size));
  show('audit-status', 'Tìm thấy ' + total + ' sự kiện.');
  show('page-label', 'Trang ' + (page + 1) + ' / ' + pages);
  previous.disabled = page === 0;
  next.disabled = page + 1 >= pages;
  show('audit', table('audit-table', 'Sự kiện (trang ' + (page + 1) + ')',
    ['Vị trí', 'Thời điểm', 'Loại', 'Đối tượng', 'Người thực hiện', 'Nội dung', 'Lý do'],
    items.map(e => [asOfButton(e), instant(e.timestamp), e.type, e.aggregateId || '–', e.actor || '–', e.summary,
      e.reason || '–'])));
}

/** The position as a button that shows the draft ranking of the entry's campaign just after it. */
function asOfButton(entry) {
  if (!entry.clusterId || !entry.year) return String(entry.position);
  return el('button', { type: 'button', class: 'as-of-position', title: 'Xếp hạng dự thảo tại vị trí này',
    onclick: () => {
      document.getElementById('as-of-campaign').value = entry.clusterId + '-' + entry.year;
      document.getElementById('as-of-value').value = entry.position;
      showAsOf();
    } }, String(entry.position));
}

async function showAsOf() {
  const campaign = document.getElementById('as-of-campaign').value.trim();
  const asOf = document.getElementById('as-of-value').value.trim();
  const result = await api('/api/campaigns/' + encodeURIComponent(campaign) + '/ranking/draft'
    + (asOf ? '?asOf=' + encodeURIComponent(asOf) : ''));
  if (!result.ok) { show('as-of'); show('as-of-status', problemText(result)); return; }
  const { ranking, illustrative } = result.body;
  // Invented figures say so here too, as on the ranking page: in the status line and on the table itself.
  const mark = illustrative ? ' (' + illustrative.label + ')' : '';
  show('as-of-status', 'Xếp hạng ' + (ranking.status === 'PUBLISHED' ? 'đã công bố' : 'dự thảo') + ' của '
    + campaign + (asOf ? ' tại ' + asOf : ' hiện tại') + '.'
    + (illustrative ? ' Lưu ý: ' + illustrativeNotice(illustrative) + '.' : ''));
  show('as-of', table('as-of-table', 'Xếp hạng' + mark + ' tại ' + (asOf || 'hiện tại'),
    ['Đơn vị', 'Hạng' + mark, 'Tổng điểm' + mark], ranking.rows.map(row => [row.unitName, row.rank, number(row.total)])));
}

form.addEventListener('submit', event => { event.preventDefault(); page = 0; search(); });
document.getElementById('previous').addEventListener('click', () => { page = Math.max(0, page - 1); search(); });
document.getElementById('next').addEventListener('click', () => { page += 1; search(); });
document.getElementById('as-of-form').addEventListener('submit', event => { event.preventDefault(); showAsOf(); });
signInBox('sign-in-box', search);
search();
