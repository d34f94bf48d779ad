// The reader: the article as text with its annotation layers, and the selected event's evidence marked.
import { el } from './dom.js';

const LAYERS = [['entities', 'Entities'], ['places', 'Places'], ['times', 'Times'], ['quotes', 'Quotes'], ['events', 'Event evidence']];

/** Spans [start, end) with classes, titles and evidence field names; layers read from captions are left out. */
function annotations(doc, event) {
  const out = [];
  const add = (start, end, cls, title, field) => { if (end > start) out.push({ start, end, cls, title, field }); };
  for (const ent of doc.entities || [])
    for (const m of ent.mentions || []) if (!m.source) add(m.start, m.end, `ent ent-${ent.type}`, `${ent.type}: ${ent.canonical}`);
  for (const p of doc.places || []) if (!p.source)
    add(p.start, p.end, 'place', `${p.name}${p.country ? ' (' + p.country + ')' : ''}${p.lat != null ? ` ${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}` : ''}`);
  for (const t of doc.timexes || []) if (!t.source) add(t.start, t.end, 'timex', `${t.type}: ${t.value}`);
  for (const q of doc.quotes || []) if (q.content) add(q.content.start, q.content.end, 'quote', `quote (${q.kind})`);
  if (event && !event.evidence?.source) {
    const s = event.evidence?.sentence;
    if (s) add(s.start, s.end, 'sentence', null);
    for (const [k, span] of Object.entries(event.evidence?.fields || {})) add(span.start, span.end, 'evidence', k, k);
  }
  return out;
}

/** The reader for a stored document (/api/documents/{id}) with one event's evidence marked. */
export function createReader(doc, event) {
  const text = doc.text || '';
  const anns = annotations(doc, event).map(a => ({ ...a, start: Math.max(0, a.start), end: Math.min(text.length, a.end) }));
  const cuts = [...new Set([0, text.length, ...anns.flatMap(a => [a.start, a.end])])].filter(x => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const body = el('div', { class: 'reader show-entities show-places show-times show-quotes show-events', 'aria-label': 'Article text' });
  body.append(el('span', { class: 'title' }, doc.title || '(untitled)'));
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i], b = cuts[i + 1];
    const over = anns.filter(x => x.start <= a && x.end >= b);
    const piece = text.slice(a, b);
    if (!over.length) { body.append(piece); continue; }
    const span = el('span', { class: [...new Set(over.flatMap(x => x.cls.split(' ')))].join(' ') }, piece);
    const titles = over.map(x => x.title).filter(Boolean);
    if (titles.length) span.title = titles.join(' · ');
    const fields = over.map(x => x.field).filter(Boolean);
    if (fields.length) span.dataset.fields = fields.join(' ');
    body.append(span);
  }
  const toggles = el('div', { class: 'layers', role: 'group', 'aria-label': 'Highlight' }, LAYERS.map(([key, label]) =>
    el('label', {}, el('input', { type: 'checkbox', checked: true, onchange: e => body.classList.toggle('show-' + key, e.target.checked) }), ' ', label)));
  const note = event?.evidence?.source ? el('p', { class: 'muted' }, `This event was read from an image caption (${event.evidence.source}).`) : null;

  /** Marks the words behind the given evidence fields and scrolls to the first. */
  function focus(keys) {
    body.querySelectorAll('.focus').forEach(s => s.classList.remove('focus'));
    const spans = [...body.querySelectorAll('[data-fields]')].filter(s => s.dataset.fields.split(' ').some(f => keys.includes(f)));
    spans.forEach(s => s.classList.add('focus'));
    spans[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  return { nodes: [el('h3', {}, 'Article'), toggles, note, body], focus, firstEvidence: () => body.querySelector('.evidence') };
}
