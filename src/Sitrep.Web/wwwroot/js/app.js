// The analyst's app: the URL holds the whole state (filters, sort, page, open event, actor page), so a view can be shared.
import { getJson } from './api.js';
import { el, PLOVER_TYPES, STATUSES, typeClass } from './dom.js';
import { createMap } from './map.js';
import { createHistogram } from './histogram.js';
import { createTable } from './table.js';
import { overview, eventPanel, actorPage } from './panel.js';
import { createReader } from './reader.js';

const FILTERS = ['type', 'status', 'country', 'actor', 'source', 'q', 'since', 'until'];
const PAGE_SIZE = 25;
const $ = id => document.getElementById(id);
const form = $('filters'), panel = $('panel'), status = $('status');
const field = name => form.elements.namedItem(name);

function readState() {
  const p = new URLSearchParams(location.search);
  return {
    filters: Object.fromEntries(FILTERS.map(k => [k, p.get(k) || ''])),
    sort: p.get('sort') || '', page: Math.max(1, parseInt(p.get('page'), 10) || 1),
    event: p.get('event') || '', who: p.get('who') || '',
  };
}

function filterParams(state, { time = true } = {}) {
  const p = new URLSearchParams();
  for (const k of FILTERS) if (state.filters[k] && (time || (k !== 'since' && k !== 'until'))) p.set(k, state.filters[k]);
  return p;
}

/** Changes the state: the URL first, then the view follows it. */
function go(change, { push = true } = {}) {
  const next = { ...state, ...change, filters: { ...state.filters, ...(change.filters || {}) } };
  const p = filterParams(next);
  if (next.sort) p.set('sort', next.sort);
  if (next.page > 1) p.set('page', next.page);
  if (next.event) p.set('event', next.event);
  if (next.who) p.set('who', next.who);
  const url = p.size ? '?' + p : location.pathname;
  if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
  render();
}

const setFilter = (k, v) => go({ filters: { [k]: v }, page: 1, event: '' });
const openEvent = id => go({ event: id });
const openActor = name => go({ who: name, filters: { actor: name }, page: 1, event: '' });

function report(error) {
  status.textContent = error ? `Error: ${error.message}` : '';
  status.classList.toggle('error', !!error);
}

// Filter form: options, then keep it in step with the URL.
field('type').append(...PLOVER_TYPES.map(t => el('option', { value: t }, t)));
field('status').append(...STATUSES.map(s => el('option', { value: s }, s)));
form.addEventListener('submit', e => {
  e.preventDefault();
  const filters = Object.fromEntries(FILTERS.map(k => [k, field(k).value.trim()]));
  go({ filters, page: 1, event: '', who: filters.actor === state.who ? state.who : '' });
});
for (const name of ['type', 'status']) field(name).addEventListener('change', () => form.requestSubmit());
$('reset').addEventListener('click', () => go({ filters: Object.fromEntries(FILTERS.map(k => [k, ''])), sort: '', page: 1, event: '', who: '' }));
$('clear-time').addEventListener('click', () => go({ filters: { since: '', until: '' }, page: 1 }));
$('legend').append(...PLOVER_TYPES.map(t => el('li', {}, el('span', { class: 'chip ' + typeClass(t) }),
  el('button', { type: 'button', class: 'linklike', onclick: () => setFilter('type', t) }, t))));

const map = createMap($('map'), openEvent);
const histogram = createHistogram($('histogram'), (since, until) => go({ filters: { since, until }, page: 1 }));
const table = createTable($('events-table'), { onSort: sort => go({ sort, page: 1 }), onSelect: openEvent });
$('prev').addEventListener('click', () => go({ page: state.page - 1 }));
$('next').addEventListener('click', () => go({ page: state.page + 1 }));

let state = readState();
let loaded = {};

function syncForm() {
  for (const k of FILTERS) if (field(k).value !== state.filters[k]) field(k).value = state.filters[k];
  $('clear-time').hidden = !state.filters.since && !state.filters.until;
  const downloads = ['csv', 'geojson', 'jsonl', 'gdelt', 'acled', 'plover'].map(f => {
    const p = filterParams(state);
    p.set('format', f);
    return el('li', {}, el('a', { href: '/api/events?' + p, download: '' }, f.toUpperCase()));
  });
  $('downloads').querySelector('ul').replaceChildren(...downloads);
}

async function loadMap(key) {
  const p = filterParams(state);
  p.set('format', 'geojson');
  const geo = await getJson('/api/events?' + p);
  if (loaded.map !== key) return;
  const n = map.show(geo, true);
  $('map').dataset.events = n;
  if (state.event) map.select(state.event);
}

async function loadTime(key) {
  const stats = await getJson('/api/stats?' + filterParams(state, { time: false }));
  if (loaded.time === key) histogram.show(stats.by_day, state.filters.since, state.filters.until);
}

async function loadTable(key) {
  const p = filterParams(state);
  if (state.sort) p.set('sort', state.sort);
  p.set('page', state.page);
  p.set('page_size', PAGE_SIZE);
  const page = await getJson('/api/events?' + p);
  if (loaded.table !== key) return;
  table.show(page, state.sort, state.event);
  const pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
  $('table-summary').textContent = `${page.total} event${page.total === 1 ? '' : 's'}`;
  $('page-info').textContent = `Page ${page.page} of ${pages}`;
  $('prev').disabled = page.page <= 1;
  $('next').disabled = page.page >= pages;
}

async function loadPanel(key) {
  let nodes;
  if (state.event) {
    const data = await getJson('/api/events/' + encodeURIComponent(state.event));
    const doc = await getJson('/api/documents/' + encodeURIComponent(data.document.id));
    const reader = createReader(doc, data.event);
    nodes = [...eventPanel(data, { onActor: openActor, onField: reader.focus, onClose: () => go({ event: '' }) }), ...reader.nodes];
  } else {
    const p = filterParams(state);
    const [stats, actors] = await Promise.all([getJson('/api/stats?' + p), getJson('/api/actors?' + p)]);
    nodes = state.who
      ? actorPage(state.who, stats, actors, { onActor: openActor, onClose: () => go({ who: '', filters: { actor: '' }, page: 1 }) })
      : overview(stats, actors, { onFilter: setFilter, onActor: openActor });
  }
  if (loaded.panel !== key) return;
  panel.replaceChildren(...nodes.filter(Boolean));
  panel.scrollTop = 0;
}

/** Reloads what the new state changes, each part once. */
function render() {
  state = readState();
  syncForm();
  const filters = filterParams(state).toString();
  const keys = {
    map: filters,
    time: filterParams(state, { time: false }).toString(),
    table: `${filters}|${state.sort}|${state.page}|${state.event}`,
    panel: `${filters}|${state.event}|${state.who}`,
  };
  const loaders = { map: loadMap, time: loadTime, table: loadTable, panel: loadPanel };
  const jobs = Object.entries(keys).filter(([k, key]) => loaded[k] !== key).map(([k, key]) => {
    loaded[k] = key;
    return loaders[k](key);
  });
  if (loaded.map === keys.map && state.event) map.select(state.event);
  report(null);
  document.body.dataset.ready = 'false';
  Promise.all(jobs).then(() => { document.body.dataset.ready = 'true'; }, report);
}

window.addEventListener('popstate', render);
render();
