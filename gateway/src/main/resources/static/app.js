// Chronicle analysts' page. No build step, no inline code; everything that comes from articles or entities is
// inserted as text (textContent / text nodes), never as markup, and links are made only for http(s) URLs.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const FILTERS = ['from', 'to', 'entity', 'category', 'language', 'q'];
const PAGE_SIZE = 50;

const $ = (id) => document.getElementById(id);

/** Creates an element with optional class and text (as text, never markup). */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/** An http(s) URL as an absolute href, or null for anything else (javascript:, data:, relative junk). */
export function safeHref(url) {
  if (typeof url !== 'string' || url === '') return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch (e) {
    return null;
  }
}

/** A link when the URL is http(s), plain text otherwise. */
function linkOrText(url, text, className) {
  const href = safeHref(url);
  if (!href) return el('span', className, text);
  const a = el('a', className, text);
  a.href = href;
  a.rel = 'noopener noreferrer';
  a.target = '_blank';
  return a;
}

/** "19 June 2024", "June 2024", "2025". */
export function formatDate(date, precision) {
  if (!date) return 'undated';
  const [y, m, d] = String(date).split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if ((precision === 'DAY' || (!precision && d)) && d && month) return `${Number(d)} ${month} ${y}`;
  if ((precision === 'MONTH' || precision === 'DAY' || !precision) && month) return `${month} ${y}`;
  return y;
}

function formatTimestamp(value) {
  if (!value) return '';
  const t = new Date(value);
  if (Number.isNaN(t.getTime())) return String(value);
  return t.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC').replace(/Z$/, ' UTC');
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let detail = `${response.status}`;
    try {
      const problem = await response.json();
      detail = `${response.status} ${problem.title || ''}${problem.detail ? ': ' + problem.detail : ''}`;
    } catch (e) { /* not JSON */ }
    throw new Error(detail);
  }
  return response.json();
}

// ---------------------------------------------------------------- filters <-> URL

function filtersFromUrl() {
  const params = new URLSearchParams(location.search);
  const filters = {};
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return filters;
}

function query(filters, extra = {}) {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    if (filters[name]) params.set(name, filters[name]);
  }
  for (const [k, v] of Object.entries(extra)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, v);
  }
  return params.toString();
}

// entity ids chosen in the type-ahead, shown by name in the field
const entityLabels = new Map();

function readForm() {
  const filters = {};
  for (const name of FILTERS) {
    const input = $('f-' + name);
    let value = input.value.trim();
    if (name === 'entity' && input.dataset.entityId && input.dataset.entityLabel === value) {
      value = input.dataset.entityId;
    }
    if (value) filters[name] = value;
  }
  return filters;
}

function writeForm(filters) {
  for (const name of FILTERS) {
    const input = $('f-' + name);
    input.value = filters[name] || '';
  }
  const entityInput = $('f-entity');
  delete entityInput.dataset.entityId;
  delete entityInput.dataset.entityLabel;
  if (filters.entity && entityLabels.has(filters.entity)) {
    const label = entityLabels.get(filters.entity);
    entityInput.value = label;
    entityInput.dataset.entityId = filters.entity;
    entityInput.dataset.entityLabel = label;
  } else if (filters.entity && /^[0-9a-f-]{16,}$/i.test(filters.entity)) {
    // an id in a shared link: show the entity's name once known
    api('/api/entities/' + encodeURIComponent(filters.entity)).then((entity) => {
      if (entityInput.value === filters.entity) {
        entityLabels.set(filters.entity, entity.name);
        entityInput.value = entity.name;
        entityInput.dataset.entityId = filters.entity;
        entityInput.dataset.entityLabel = entity.name;
      }
    }).catch(() => {});
  }
}

function updateExports(filters) {
  for (const format of ['timelinejs', 'csv', 'ics']) {
    $('export-' + format).href = '/api/timeline/export?' + query(filters, { format });
  }
}

