// DOM helpers. Text from the store only ever becomes text nodes: never innerHTML.

export const PLOVER_TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
export const STATUSES = ['occurred', 'ongoing', 'planned', 'hypothetical', 'negated', 'reported'];

/** el('a', {href, class, onclick}, 'text', child…): attributes are set as attributes, children as text or nodes. */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) if (c != null && c !== false) e.append(c instanceof Node ? c : String(c));
  return e;
}

/** The URL when it is http(s); anything else (javascript:, data:…) is not a link. */
export function safeUrl(u) {
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch { return null; }
}

export function typeClass(type) {
  return PLOVER_TYPES.includes(type) ? 't-' + type : 't-other';
}

export function chip(type) { return el('span', { class: 'chip ' + typeClass(type), 'aria-hidden': 'true' }); }

export function names(list) { return (list || []).map(a => a.text).join('; '); }

export function eventId(item) { return item.document_id + '-' + item.event.id; }
