// Data explorer: plain JS over the public API (no token). Charts with Chart.js.
(function () {
  'use strict';
  const DS = 'safeguarding-indicators';
  const state = { areas: null, meta: null, version: null, charts: {} };
  const $ = (id) => document.getElementById(id);
  const status = (text) => { $('status').textContent = text; };

  async function get(url, body) {
    const res = await fetch(url, body ? { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) } : {});
    if (!res.ok) { throw new Error(url + ' answered ' + res.status); }
    return res.json();
  }

  function query(filter) {
    return get('/v1/data-sets/' + DS + '/query', Object.assign({ pageSize: 10000, version: state.version }, filter)).then((r) => r.results);
  }

  function option(value, text) { const o = document.createElement('option'); o.value = value; o.textContent = text; return o; }

  function fmt(row, unit) {
    if (row.value === null || row.value === undefined) { return row.status || ''; }
    return row.value.toLocaleString('en-GB') + (unit === 'percent' ? '%' : '');
  }

  async function init() {
    try {
      status('Loading areas and indicators…');
      const [areas, meta] = await Promise.all([get('/v1/areas'), get('/v1/data-sets/' + DS + '/meta')]);
      state.areas = areas; state.meta = meta; state.version = meta.version;
      const la = $('la'); la.innerHTML = '';
      areas.localAuthorities.slice().sort((a, b) => a.name.localeCompare(b.name)).forEach((a) => la.appendChild(option(a.code, a.name + ' (' + a.oldLaCode + ')')));
      const ind = $('indicator'); ind.innerHTML = '';
      meta.indicators.forEach((i) => ind.appendChild(option(i.id, i.title)));
      const params = new URLSearchParams(location.search);
      la.value = params.get('la') || 'E09000002';
      ind.value = params.get('indicator') || (meta.indicators.some((i) => i.id === 'referral-rate') ? 'referral-rate' : meta.indicators[0].id);
      state.period = params.get('period');
      la.addEventListener('change', () => { state.period = null; render(); });
      ind.addEventListener('change', () => { state.period = null; render(); });
      $('funnel-period').addEventListener('change', () => { state.period = $('funnel-period').value; drawFunnel(state.la, state.indicator, state.funnelRows); rememberChoice(); });
      updateJsonLd();
      await render();
    } catch (e) { status('Could not load the data: ' + e.message); }
  }

  function updateJsonLd() {
    const el = $('dataset-jsonld'); const doc = JSON.parse(el.textContent);
    const base = location.origin + '/v1/data-sets/' + DS + '/versions/' + state.version;
    doc.version = state.version; doc.url = location.origin + '/';
    doc.distribution = [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: base + '/csv' },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: base + '/json' }];
    el.textContent = JSON.stringify(doc);
  }

  async function render() {
    const code = $('la').value; const indicatorId = $('indicator').value;
    const la = state.areas.localAuthorities.find((a) => a.code === code);
    const indicator = state.meta.indicators.find((i) => i.id === indicatorId);
    state.la = la; state.indicator = indicator;
    status('Loading ' + la.name + '…');
    const neighbours = la.statisticalNeighbours.map((old) => state.areas.localAuthorities.find((a) => a.oldLaCode === old)).filter(Boolean).map((a) => a.code);
    const [series, profile, all] = await Promise.all([
      query({ indicators: [indicatorId], areas: [code, 'E92000001', la.regionCode].concat(neighbours), sort: ['timePeriod:asc'] }),
      query({ areas: [code, 'E92000001'] }),
      query({ indicators: [indicatorId], geographicLevels: ['Local authority', 'National'] })]);
    drawTrend(la, indicator, series, neighbours);
    state.funnelRows = all;
    state.period = state.period && all.some((r) => r.timePeriod === state.period) ? state.period : Funnel.defaultPeriod(indicator, all);
    fillFunnelPeriods(all);
    drawFunnel(la, indicator, all);
    rememberChoice();
    drawProfile(la, profile);
    drawDownloads();
    document.body.dataset.rendered = code + '/' + indicatorId;
    status(la.name + ': ' + indicator.title + ' (version ' + state.version + ')');
  }

  function byPeriod(rows, area) {
    const m = {}; rows.filter((r) => r.areaCode === area).forEach((r) => { m[r.timePeriod] = r.value; }); return m;
  }

  function drawTrend(la, indicator, rows, neighbours) {
    const periods = Array.from(new Set(rows.map((r) => r.timePeriod))).sort();
    const mean = periods.map((p) => {
      const v = rows.filter((r) => r.timePeriod === p && neighbours.includes(r.areaCode) && r.value !== null).map((r) => r.value);
      return v.length ? Math.round(10 * v.reduce((a, b) => a + b, 0) / v.length) / 10 : null;
    });
    const line = (label, area, color, dash) => { const m = byPeriod(rows, area); return { label, data: periods.map((p) => (p in m ? m[p] : null)), borderColor: color, backgroundColor: color, borderDash: dash || [], spanGaps: true }; };
    const data = { labels: periods, datasets: [
      line(la.name, la.code, '#1d70b8'), line('England', 'E92000001', '#0b0c0c', [6, 4]), line(la.regionName || 'Region', la.regionCode, '#f47738', [2, 3]),
      { label: 'Statistical neighbours (mean)', data: mean, borderColor: '#4c2c92', backgroundColor: '#4c2c92', borderDash: [8, 3, 2, 3], spanGaps: true }] };
    replace('trend', { type: 'line', data, options: { maintainAspectRatio: false, animation: false, plugins: { title: { display: true, text: indicator.title + ' (' + indicator.unit + ')' } } } });
  }

  function rememberChoice() {
    history.replaceState(null, '', '?la=' + state.la.code + '&indicator=' + state.indicator.id + (state.period ? '&period=' + state.period : ''));
  }

  function fillFunnelPeriods(rows) {
    const select = $('funnel-period'); select.innerHTML = '';
    Array.from(new Set(rows.map((r) => r.timePeriod))).sort().reverse().forEach((p) => select.appendChild(option(p, p)));
    select.value = state.period;
  }

  function number(v, unit) { return (Math.round(v * 10) / 10).toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }) + (unit === 'percent' ? '%' : ''); }

  function drawFunnel(la, indicator, rows) {
    const period = state.period; const canvas = $('funnel'); const note = $('funnel-note');
    const f = period ? Funnel.funnel(indicator, rows, period) : { available: false, reason: 'no values are published for this indicator.' };
    canvas.dataset.period = period || '';
    canvas.dataset.available = String(f.available);
    if (!f.available) {
      if (state.charts.funnel) { state.charts.funnel.destroy(); delete state.charts.funnel; }
      $('funnel-chart').hidden = true;
      canvas.dataset.points = '0';
      note.textContent = 'Funnel plot not available for ' + (period || 'this indicator') + ': ' + f.reason;
      return;
    }
    $('funnel-chart').hidden = false;
    const ns = f.las.map((r) => r.denominator);
    const min = Math.min.apply(null, ns) * 0.9; const max = Math.max.apply(null, ns) * 1.05;
    const curve = (z, side) => { const pts = []; for (let i = 0; i <= 60; i++) { const n = min * Math.pow(max / min, i / 60); pts.push({ x: n, y: f.limit(n, z)[side] }); } return pts; };
    const points = (pred) => f.las.filter(pred).map((r) => ({ x: r.denominator, y: r.value, label: r.areaName }));
    const mine = f.las.find((r) => r.areaCode === la.code);
    if (mine) {
      const c = Funnel.classify(f, mine.value, mine.denominator);
      note.textContent = la.name + ', ' + period + ': ' + number(mine.value, indicator.unit) + ' (denominator ' + mine.denominator.toLocaleString('en-GB') + '), ' + c.text
        + ' around England\'s ' + number(f.england, indicator.unit) + ' (95% limits ' + number(c.l95.lower) + ' to ' + number(c.l95.upper)
        + ', 99.8% limits ' + number(c.l998.lower) + ' to ' + number(c.l998.upper) + '). ' + f.las.length + ' local authorities shown.';
    } else {
      note.textContent = la.name + ' has no published value with a denominator for ' + period + '; ' + f.las.length + ' other local authorities shown.';
    }
    replace('funnel', { type: 'scatter', data: { datasets: [
      { label: la.name, data: points((r) => r.areaCode === la.code), backgroundColor: '#d4351c', pointRadius: 7 },
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

  function drawProfile(la, rows) {
    const container = $('profile'); container.innerHTML = '';
    const byTheme = {};
    state.meta.indicators.forEach((i) => { (byTheme[i.theme] = byTheme[i.theme] || []).push(i); });
    Object.keys(byTheme).sort().forEach((theme) => {
      const table = document.createElement('table');
      table.innerHTML = '<caption></caption><thead><tr><th scope="col">Indicator</th><th scope="col">Period</th><th scope="col">' + la.name.replace(/[<&>]/g, '') + '</th><th scope="col">England</th><th scope="col">Compared with England</th></tr></thead><tbody></tbody>';
      table.querySelector('caption').textContent = theme.charAt(0).toUpperCase() + theme.slice(1);
      const body = table.querySelector('tbody'); let any = false;
      byTheme[theme].forEach((ind) => {
        const mine = rows.filter((r) => r.indicatorId === ind.id && r.areaCode === la.code).sort((a, b) => a.timePeriod.localeCompare(b.timePeriod)).pop();
        if (!mine) { return; }
        const eng = rows.find((r) => r.indicatorId === ind.id && r.areaCode === 'E92000001' && r.timePeriod === mine.timePeriod);
        const tr = document.createElement('tr');
        [ind.title, mine.timePeriod, fmt(mine, ind.unit), eng ? fmt(eng, ind.unit) : '', mine.comparedWithEngland || ''].forEach((text, i) => {
          const td = document.createElement(i === 0 ? 'th' : 'td'); if (i === 0) { td.scope = 'row'; } if (i === 2 || i === 3) { td.className = 'num'; }
          if (i === 4 && text) { td.className = text; }
          td.textContent = text; tr.appendChild(td);
        });
        body.appendChild(tr); any = true;
      });
      if (any) { container.appendChild(table); }
    });
  }

  function drawDownloads() {
    const base = '/v1/data-sets/' + DS + '/versions/' + state.version;
    const links = [[base + '/csv', 'All values, CSV (version ' + state.version + ')'], [base + '/json', 'All values, JSON'], [base + '/csv-metadata.json', 'CSVW metadata'],
      ['/v1/data-sets/' + DS + '/versions', 'Versions and change logs'], ['/v1/catalog', 'DCAT catalogue (JSON-LD)'], ['/q/swagger-ui', 'API documentation']];
    const ul = $('downloads'); ul.innerHTML = '';
    links.forEach(([href, text]) => { const li = document.createElement('li'); const a = document.createElement('a'); a.href = href; a.textContent = text; li.appendChild(a); ul.appendChild(li); });
  }

  document.addEventListener('DOMContentLoaded', init);
})();
