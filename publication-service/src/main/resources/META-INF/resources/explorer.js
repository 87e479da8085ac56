// Data explorer: plain JS over the public API (no token). Charts with Chart.js.
// Two data sets, never mixed in one figure without saying so: the historical series imported from
// DfE published statistics, and the collection years this platform computes from LA returns
// (synthetic in the demo), which carry numerators, confidence intervals and comparisons.
(function () {
  'use strict';
  const HISTORY = 'safeguarding-indicators';
  const COMPUTED = 'computed-indicators';
  const state = { areas: null, sets: [], indicators: [], charts: {} };
  const $ = (id) => document.getElementById(id);
  const status = (text) => { $('status').textContent = text; };

  async function get(url, body) {
    const res = await fetch(url, body ? { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) } : {});
    if (!res.ok) { const e = new Error(url + ' answered ' + res.status); e.status = res.status; throw e; }
    return res.json();
  }

  /** The rows of every published data set that match the filter (unknown indicators left out per data set). */
  async function query(filter) {
    const parts = await Promise.all(state.sets.map((set) => {
      const f = Object.assign({ pageSize: 10000, version: set.version }, filter);
      if (f.indicators) { f.indicators = f.indicators.filter((i) => set.indicatorIds.has(i)); if (!f.indicators.length) { return []; } }
      return get('/v1/data-sets/' + set.id + '/query', f).then((r) => r.results);
    }));
    return [].concat.apply([], parts);
  }

  const computed = (r) => r.dataSource === 'computed';

  function option(value, text) { const o = document.createElement('option'); o.value = value; o.textContent = text; return o; }

  function fmt(row, unit) {
    if (!row) { return ''; }
    if (row.value === null || row.value === undefined) { return row.status || ''; }
    return row.value.toLocaleString('en-GB') + (unit === 'percent' ? '%' : '');
  }

  /** An indicator as a person looks it up in the framework: its national item number, then its title. */
  function labelOf(indicator) {
    return indicator.frameworkItem ? indicator.frameworkItem + ' \u00b7 ' + indicator.title : indicator.title;
  }

  async function init() {
    try {
      status('Loading areas and indicators…');
      const [areas, history, live] = await Promise.all([get('/v1/areas'), get('/v1/data-sets/' + HISTORY + '/meta'), get('/v1/data-sets/' + COMPUTED + '/meta').catch(() => null)]);
      state.areas = areas;
      state.sets = [history, live].filter(Boolean).map((m) => ({ id: m.dataSetId, version: m.version, title: m.title, source: m.dataSource, description: m.dataSourceDescription, methods: m.methods || {}, periods: m.timePeriods, indicatorIds: new Set(m.indicators.map((i) => i.id)) }));
      const byId = {}; [history, live].filter(Boolean).forEach((m) => m.indicators.forEach((i) => {
        // the framework's item number (N1-N27) comes with the computed data set's metadata
        byId[i.id] = byId[i.id] ? Object.assign({}, byId[i.id], { frameworkItem: byId[i.id].frameworkItem || i.frameworkItem || null }) : i;
      }));
      state.indicators = Object.values(byId).sort((a, b) => a.title.localeCompare(b.title));
      const la = $('la'); la.innerHTML = '';
      areas.localAuthorities.slice().sort((a, b) => a.name.localeCompare(b.name)).forEach((a) => la.appendChild(option(a.code, a.name + ' (' + a.oldLaCode + ')')));
      const ind = $('indicator'); ind.innerHTML = '';
      state.indicators.forEach((i) => ind.appendChild(option(i.id, labelOf(i))));
      const params = new URLSearchParams(location.search);
      la.value = params.get('la') || 'E09000002';
      ind.value = params.get('indicator') || (byId['referral-rate'] ? 'referral-rate' : state.indicators[0].id);
      state.period = params.get('period');
      la.addEventListener('change', () => { state.period = null; render(); });
      ind.addEventListener('change', () => { state.period = null; render(); });
      $('funnel-period').addEventListener('change', () => { state.period = $('funnel-period').value; drawFunnel(state.la, state.indicator, state.funnelRows); rememberChoice(); });
      describeSources();
      updateJsonLd();
      await render();
    } catch (e) { status('Could not load the data: ' + e.message); }
  }

  function describeSources() {
    const ul = $('sources'); ul.innerHTML = '';
    state.sets.forEach((s) => {
      const li = document.createElement('li'); li.dataset.source = s.source;
      const b = document.createElement('strong'); b.textContent = (s.source === 'computed' ? 'Computed' : 'DfE published statistics') + ' (' + s.id + ' ' + s.version + ', ' + s.periods[0] + ' to ' + s.periods[s.periods.length - 1] + '): ';
      li.appendChild(b); li.appendChild(document.createTextNode(s.description));
      if (s.methods.comparisons) { li.appendChild(document.createTextNode(' Comparisons: ' + s.methods.comparisons)); }
      ul.appendChild(li);
    });
  }

  function updateJsonLd() {
    const el = $('dataset-jsonld'); const doc = JSON.parse(el.textContent);
    doc.url = location.origin + '/';
    doc.version = state.sets.map((s) => s.id + ' ' + s.version).join(', ');
    doc.distribution = [].concat.apply([], state.sets.map((s) => {
      const base = location.origin + '/v1/data-sets/' + s.id + '/versions/' + s.version;
      return [{ '@type': 'DataDownload', name: s.id, encodingFormat: 'text/csv', contentUrl: base + '/csv' },
        { '@type': 'DataDownload', name: s.id, encodingFormat: 'application/json', contentUrl: base + '/json' }];
    }));
    el.textContent = JSON.stringify(doc);
  }

  async function render() {
    const code = $('la').value; const indicatorId = $('indicator').value;
    const la = state.areas.localAuthorities.find((a) => a.code === code);
    const indicator = state.indicators.find((i) => i.id === indicatorId);
    state.la = la; state.indicator = indicator;
    status('Loading ' + la.name + '…');
    const neighbours = la.statisticalNeighbours.map((old) => state.areas.localAuthorities.find((a) => a.oldLaCode === old)).filter(Boolean).map((a) => a.code);
    const [series, profile, all] = await Promise.all([
      query({ indicators: [indicatorId], areas: [code, 'E92000001', la.regionCode].concat(neighbours), sort: ['timePeriod:asc'] }),
      query({ areas: [code, 'E92000001'] }),
      query({ indicators: [indicatorId], geographicLevels: ['Local authority', 'National'] })]);
    drawTrend(la, indicator, series, neighbours);
    state.funnelRows = all;
    const periods = funnelPeriods(all);
    state.period = state.period && periods.includes(state.period) ? state.period : Funnel.defaultPeriod(indicator, all.filter(computed).length ? all.filter(computed) : all);
    fillFunnelPeriods(all, periods);
    drawFunnel(la, indicator, all);
    rememberChoice();
    drawProfile(la, profile);
    drawDownloads();
    document.body.dataset.layout = document.documentElement.scrollWidth <= window.innerWidth ? 'fits' : 'overflows';
    document.body.dataset.rendered = code + '/' + indicatorId;
    status(la.name + ': ' + indicator.title + ' (' + state.sets.map((s) => s.id + ' ' + s.version).join(', ') + ')');
  }

  function byPeriod(rows, area) {
    const m = {}; rows.filter((r) => r.areaCode === area).forEach((r) => { m[r.timePeriod] = r; }); return m;
  }

  /** Chart.js plugin: vertical 95% confidence interval whiskers on the datasets that carry `whiskers` (one [lower, upper] or null per label). */
  const whiskers = {
    id: 'whiskers',
    afterDatasetsDraw(chart) {
      const ctx = chart.ctx; let drawn = 0;
      chart.data.datasets.forEach((ds, i) => {
        if (!ds.whiskers || !chart.isDatasetVisible(i)) { return; }
        const meta = chart.getDatasetMeta(i); const y = chart.scales.y;
        ctx.save(); ctx.strokeStyle = ds.borderColor; ctx.lineWidth = 1.5;
        ds.whiskers.forEach((w, k) => {
          const point = meta.data[k];
          if (!w || !point || w[0] === null || w[1] === null) { return; }
          const x = point.x; const top = y.getPixelForValue(w[1]); const bottom = y.getPixelForValue(w[0]);
          ctx.beginPath(); ctx.moveTo(x, top); ctx.lineTo(x, bottom); ctx.moveTo(x - 4, top); ctx.lineTo(x + 4, top); ctx.moveTo(x - 4, bottom); ctx.lineTo(x + 4, bottom); ctx.stroke();
          drawn++;
        });
        ctx.restore();
      });
      chart.canvas.dataset.whiskers = String(drawn);
    },
  };

  function drawTrend(la, indicator, rows, neighbours) {
    const periods = Array.from(new Set(rows.map((r) => r.timePeriod))).sort();
    const mean = (source) => periods.map((p) => {
      const v = rows.filter((r) => r.timePeriod === p && source(r) && neighbours.includes(r.areaCode) && r.value !== null).map((r) => r.value);
      return v.length ? Math.round(10 * v.reduce((a, b) => a + b, 0) / v.length) / 10 : null;
    });
    const history = (r) => !computed(r);
    const line = (label, area, source, color, dash, withWhiskers) => {
      const m = byPeriod(rows.filter(source), area);
      const ds = { label, data: periods.map((p) => (p in m ? m[p].value : null)), borderColor: color, backgroundColor: color, borderDash: dash || [], spanGaps: true };
      if (withWhiskers) { ds.whiskers = periods.map((p) => (p in m && m[p].lower95 !== null && m[p].lower95 !== undefined ? [m[p].lower95, m[p].upper95] : null)); }
      return ds;
    };
    const data = { labels: periods, datasets: [
      line(la.name + ' (computed, 95% CI)', la.code, computed, '#1d70b8', [], true),
      line(la.name + ' (DfE published)', la.code, history, '#5694ca', [3, 3], true),
      line('England (computed)', 'E92000001', computed, '#0b0c0c', [6, 4]),
      line('England (DfE published)', 'E92000001', history, '#6f777b', [6, 4]),
      line((la.regionName || 'Region') + ' (computed)', la.regionCode, computed, '#f47738', [2, 3]),
      { label: 'Statistical neighbours, mean (computed)', data: mean(computed), borderColor: '#4c2c92', backgroundColor: '#4c2c92', borderDash: [8, 3, 2, 3], spanGaps: true },
      Object.assign(line((la.regionName || 'Region') + ' (DfE published)', la.regionCode, history, '#f9ae79', [2, 3]), { hidden: true }),
      { label: 'Statistical neighbours, mean (DfE published)', data: mean(history), borderColor: '#8c76b8', backgroundColor: '#8c76b8', borderDash: [8, 3, 2, 3], spanGaps: true, hidden: true }]
      .filter((d) => d.data.some((v) => v !== null)) };
    replace('trend', { type: 'line', data, plugins: [whiskers], options: { maintainAspectRatio: false, animation: false, plugins: { title: { display: true, text: indicator.title + ' (' + indicator.unit + ')' } } } });
  }

  function rememberChoice() {
    history.replaceState(null, '', '?la=' + state.la.code + '&indicator=' + state.indicator.id + (state.period ? '&period=' + state.period : ''));
  }

  function funnelPeriods(rows) { return Array.from(new Set(rows.map((r) => r.timePeriod))).sort().reverse(); }

  function fillFunnelPeriods(rows, periods) {
    const select = $('funnel-period'); select.innerHTML = '';
    periods.forEach((p) => select.appendChild(option(p, p + (rows.some((r) => r.timePeriod === p && computed(r)) ? ' (computed)' : ' (DfE published)'))));
    select.value = state.period;
  }

  /** The rows a period's funnel is drawn from: the computed ones where there are any (they have denominators), else the published history. */
  function funnelSource(rows, period) {
    const inPeriod = rows.filter((r) => r.timePeriod === period);
    return inPeriod.some(computed) ? inPeriod.filter(computed) : inPeriod;
  }

  function number(v, unit) { return (Math.round(v * 10) / 10).toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }) + (unit === 'percent' ? '%' : ''); }

  function drawFunnel(la, indicator, all) {
    const period = state.period; const canvas = $('funnel'); const note = $('funnel-note');
    const rows = period ? funnelSource(all, period) : [];
    const f = period ? Funnel.funnel(indicator, rows, period) : { available: false, reason: 'no values are published for this indicator.' };
    canvas.dataset.period = period || '';
    canvas.dataset.available = String(f.available);
    canvas.dataset.source = rows.some(computed) ? 'computed' : 'dfe-published-statistics';
    if (!f.available) {
      if (state.charts.funnel) { state.charts.funnel.destroy(); delete state.charts.funnel; }
      $('funnel-chart').hidden = true; $('funnel-legend').hidden = true;
      canvas.dataset.points = '0'; delete canvas.dataset.limits;
      note.textContent = 'Funnel plot not available for ' + (period || 'this indicator') + ': ' + f.reason;
      return;
    }
    $('funnel-chart').hidden = false; $('funnel-legend').hidden = false;
    const ns = f.las.map((r) => r.denominator);
    const min = Math.min.apply(null, ns) * 0.9; const max = Math.max.apply(null, ns) * 1.05;
    const curve = (z, side) => { const pts = []; for (let i = 0; i <= 60; i++) { const n = min * Math.pow(max / min, i / 60); pts.push({ x: n, y: f.limit(n, z)[side] }); } return pts; };
    const points = (pred) => f.las.filter(pred).map((r) => ({ x: r.denominator, y: r.value, label: r.areaName }));
    const mine = f.las.find((r) => r.areaCode === la.code);
    const outside = { above95: 0, below95: 0, above998: 0, below998: 0 };
    f.las.forEach((r) => {
      const l95 = f.limit(r.denominator, Funnel.Z95); const l998 = f.limit(r.denominator, Funnel.Z998);
      if (r.value > l95.upper) { outside.above95++; } if (r.value < l95.lower) { outside.below95++; }
      if (r.value > l998.upper) { outside.above998++; } if (r.value < l998.lower) { outside.below998++; }
    });
    canvas.dataset.outside998 = String(outside.above998 + outside.below998);
    const sourceText = rows.some(computed) ? 'computed values' : 'DfE published values';
    if (mine) {
      const c = Funnel.classify(f, mine.value, mine.denominator);
      canvas.dataset.limits = [c.l998.lower, c.l95.lower, c.l95.upper, c.l998.upper].map((v) => number(v)).join(' ');
      note.textContent = la.name + ', ' + period + ': ' + number(mine.value, indicator.unit) + ' (denominator ' + mine.denominator.toLocaleString('en-GB') + '), ' + c.text
        + ' around England\'s ' + number(f.england, indicator.unit) + ' (95% limits ' + number(c.l95.lower) + ' to ' + number(c.l95.upper)
        + ', 99.8% limits ' + number(c.l998.lower) + ' to ' + number(c.l998.upper) + '). ' + f.las.length + ' local authorities shown (' + sourceText + '); '
        + (outside.above998 + outside.below998) + ' outside the 99.8% limits, ' + (outside.above95 + outside.below95) + ' outside the 95% limits.';
    } else {
      note.textContent = la.name + ' has no published value with a denominator for ' + period + '; ' + f.las.length + ' other local authorities shown (' + sourceText + ').';
    }
    replace('funnel', { type: 'scatter', data: { datasets: [
      { label: la.name, data: points((r) => r.areaCode === la.code), backgroundColor: '#d4351c', pointRadius: 7, pointStyle: 'rectRot' },
      { label: 'Other local authorities', data: points((r) => r.areaCode !== la.code), backgroundColor: 'rgba(29,112,184,0.5)' },
      { label: 'England', type: 'line', data: [{ x: min, y: f.england }, { x: max, y: f.england }], borderColor: '#0b0c0c', pointRadius: 0 },
      { label: '95% limits', type: 'line', data: curve(Funnel.Z95, 'upper'), borderColor: '#f47738', pointRadius: 0, borderDash: [4, 4] },
      { label: '', type: 'line', data: curve(Funnel.Z95, 'lower'), borderColor: '#f47738', pointRadius: 0, borderDash: [4, 4] },
      { label: '99.8% limits', type: 'line', data: curve(Funnel.Z998, 'upper'), borderColor: '#4c2c92', pointRadius: 0, borderDash: [2, 2] },
      { label: ' ', type: 'line', data: curve(Funnel.Z998, 'lower'), borderColor: '#4c2c92', pointRadius: 0, borderDash: [2, 2] }] },
      options: { maintainAspectRatio: false, animation: false, scales: { x: { type: 'linear', title: { display: true, text: 'Denominator' } }, y: { title: { display: true, text: indicator.unit } } },
        plugins: { legend: { labels: { filter: (item) => item.text.trim() !== '' } }, title: { display: true, text: indicator.title + ', ' + period } } } });
    canvas.dataset.points = String(f.las.length);
  }

  function replace(id, config) {
    if (state.charts[id]) { state.charts[id].destroy(); }
    state.charts[id] = new Chart($(id), config);
    $(id).dataset.rendered = 'true';
  }

  /** A comparison outcome as a person reads it, with the polarity's better/worse. */
  function comparison(outcome, polarity) {
    const higherIsBetter = polarity === 'HIGH_IS_GOOD';
    switch (outcome) {
      case 'BETTER': return { text: 'Significantly ' + (higherIsBetter ? 'higher' : 'lower') + ' (better)', css: 'better' };
      case 'WORSE': return { text: 'Significantly ' + (higherIsBetter ? 'lower' : 'higher') + ' (worse)', css: 'worse' };
      case 'HIGHER': return { text: 'Significantly higher', css: 'unjudged' };
      case 'LOWER': return { text: 'Significantly lower', css: 'unjudged' };
      case 'SIMILAR': return { text: 'Similar', css: 'similar' };
      case 'NOT_COMPARED': return { text: 'Not compared', css: 'none' };
      default: return { text: 'No comparison', css: 'none' };
    }
  }

  function drawProfile(la, rows) {
    const container = $('profile'); container.innerHTML = '';
    const byTheme = {};
    state.indicators.forEach((i) => { (byTheme[i.theme] = byTheme[i.theme] || []).push(i); });
    const order = (a, b) => a.timePeriod.localeCompare(b.timePeriod) || (computed(a) ? 1 : 0) - (computed(b) ? 1 : 0);
    Object.keys(byTheme).sort().forEach((theme) => {
      const wrap = document.createElement('div'); wrap.className = 'table-wrap'; wrap.tabIndex = 0;
      const table = document.createElement('table');
      table.innerHTML = '<caption></caption><thead><tr><th scope="col">Indicator</th><th scope="col">Period</th><th scope="col"></th><th scope="col">95% CI</th><th scope="col">England</th>'
        + '<th scope="col">Compared with England</th><th scope="col">Compared with region</th><th scope="col">Compared with statistical neighbours</th><th scope="col">Source</th></tr></thead><tbody></tbody>';
      table.querySelector('caption').textContent = theme.charAt(0).toUpperCase() + theme.slice(1);
      table.querySelectorAll('thead th')[2].textContent = la.name;
      wrap.setAttribute('aria-label', table.querySelector('caption').textContent + ' (scrolls sideways)');
      const body = table.querySelector('tbody'); let any = false;
      byTheme[theme].forEach((ind) => {
        const mine = rows.filter((r) => r.indicatorId === ind.id && r.areaCode === la.code).sort(order).pop();
        if (!mine) { return; }
        const eng = rows.find((r) => r.indicatorId === ind.id && r.areaCode === 'E92000001' && r.timePeriod === mine.timePeriod && r.dataSource === mine.dataSource);
        const ci = mine.lower95 !== null && mine.lower95 !== undefined ? number(mine.lower95) + ' to ' + number(mine.upper95) : '';
        const tr = document.createElement('tr'); tr.dataset.indicator = ind.id;
        const cells = [[labelOf(ind)], [mine.timePeriod], [fmt(mine, ind.unit), 'num'], [ci, 'num'], [fmt(eng, ind.unit), 'num']];
        [mine.comparedWithEngland, mine.comparedWithRegion, mine.comparedWithNeighbours].forEach((o, k) => {
          const c = comparison(o, ind.polarity); cells.push([c.text, 'cmp ' + c.css, ['england', 'region', 'neighbours'][k], o || '']);
        });
        cells.push([computed(mine) ? 'Computed' : 'DfE published', 'source']);
        cells.forEach(([text, css, compare, outcome], i) => {
          const td = document.createElement(i === 0 ? 'th' : 'td'); if (i === 0) { td.scope = 'row'; }
          if (css) { td.className = css; } if (compare) { td.dataset.compare = compare; td.dataset.outcome = outcome; }
          td.textContent = text; tr.appendChild(td);
        });
        body.appendChild(tr); any = true;
      });
      if (any) { wrap.appendChild(table); container.appendChild(wrap); }
    });
  }

  function drawDownloads() {
    const ul = $('downloads'); ul.innerHTML = '';
    const add = (href, text) => { const li = document.createElement('li'); const a = document.createElement('a'); a.href = href; a.textContent = text; li.appendChild(a); ul.appendChild(li); };
    state.sets.forEach((s) => {
      const base = '/v1/data-sets/' + s.id + '/versions/' + s.version;
      const what = s.source === 'computed' ? 'Computed values' : 'DfE published history';
      add(base + '/csv', what + ', CSV (' + s.id + ' ' + s.version + ')');
      add(base + '/json', what + ', JSON (' + s.id + ' ' + s.version + ')');
      add(base + '/csv-metadata.json', what + ', CSVW metadata');
      add('/v1/data-sets/' + s.id + '/versions', what + ': versions, change logs and notices');
    });
    if (state.la && state.indicator) {
      const live = state.sets.find((s) => s.source === 'computed');
      if (live && live.indicatorIds.has(state.indicator.id)) {
        add('/v1/data-sets/' + live.id + '/query?format=csv&indicators=' + state.indicator.id + '&areas=' + state.la.code + ',E92000001,' + state.la.regionCode, state.indicator.title + ' for ' + state.la.name + ', England and region, CSV (query)');
      }
    }
    add('/v1/catalog', 'DCAT catalogue (JSON-LD)'); add('/q/swagger-ui', 'API documentation');
  }

  document.addEventListener('DOMContentLoaded', init);
})();
