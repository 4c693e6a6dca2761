// Chronicle operator page: polls /ops/api/summary every 2 s and draws what it says. Everything that comes from the
// server is inserted with textContent, never as HTML. Chart.js is the global from its UMD bundle (a deferred script).

const POLL_MS = 2000;
const MAX_POINTS = 300; // 10 minutes at one point per poll
const KEY_STORAGE = 'chronicle.ops.adminKey';
const PALETTE = ['#1a56db', '#c2410c', '#15803d', '#7e22ce', '#b91c1c', '#0e7490'];

const $ = (id) => document.getElementById(id);
const labels = []; // shared x axis: the time of each summary
const charts = {};

function lineChart(canvasId, yTitle) {
  return new window.Chart($(canvasId), {
    type: 'line',
    data: { labels, datasets: [] },
    options: {
      animation: false,
      maintainAspectRatio: false,
      spanGaps: false,
      elements: { point: { radius: 0 }, line: { borderWidth: 2 } },
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { ticks: { maxTicksLimit: 6, autoSkip: true } },
        y: { beginAtZero: true, title: { display: true, text: yTitle } },
      },
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
    },
  });
}

/** The dataset called `label` in `chart`, created (padded with gaps for the earlier points) when new. */
function dataset(chart, label) {
  let found = chart.data.datasets.find((d) => d.label === label);
  if (!found) {
    const color = PALETTE[chart.data.datasets.length % PALETTE.length];
    found = { label, data: new Array(Math.max(labels.length - 1, 0)).fill(null), borderColor: color,
      backgroundColor: color };
    chart.data.datasets.push(found);
  }
  return found;
}

function push(chart, label, value) {
  dataset(chart, label).data.push(value ?? null);
}

function trim() {
  while (labels.length > MAX_POINTS) {
    labels.shift();
    for (const chart of Object.values(charts)) {
      for (const d of chart.data.datasets) d.data.shift();
    }
  }
}

function text(id, value) {
  $(id).textContent = value === null || value === undefined ? 'n/a' : String(value);
}

function number(value, digits = 0) {
  return value === null || value === undefined ? null : Number(value).toFixed(digits);
}

function renderServices(services) {
  const list = $('services');
  const items = services.map((service) => {
    const li = document.createElement('li');
    li.className = `tile ${service.up ? 'up' : 'down'}`;
    li.dataset.service = service.name;
    li.dataset.up = String(service.up);
    const name = document.createElement('span');
    name.className = 'name';
    name.textContent = service.name;
    const state = document.createElement('span');
    state.className = 'state';
    state.textContent = service.up ? 'UP' : `DOWN (${service.status})`;
    li.append(name, state);
    return li;
  });
  list.replaceChildren(...items);
}

function renderTimeline(timeline) {
  const projection = timeline?.projection;
  text('figure-lag', timeline?.projectionLagSeconds == null ? null : `${number(timeline.projectionLagSeconds, 3)} s`);
  text('figure-behind', timeline?.eventsBehind);
  text('figure-articles', projection?.articles);
  text('figure-entities', projection?.entities);
  text('figure-entries', projection?.entries);

  const replay = timeline?.replay;
  text('replay-state', replay?.state);
  text('replay-count', replay ? `${replay.processed} / ${replay.total} events` : null);
  const bar = $('replay-progress');
  bar.max = Math.max(replay?.total ?? 1, 1);
  bar.value = Math.min(replay?.processed ?? 0, bar.max);
  const times = [];
  if (replay?.startedAt) times.push(`started ${new Date(replay.startedAt).toLocaleTimeString()}`);
  if (replay?.finishedAt) times.push(`finished ${new Date(replay.finishedAt).toLocaleTimeString()}`);
  $('replay-times').textContent = times.join(', ');

  const audit = timeline?.audit;
  const auditStates = { CHECKED: 'checked', PAUSED: 'paused while a replay runs', UNAVAILABLE: 'unavailable' };
  text('audit-state', audit ? (auditStates[audit.state] ?? audit.state) : null);
  text('audit-gaps', audit?.gaps);
  text('audit-checked', audit?.checkedAggregates);
  text('audit-inflight', audit?.inFlight);
  text('audit-time', audit?.checkedAt ? new Date(audit.checkedAt).toLocaleTimeString() : null);
}