// ---------------------------------------------------------------- rendering entries

/** The quote as text nodes, with the first occurrence of dateText wrapped in a <mark>. */
function quoteWithDate(quote, dateText) {
  const block = el('blockquote', 'quote');
  const text = String(quote || '');
  let at = dateText ? text.indexOf(dateText) : -1;
  if (at < 0 && dateText) at = text.toLowerCase().indexOf(String(dateText).toLowerCase());
  if (at < 0) {
    block.append(document.createTextNode(text));
    return block;
  }
  block.append(document.createTextNode(text.slice(0, at)));
  block.append(el('mark', 'date', text.slice(at, at + dateText.length)));
  block.append(document.createTextNode(text.slice(at + dateText.length)));
  return block;
}

function renderSource(source) {
  const li = el('li', 'source');
  li.dataset.articleId = source.articleId || '';
  const head = el('p', 'source-head');
  const article = el('a', 'source-title', source.title || 'untitled article');
  article.href = '#/article/' + encodeURIComponent(source.articleId || '');
  head.append(article);
  if (source.language) {
    const lang = el('span', 'lang', source.language);
    lang.lang = 'en';
    head.append(' ', lang);
  }
  if (source.publishedAt) head.append(' ', el('time', 'published', 'published ' + formatDate(String(source.publishedAt).slice(0, 10), 'DAY')));
  const original = linkOrText(source.url, 'original', 'original');
  head.append(' · ', original);
  li.append(head);
  const quote = quoteWithDate(source.quote, source.dateText);
  if (source.language) quote.lang = source.language;
  li.append(quote);
  return li;
}

function renderEntry(entry) {
  const article = el('article', 'entry');
  article.id = 'entry-' + entry.id;
  article.dataset.entryId = entry.id;
  article.dataset.date = entry.date || '';
  const head = el('header', 'entry-head');
  const time = el('time', 'entry-date', formatDate(entry.date, entry.precision));
  time.dateTime = entry.date || '';
  head.append(time, ' ', el('span', 'category category-' + String(entry.category || 'OTHER').toLowerCase(), entry.category || 'OTHER'));
  if (entry.dateConflict) {
    const flag = el('span', 'conflict', 'sources disagree on the date');
    flag.title = 'Its sources date this entry to different days';
    head.append(' ', flag);
  }
  article.append(head);
  article.append(el('h4', 'entry-title', entry.title || ''));
  if (entry.entities && entry.entities.length) {
    const chips = el('ul', 'chips');
    chips.setAttribute('aria-label', 'Entities');
    for (const entity of entry.entities) {
      const li = el('li');
      const a = el('a', 'chip chip-' + String(entity.type || '').toLowerCase(), entity.name);
      a.href = '#/entity/' + encodeURIComponent(entity.id);
      a.title = entity.type || '';
      li.append(a);
      chips.append(li);
    }
    article.append(chips);
  }
  if (entry.sources && entry.sources.length) {
    const details = el('details', 'sources');
    details.open = true;
    details.append(el('summary', null, entry.sources.length === 1 ? '1 source' : entry.sources.length + ' sources'));
    const list = el('ul');
    for (const source of entry.sources) list.append(renderSource(source));
    details.append(list);
    article.append(details);
  }
  return article;
}

/** Entries grouped by year, then month (undated-month entries under the year itself). */
function renderGrouped(container, entries, highlight = new Set()) {
  container.replaceChildren();
  let year = null;
  let month = null;
  let yearSection = null;
  let list = null;
  for (const entry of entries) {
    const [y, m] = String(entry.date || '????').split('-');
    const monthKey = entry.precision === 'YEAR' || !m ? '' : m;
    if (y !== year) {
      year = y;
      month = null;
      yearSection = el('section', 'year');
      yearSection.append(el('h2', 'year-title', y));
      container.append(yearSection);
    }
    if (monthKey !== month) {
      month = monthKey;
      const monthSection = el('section', 'month');
      monthSection.append(el('h3', 'month-title', monthKey ? `${MONTHS[Number(monthKey) - 1]} ${y}` : `${y} (no month)`));
      list = el('div', 'entries');
      monthSection.append(list);
      yearSection.append(monthSection);
    }
    const node = renderEntry(entry);
    if (highlight.has(entry.id)) node.classList.add('fresh');
    list.append(node);
  }
}

