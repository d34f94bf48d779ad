// The events table: one page from /api/events, sortable columns, rows that open the event.
import { el, chip, names, eventId } from './dom.js';

const COLUMNS = [
  ['date', 'Date', i => i.event.date?.value ?? ''],
  ['type', 'Type', i => [chip(i.event.type), i.event.type], 'type'],
  ['status', 'Status', i => i.event.status],
  ['actor', 'Actors', i => names(i.event.actors)],
  [null, 'Recipients', i => names(i.event.recipients)],
  ['place', 'Place', i => i.event.place?.name ?? ''],
  ['dead', 'Dead', i => i.event.dead ?? ''],
  ['source', 'Source', i => i.title || i.url || ''],
];

export function createTable(table, { onSort, onSelect }) {
  const head = table.tHead, body = table.tBodies[0];

  function header(sort) {
    const key = sort.replace(/^-/, '') || 'date', descending = sort.startsWith('-');
    const row = el('tr');
    for (const [name, title] of COLUMNS) {
      if (!name) { row.append(el('th', { scope: 'col' }, title)); continue; }
      const next = name === key && !descending ? '-' + name : name;
      row.append(el('th', { scope: 'col', 'aria-sort': name === key ? (descending ? 'descending' : 'ascending') : null },
        el('button', { type: 'button', onclick: () => onSort(next), title: `Sort by ${title.toLowerCase()}` }, title)));
    }
    head.replaceChildren(row);
  }

  /** Shows one page ({total, page, page_size, items}); the row of the selected event is marked. */
  function show(page, sort, selected) {
    header(sort);
    body.replaceChildren(...page.items.map(item => {
      const id = eventId(item);
      const open = () => onSelect(id);
      const row = el('tr', {
        tabindex: 0, 'data-id': id, class: id === selected ? 'selected' : null,
        onclick: open, onkeydown: e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } },
      });
      for (const [, , value, cls] of COLUMNS) row.append(el('td', { class: cls }, value(item)));
      return row;
    }));
    if (!page.items.length) body.append(el('tr', {}, el('td', { colspan: COLUMNS.length, class: 'muted' }, 'No events match these filters.')));
  }

  return { show };
}