function recordPoint(summary) {
  labels.push(new Date(summary.generatedAt).toLocaleTimeString());
  for (const route of summary.routes) {
    push(charts.requests, route.route, route.requestsPerSecond);
    push(charts.latency, route.route, route.p95Millis);
  }
  // routes without a value this time still need a point, so every dataset stays aligned with the labels
  for (const chart of [charts.requests, charts.latency]) {
    for (const d of chart.data.datasets) {
      if (d.data.length < labels.length) d.data.push(null);
    }
  }
  const timeline = summary.timeline;
  push(charts.lag, 'lag (s)', timeline?.projectionLagSeconds);
  push(charts.behind, 'events behind', timeline?.eventsBehind);
  push(charts.counts, 'articles', timeline?.projection?.articles);
  push(charts.counts, 'entries', timeline?.projection?.entries);
  trim();
  for (const chart of Object.values(charts)) chart.update('none');
}

async function poll() {
  try {
    const response = await fetch('/ops/api/summary', { headers: { Accept: 'application/json' }, cache: 'no-store' });
    if (!response.ok) throw new Error(`summary answered ${response.status}`);
    const summary = await response.json();
    renderServices(summary.services);
    renderTimeline(summary.timeline);
    recordPoint(summary);
    $('freshness').textContent = `Updated ${new Date(summary.generatedAt).toLocaleTimeString()}`;
    $('freshness').classList.remove('stale');
  } catch (error) {
    $('freshness').textContent = `Cannot reach the gateway (${error.message}); retrying…`;
    $('freshness').classList.add('stale');
  } finally {
    setTimeout(poll, POLL_MS);
  }
}

function showMessage(message, kind) {
  const element = $('replay-message');
  element.textContent = message;
  element.className = `message ${kind}`;
}

async function problemText(response) {
  try {
    const problem = await response.json();
    const parts = [problem.title, problem.detail].filter(Boolean);
    if (parts.length) return parts.join(': ');
  } catch {
    // not JSON: fall back to the status line
  }
  return response.statusText || 'request failed';
}

async function startReplay(event) {
  event.preventDefault();
  const key = $('admin-key').value.trim();
  if (!key) {
    showMessage('Enter the admin API key first.', 'error');
    $('admin-key').focus();
    return;
  }
  sessionStorage.setItem(KEY_STORAGE, key);
  const button = $('replay-start');
  button.disabled = true;
  showMessage('Starting replay…', '');
  try {
    const response = await fetch('/api/admin/replay', { method: 'POST', headers: { 'X-Api-Key': key } });
    if (response.status === 202) {
      showMessage('Replay started.', 'ok');
    } else if (response.status === 401) {
      sessionStorage.removeItem(KEY_STORAGE);
      showMessage(`401 — key refused. ${await problemText(response)}`, 'error');
    } else if (response.status === 403) {
      showMessage(`403 — this key may not start a replay. ${await problemText(response)}`, 'error');
    } else if (response.status === 409) {
      showMessage(`409 — a replay is already running. ${await problemText(response)}`, 'error');
    } else {
      showMessage(`${response.status} — ${await problemText(response)}`, 'error');
    }
  } catch (error) {
    showMessage(`Could not reach the gateway: ${error.message}`, 'error');
  } finally {
    button.disabled = false;
  }
}

function start() {
  charts.requests = lineChart('chart-requests', 'requests/s');
  charts.latency = lineChart('chart-latency', 'ms');
  charts.lag = lineChart('chart-lag', 's');
  charts.behind = lineChart('chart-behind', 'events');
  charts.counts = lineChart('chart-counts', 'count');
  const stored = sessionStorage.getItem(KEY_STORAGE);
  if (stored) $('admin-key').value = stored;
  $('replay-form').addEventListener('submit', startReplay);
  poll();
}

start();