// ---------------------------------------------------------------- timeline view

const timeline = { filters: {}, entries: [], cursor: null, loading: 0, stale: false };

async function loadTimeline(filters, { append = false, highlight = new Set(), keep = PAGE_SIZE } = {}) {
  const token = ++timeline.loading;
  const message = $('timeline-message');
  if (!append) {
    timeline.filters = filters;
    timeline.cursor = null;
  }
  message.textContent = 'Loading…';
  try {
    const limit = append ? PAGE_SIZE : Math.min(200, Math.max(PAGE_SIZE, keep));
    const page = await api('/api/timeline?' + query(timeline.filters, { limit, cursor: append ? timeline.cursor : null }));
    if (token !== timeline.loading) return;
    timeline.entries = append ? timeline.entries.concat(page.entries) : page.entries;
    timeline.cursor = page.nextCursor || null;
    renderGrouped($('timeline'), timeline.entries, highlight);
    $('load-more').hidden = !timeline.cursor;
    message.textContent = timeline.entries.length === 0 ? 'No entries match these filters.'
      : `${timeline.entries.length} entr${timeline.entries.length === 1 ? 'y' : 'ies'}${timeline.cursor ? ' (more below)' : ''}.`;
    document.body.dataset.timelineLoaded = String(Date.now());
  } catch (error) {
    if (token === timeline.loading) message.textContent = 'Could not load the timeline: ' + error.message;
  }
}

function applyFilters(push) {
  const filters = readForm();
  const search = query(filters);
  const url = location.pathname + (search ? '?' + search : '');
  if (push) history.pushState(null, '', url);
  updateExports(filters);
  loadTimeline(filters);
}

// ---------------------------------------------------------------- entity type-ahead

function setupTypeahead() {
  const input = $('f-entity');
  const list = $('entity-options');
  let active = -1;
  let options = [];
  let timer = null;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = (entity) => {
    entityLabels.set(entity.id, entity.name);
    input.value = entity.name;
    input.dataset.entityId = entity.id;
    input.dataset.entityLabel = entity.name;
    close();
    applyFilters(true);
  };
  const highlight = (index) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', list.children[index].id);
  };
  const show = (entities, typed) => {
    options = entities;
    list.replaceChildren();
    entities.forEach((entity, i) => {
      const li = el('li', 'option');
      li.id = 'entity-option-' + i;
      li.setAttribute('role', 'option');
      li.dataset.entityId = entity.id;
      li.append(el('span', 'option-name', entity.name), ' ', el('span', 'option-type', entity.type));
      const alias = matchingAlias(entity, typed);
      if (alias && alias !== entity.name) li.append(' ', el('span', 'option-alias', alias));
      li.addEventListener('mousedown', (event) => { event.preventDefault(); choose(entity); });
      list.append(li);
    });
    list.hidden = entities.length === 0;
    input.setAttribute('aria-expanded', String(entities.length > 0));
    active = -1;
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const typed = input.value.trim();
    if (typed.length < 2) { close(); return; }
    timer = setTimeout(async () => {
      const mine = ++asked;
      try {
        const page = await api('/api/entities?' + new URLSearchParams({ q: typed, limit: '10' }));
        if (mine === asked && input.value.trim() === typed) show(page.entities || [], typed);
      } catch (e) { close(); }
    }, 150);
  });
  input.addEventListener('keydown', (event) => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown') { event.preventDefault(); highlight(Math.min(options.length - 1, active + 1)); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); highlight(Math.max(0, active - 1)); }
    else if (event.key === 'Enter' && active >= 0) { event.preventDefault(); choose(options[active]); }
    else if (event.key === 'Escape') { close(); }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}

