// The time histogram: events per day (per month over long spans), with a brush to choose a time range.
const SVG = 'http://www.w3.org/2000/svg';
const H = 120, AXIS = 16, DAY = 86400000, MAX_BAR = 48;
let W = 800;

function svgEl(tag, attrs) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

const iso = d => d.toISOString().slice(0, 10);

/** Bins from the stats' by_day counts: days when the span is short, else months. Each bin has start and end dates. */
function bins(byDay) {
  const days = Object.keys(byDay).filter(d => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  if (!days.length) return [];
  const first = new Date(days[0] + 'T00:00:00Z'), last = new Date(days[days.length - 1] + 'T00:00:00Z');
  const out = [];
  if ((last - first) / DAY <= 120) {
    for (let t = first.getTime(); t <= last.getTime(); t += DAY) {
      const d = iso(new Date(t));
      out.push({ start: d, end: d, label: d, count: byDay[d] || 0 });
    }
    return out;
  }
  const months = {};
  for (const d of days) months[d.slice(0, 7)] = (months[d.slice(0, 7)] || 0) + byDay[d];
  for (let y = first.getUTCFullYear(), m = first.getUTCMonth(); y < last.getUTCFullYear() || (y === last.getUTCFullYear() && m <= last.getUTCMonth()); m === 11 ? (y++, m = 0) : m++) {
    const key = `${y}-${String(m + 1).padStart(2, '0')}`;
    out.push({ start: key + '-01', end: iso(new Date(Date.UTC(y, m + 1, 0))), label: key, count: months[key] || 0 });
  }
  return out;
}

export function createHistogram(svg, onRange) {
  let current = [];
  let dragFrom = null;
  const barWidth = () => Math.min(MAX_BAR, W / current.length);
  const brush = svgEl('rect', { class: 'brush', x: 0, y: 0, width: 0, height: H - AXIS, visibility: 'hidden' });

  function binAt(clientX) {
    const box = svg.getBoundingClientRect();
    const x = ((clientX - box.left) / box.width) * W;
    return Math.max(0, Math.min(current.length - 1, Math.floor(x / barWidth())));
  }

  function drawBrush(a, b) {
    const w = barWidth(), lo = Math.min(a, b), hi = Math.max(a, b);
    brush.setAttribute('x', lo * w);
    brush.setAttribute('width', (hi - lo + 1) * w);
    brush.setAttribute('visibility', 'visible');
  }

  svg.addEventListener('pointerdown', e => {
    if (!current.length) return;
    dragFrom = binAt(e.clientX);
    svg.setPointerCapture(e.pointerId);
    drawBrush(dragFrom, dragFrom);
  });
  svg.addEventListener('pointermove', e => { if (dragFrom != null) drawBrush(dragFrom, binAt(e.clientX)); });
  svg.addEventListener('pointerup', e => {
    if (dragFrom == null) return;
    const to = binAt(e.clientX), lo = Math.min(dragFrom, to), hi = Math.max(dragFrom, to);
    dragFrom = null;
    onRange(current[lo].start, current[hi].end);
  });

  /** Draws the counts; bins inside since..until are marked as selected. */
  function show(byDay, since, until) {
    current = bins(byDay);
    // The view box follows the drawn width so labels keep their shape.
    W = Math.max(200, Math.round(svg.getBoundingClientRect().width) || 800);
    svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
    svg.replaceChildren();
    if (!current.length) {
      svg.append(Object.assign(svgEl('text', { x: 10, y: 60 }), { textContent: 'No dated events' }));
      return;
    }
    const max = Math.max(...current.map(b => b.count)), w = barWidth();
    for (const [i, b] of current.entries()) {
      const h = b.count ? Math.max(2, (b.count / max) * (H - AXIS - 4)) : 0;
      const inRange = (!since || b.end >= since) && (!until || b.start <= until) && (since || until);
      const bar = svgEl('rect', { class: inRange ? 'bar sel' : 'bar', x: i * w + 0.5, y: H - AXIS - h, width: Math.max(1, w - 1), height: h });
      const title = svgEl('title', {});
      title.textContent = `${b.label}: ${b.count} event${b.count === 1 ? '' : 's'}`;
      bar.append(title);
      svg.append(bar);
    }
    const first = svgEl('text', { x: 2, y: H - 3 });
    first.textContent = current[0].label;
    const last = svgEl('text', { x: W - 2, y: H - 3, 'text-anchor': 'end' });
    last.textContent = current[current.length - 1].label;
    svg.append(first, last, brush);
    brush.setAttribute('visibility', 'hidden');
  }

  return { show };
}
