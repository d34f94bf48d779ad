// The side panel: an overview of the matching events, one event's fields, or an actor's page.
import { el, chip, names, safeUrl } from './dom.js';

function heading(title, onClose, ...before) {
  return el('h2', {}, ...before, title, onClose && el('button', { type: 'button', class: 'close', onclick: onClose, 'aria-label': 'Close' }, '×'));
}

function counts(dict, top, onPick) {
  return el('ol', { class: 'bars' }, Object.entries(dict).slice(0, top).map(([k, n]) =>
    el('li', {}, onPick && k !== 'unknown' ? el('button', { type: 'button', onclick: () => onPick(k) }, k) : el('span', {}, k), el('span', {}, n))));
}

export function overview(stats, actors, { onFilter, onActor }) {
  return [
    heading('Overview'),
    el('p', {}, `${stats.events} events match (${stats.events_stored} stored, from ${stats.documents} documents).`),
    el('h3', {}, 'By type'), counts(stats.by_type, 16, v => onFilter('type', v)),
    el('h3', {}, 'By country'), counts(stats.by_country, 8, v => onFilter('country', v)),
    el('h3', {}, 'By source'), counts(stats.by_source, 8, v => onFilter('source', v)),
    el('h3', {}, 'Actors'),
    el('ol', { class: 'bars' }, actors.actors.slice(0, 10).map(a =>
      el('li', {}, el('button', { type: 'button', onclick: () => onActor(a.name) }, a.name), el('span', {}, a.events)))),
  ];
}

/** Evidence keys behind each row of the event panel. */
const EVIDENCE = {
  Type: k => k === 'trigger', Mode: k => k === 'mode', Actors: k => k.startsWith('actor'), Recipients: k => k.startsWith('recipient'),
  Place: k => k.startsWith('place'), Date: k => k === 'date', Counts: k => ['dead', 'injured', 'arrested', 'size'].includes(k),
};

function countText(e) {
  return Object.entries(e.counts || {}).map(([k, c]) =>
    `${k} ${c.best}${c.low != null || c.high != null ? ` (${c.low ?? '?'}–${c.high ?? '?'})` : ''}`).join(', ');
}

function people(list, onActor) {
  if (!list.length) return '—';
  return list.flatMap((a, i) => [i ? '; ' : null,
    el('button', { type: 'button', class: 'linklike', onclick: () => onActor(a.text), title: `${a.text}'s events` }, a.text),
    a.country || a.sector ? ` (${[a.country, a.sector].filter(Boolean).join(', ')})` : null]);
}

export function eventPanel(data, { onActor, onField, onClose }) {
  const e = data.event, d = data.document, fields = Object.keys(e.evidence?.fields || {});
  const place = e.place ? [e.place.name, e.place.country && ` (${e.place.country})`,
    e.place.lat != null ? ` ${e.place.lat.toFixed(3)}, ${e.place.lon.toFixed(3)}` : '',
    e.place.approximate ? ` approximate${e.place.radius_km ? `, within ${Math.round(e.place.radius_km)} km` : ''}` : ''] : '—';
  const date = e.date ? `${e.date.value} (${e.date.precision}${e.date.from_published ? ', the publication date' : ''})` : '—';
  const url = safeUrl(d.url);
  const rows = [
    ['Type', [chip(e.type), ' ', e.type, e.cameo ? ` · CAMEO ${e.cameo}` : '']],
    ['Mode', e.mode || '—'], ['Status', e.status], ['Actors', people(e.actors, onActor)], ['Recipients', people(e.recipients, onActor)],
    ['Place', place], ['Date', date], ['Counts', countText(e) || '—'], ['Confidence', e.confidence],
    ['Source', [d.title || d.source_path || d.id, d.published ? ` · ${d.published}` : '', url ? [' · ', el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, 'original')] : '']],
  ];
  const dl = el('dl', { class: 'fields' });
  for (const [name, value] of rows) {
    const keys = EVIDENCE[name] ? fields.filter(EVIDENCE[name]) : [];
    dl.append(el('dt', {}, keys.length
      ? el('button', { type: 'button', class: 'field', onclick: () => onField(keys), title: 'Highlight the words this came from' }, name)
      : name), el('dd', {}, value));
  }
  const evidence = el('ul', { class: 'plain' }, fields.map(k =>
    el('li', {}, el('button', { type: 'button', class: 'field', onclick: () => onField([k]) }, k), ': ', `“${data.evidence_text[k] ?? ''}”`)));
  return [heading(`${e.type} event`, onClose, chip(e.type)), dl, el('h3', {}, 'Evidence'), evidence];
}

export function actorPage(name, stats, actors, { onActor, onClose }) {
  const me = actors.actors.find(a => a.name.toLowerCase() === name.toLowerCase());
  const months = Object.entries(stats.by_month).filter(([k]) => k !== 'unknown');
  const max = Math.max(1, ...months.map(([, n]) => n));
  const same = n => n.toLowerCase() === name.toLowerCase();
  const partner = (list, pick) => el('ol', { class: 'bars' }, list.length ? list.slice(0, 10).map(p =>
    el('li', {}, el('button', { type: 'button', onclick: () => onActor(pick(p)) }, pick(p)), el('span', {}, p.events))) : el('li', { class: 'muted' }, 'none'));
  return [
    heading(`Actor: ${name}`, onClose),
    el('p', {}, me ? `${me.events} events: ${me.as_actor} as actor, ${me.as_recipient} as recipient` : `${stats.events} events`,
      me?.country || me?.sector ? ` · ${[me.country, me.sector].filter(Boolean).join(', ')}` : ''),
    el('h3', {}, 'Events over time (by month)'),
    months.length ? el('div', { class: 'spark', role: 'img', 'aria-label': months.map(([k, n]) => `${k}: ${n}`).join(', ') },
      months.map(([k, n]) => {
        const bar = el('span', { title: `${k}: ${n}` });
        bar.style.height = `${Math.round((n / max) * 100)}%`; // CSSOM, which the CSP allows (style attributes it would not)
        return bar;
      })) : el('p', { class: 'muted' }, 'No dated events'),
    el('h3', {}, 'Acts on'), partner(actors.pairs.filter(p => same(p.actor)), p => p.recipient),
    el('h3', {}, 'Acted on by'), partner(actors.pairs.filter(p => same(p.recipient)), p => p.actor),
  ];
}