function matchingAlias(entity, typed) {
  const needle = typed.toLowerCase();
  for (const aliases of Object.values(entity.aliases || {})) {
    for (const alias of aliases) {
      if (String(alias).toLowerCase().includes(needle)) return alias;
    }
  }
  return null;
}

// ---------------------------------------------------------------- entity view

async function allEntries(filters, maxPages = 10, extra = {}) {
  let cursor = null;
  let entries = [];
  for (let i = 0; i < maxPages; i++) {
    const page = await api('/api/timeline?' + query(filters, { ...extra, limit: 200, cursor }));
    entries = entries.concat(page.entries);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return entries;
}

async function showEntity(id) {
  $('entity-title').textContent = 'Entity';
  $('entity-meta').textContent = '';
  $('entity-names').replaceChildren();
  $('entity-peers').replaceChildren();
  $('entity-timeline').replaceChildren();
  $('entity-message').textContent = 'Loading…';
  try {
    const entity = await api('/api/entities/' + encodeURIComponent(id));
    entityLabels.set(entity.id, entity.name);
    $('entity-title').textContent = entity.name;
    document.title = entity.name + ' — Chronicle';
    $('entity-meta').textContent = [entity.type, entity.side, entity.status !== 'ACTIVE' ? entity.status : null]
      .filter(Boolean).join(' · ');
    const names = $('entity-names');
    const aliases = entity.aliases || {};
    for (const language of Object.keys(aliases).sort()) {
      const dt = el('dt', null, language);
      const dd = el('dd');
      dd.lang = language;
      dd.textContent = aliases[language].join(' · ');
      names.append(dt, dd);
    }
    if (!names.children.length) names.append(el('dd', null, entity.name));
    const entries = await allEntries({ entity: entity.id });
    renderGrouped($('entity-timeline'), entries);
    $('entity-message').textContent = `${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}.`;
    const peers = new Map();
    for (const entry of entries) {
      for (const other of entry.entities || []) {
        if (other.id === entity.id) continue;
        const seen = peers.get(other.id) || { entity: other, count: 0 };
        seen.count++;
        peers.set(other.id, seen);
      }
    }
    const top = [...peers.values()].sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name)).slice(0, 10);
    for (const { entity: other, count } of top) {
      const li = el('li');
      const a = el('a', 'chip chip-' + String(other.type || '').toLowerCase(), other.name);
      a.href = '#/entity/' + encodeURIComponent(other.id);
      li.append(a, ' ', el('span', 'count', `${count} entr${count === 1 ? 'y' : 'ies'}`));
      $('entity-peers').append(li);
    }
    if (!top.length) $('entity-peers').append(el('li', null, 'nobody yet'));
  } catch (error) {
    $('entity-message').textContent = 'Could not load the entity: ' + error.message;
  }
}

// ---------------------------------------------------------------- article view

/** Non-overlapping [start, end, kind] ranges, earlier and longer first. */
function pickRanges(ranges) {
  ranges.sort((a, b) => a[0] - b[0] || (b[1] - b[0]) - (a[1] - a[0]));
  const kept = [];
  let end = -1;
  for (const range of ranges) {
    if (range[0] >= end) { kept.push(range); end = range[1]; }
  }
  return kept;
}

function findAll(haystack, needle, kind, into) {
  if (!needle || needle.length < 2) return;
  const lower = haystack.toLowerCase();
  const n = needle.toLowerCase();
  for (let at = lower.indexOf(n); at >= 0; at = lower.indexOf(n, at + n.length)) {
    const before = at === 0 ? '' : haystack[at - 1];
    const after = haystack[at + n.length] || '';
    if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue; // whole words only
    into.push([at, at + n.length, kind]);
  }
}

