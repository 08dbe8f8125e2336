// A horizontal bar chart in SVG, drawn without a library. It is a picture of the table next to it: screen readers
// get a one-line label and read the numbers from the table (the chart's text alternative).
const NS = 'http://www.w3.org/2000/svg';

function svg(tag, attributes, text) {
  const node = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Bars for {label, value, lead} items; the longest bar is the largest value (negative totals draw as zero). */
export function barChart(items, label) {
  const labelWidth = 300, barWidth = 420, rowHeight = 26, width = labelWidth + barWidth + 70;
  const height = Math.max(1, items.length) * rowHeight + 10;
  const max = Math.max(1, ...items.map(item => item.value));
  const chart = svg('svg', { class: 'chart', role: 'img', 'aria-label': label, viewBox: `0 0 ${width} ${height}`,
    width, height });
  items.forEach((item, i) => {
    const y = 5 + i * rowHeight;
    const text = item.label.length > 44 ? item.label.slice(0, 43) + '…' : item.label;
    chart.append(svg('text', { x: labelWidth - 8, y: y + 16, 'text-anchor': 'end' }, text));
    const length = Math.max(0, item.value) / max * barWidth;
    chart.append(svg('rect', { class: item.lead ? 'bar lead' : 'bar', x: labelWidth, y: y + 3, height: rowHeight - 8,
      width: length.toFixed(1) }));
    chart.append(svg('text', { x: labelWidth + length + 6, y: y + 16 }, item.value.toLocaleString('vi-VN')));
  });
  return chart;
}
