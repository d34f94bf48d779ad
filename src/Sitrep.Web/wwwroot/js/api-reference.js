// A browsable reference drawn from /openapi.json: every endpoint, its parameters and responses.
import { getJson } from './api.js';
import { el } from './dom.js';

const root = document.getElementById('reference');

function schemaText(s) {
  if (!s) return '';
  if (s.$ref) return s.$ref.split('/').pop();
  const type = Array.isArray(s.type) ? s.type.filter(t => t !== 'null').join('|') : s.type;
  return type === 'array' ? `${schemaText(s.items)}[]` : type || '';
}

function endpoint(path, method, op) {
  const params = op.parameters || [];
  const tryIt = method === 'get' && !path.includes('{') ? el('a', { href: path }, 'try it') : null;
  return el('section', { class: 'endpoint', id: op.operationId || null },
    el('h2', {}, el('code', {}, `${method.toUpperCase()} ${path}`), ' ', tryIt),
    op.summary ? el('p', {}, op.summary) : null,
    op.description ? el('p', { class: 'muted' }, op.description) : null,
    params.length ? el('table', {},
      el('thead', {}, el('tr', {}, ['Parameter', 'In', 'Type', 'Description'].map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, params.map(p => el('tr', {}, el('td', {}, el('code', {}, p.name)), el('td', {}, p.in),
        el('td', {}, schemaText(p.schema)), el('td', {}, p.description || ''))))) : null,
    el('p', { class: 'muted' }, 'Responses: ', Object.entries(op.responses || {}).map(([code, r]) =>
      `${code} ${Object.keys(r.content || {}).join(', ')}`).join(' · ')));
}

try {
  const doc = await getJson('/openapi.json');
  root.append(el('h1', {}, doc.info.title), el('p', {}, doc.info.description || ''),
    el('p', { class: 'muted' }, 'Errors are RFC 9457 problem details (application/problem+json).'));
  for (const [path, ops] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(ops)) if (typeof op === 'object' && op.responses) root.append(endpoint(path, method, op));
} catch (e) {
  root.append(el('p', { class: 'error' }, `Could not load /openapi.json: ${e.message}`));
}
document.body.dataset.ready = 'true';