function markedText(text, ranges) {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const [start, end, kind] of pickRanges(ranges)) {
    fragment.append(document.createTextNode(text.slice(at, start)));
    fragment.append(el('mark', kind, text.slice(start, end)));
    at = end;
  }
  fragment.append(document.createTextNode(text.slice(at)));
  return fragment;
}

async function showArticle(id) {
  $('article-title').textContent = 'Article';
  $('article-meta').replaceChildren();
  $('article-body').replaceChildren(el('p', 'message', 'Loading…'));
  $('article-events').replaceChildren();
  $('article-entries').replaceChildren();
  try {
    const [article, events, entries, versions] = await Promise.all([
      api('/api/articles/' + encodeURIComponent(id)),
      api('/api/articles/' + encodeURIComponent(id) + '/events').catch(() => []),
      allEntries({}, 10, { article: id }),
      api('/api/timeline/articles/' + encodeURIComponent(id) + '/versions').catch(() => ({ versions: [] })),
    ]);
    const effects = new Map((versions.versions || []).map((v) => [v.sequence, v]));
    $('article-title').textContent = article.title || 'untitled';
    if (article.language) $('article-title').lang = article.language;
    document.title = (article.title || 'Article') + ' — Chronicle';
    const meta = $('article-meta');
    meta.append(el('span', null, [article.source, article.language,
      article.publishedAt ? 'published ' + formatTimestamp(article.publishedAt) : null,
      'version ' + article.version, article.status].filter(Boolean).join(' · ')), ' · ',
    linkOrText(article.url, article.url || '', 'article-url'));
    if (article.status === 'RETRACTED') meta.append(el('span', 'conflict', ' retracted' + (article.retractionReason ? ': ' + article.retractionReason : '')));

    const body = String(article.body || '');
    const ranges = [];
    const names = new Set();
    for (const entry of entries) {
      for (const source of entry.sources || []) {
        if (source.articleId !== id || !source.quote) continue;
        const quoteAt = body.indexOf(source.quote);
        if (quoteAt >= 0 && source.dateText) {
          const dateAt = source.quote.indexOf(source.dateText);
          if (dateAt >= 0) ranges.push([quoteAt + dateAt, quoteAt + dateAt + source.dateText.length, 'date']);
        }
      }
      for (const entity of entry.entities || []) names.add(entity.id);
    }
    const entities = await Promise.all([...names].map((eid) => api('/api/entities/' + encodeURIComponent(eid)).catch(() => null)));
    for (const entity of entities.filter(Boolean)) {
      const all = new Set([entity.name, ...Object.values(entity.aliases || {}).flat()]);
      for (const name of all) findAll(body, String(name), 'mention', ranges);
    }
    const container = $('article-body');
    container.replaceChildren();
    if (article.language) container.lang = article.language;
    for (const paragraph of splitParagraphs(body)) {
      const p = el('p');
      p.append(markedText(paragraph.text, ranges
        .filter((r) => r[0] >= paragraph.start && r[1] <= paragraph.start + paragraph.text.length)
        .map((r) => [r[0] - paragraph.start, r[1] - paragraph.start, r[2]])));
      container.append(p);
    }
    const list = $('article-events');
    for (const event of Array.isArray(events) ? events : []) {
      const li = el('li', 'event');
      const type = String(event.type || '').replace(/^Article/, '').toLowerCase() || 'event';
      li.append(el('strong', null, type), ' ', el('time', null, formatTimestamp(event.timestamp)));
      const actor = event.metadata && event.metadata.actor;
      if (actor) li.append(' by ', el('span', 'actor', actor));
      if (event.sequence !== undefined) li.append(' ', el('span', 'hint', '#' + event.sequence));
      li.append(versionEffect(effects.get(event.sequence)));
      list.append(li);
    }
    renderGrouped($('article-entries'), entries);
  } catch (error) {
    $('article-body').replaceChildren(el('p', 'message', 'Could not load the article: ' + error.message));
  }
}

/** What one version did to the timeline: the dated statements it added (+) and took away (−). */
function versionEffect(version) {
  const effect = el('ul', 'version-effect');
  if (!version) return effect;
  for (const [sign, statements, kind] of [['+', version.added || [], 'added'], ['−', version.removed || [], 'removed']]) {
    for (const statement of statements) {
      const item = el('li', kind);
      item.append(sign + ' ', el('strong', null, statement.date), ' ' + statement.category.toLowerCase() + ' — ',
        el('q', null, statement.quote));
      effect.append(item);
    }
  }
  if (!effect.children.length) effect.append(el('li', 'hint', 'no change to the timeline'));
  return effect;
}

function splitParagraphs(body) {
  const parts = [];
  const re = /\n\s*\n/g;
  let start = 0;
  let match;
  while ((match = re.exec(body)) !== null) {
    parts.push({ start, text: body.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  parts.push({ start, text: body.slice(start) });
  return parts.filter((p) => p.text.trim() !== '');
}

// ---------------------------------------------------------------- routing

function route() {
  const hash = location.hash;
  const entity = hash.match(/^#\/entity\/(.+)$/);
  const article = hash.match(/^#\/article\/(.+)$/);
  $('timeline-view').hidden = Boolean(entity || article);
  $('entity-view').hidden = !entity;
  $('article-view').hidden = !article;
  if (entity) {
    showEntity(decodeURIComponent(entity[1]));
  } else if (article) {
    showArticle(decodeURIComponent(article[1]));
  } else {
    document.title = 'Chronicle — Russia–DPRK timeline';
    const filters = filtersFromUrl();
    writeForm(filters);
    updateExports(filters);
    if (timeline.stale || query(filters) !== query(timeline.filters) || !document.body.dataset.timelineLoaded) {
      timeline.stale = false;
      loadTimeline(filters);
    }
  }
  window.scrollTo(0, 0);
}

// ---------------------------------------------------------------- live updates

function subscribe() {
  if (!('EventSource' in window)) { $('live-status').textContent = 'Live updates: not supported by this browser'; return; }
  const source = new EventSource('/api/timeline/stream');
  let pending = new Set();
  let timer = null;
  const refresh = () => {
    timer = null;
    const fresh = pending;
    pending = new Set();
    if (!$('timeline-view').hidden) {
      loadTimeline(timeline.filters, { highlight: fresh, keep: timeline.entries.length });
    } else {
      timeline.stale = true; // read again when the timeline is shown
    }
  };
  const onChange = (event) => {
    try {
      const data = JSON.parse(event.data);
      if (data && data.id) pending.add(String(data.id));
    } catch (e) { /* ignore */ }
    $('live-status').textContent = 'Live updates: timeline changed ' + new Date().toLocaleTimeString();
    if (!timer) timer = setTimeout(refresh, 300);
  };
  source.addEventListener('open', () => { $('live-status').textContent = 'Live updates: on'; document.body.dataset.live = 'on'; });
  source.addEventListener('error', () => { $('live-status').textContent = 'Live updates: reconnecting…'; document.body.dataset.live = 'off'; });
  source.addEventListener('entry-saved', onChange);
  source.addEventListener('entry-deleted', onChange);
  source.addEventListener('timeline-reset', onChange);
}

// ---------------------------------------------------------------- start

function start() {
  $('filters').addEventListener('submit', (event) => { event.preventDefault(); applyFilters(true); });
  $('reset-filters').addEventListener('click', () => { writeForm({}); applyFilters(true); });
  $('load-more').addEventListener('click', () => loadTimeline(timeline.filters, { append: true }));
  window.addEventListener('popstate', route);
  setupTypeahead();
  route();
  subscribe();
}

start();
