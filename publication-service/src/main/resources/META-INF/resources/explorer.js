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
      la.addEventListener('change', render); ind.addEventListener('change', render);
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
    history.replaceState(null, '', '?la=' + code + '&indicator=' + indicatorId);
    status('Loading ' + la.name + '…');
    const neighbours = la.statisticalNeighbours.map((old) => state.areas.localAuthorities.find((a) => a.oldLaCode === old)).filter(Boolean).map((a) => a.code);
    const [series, profile, all] = await Promise.all([
      query({ indicators: [indicatorId], areas: [code, 'E92000001', la.regionCode].concat(neighbours), sort: ['timePeriod:asc'] }),
      query({ areas: [code, 'E92000001'] }),
      query({ indicators: [indicatorId], geographicLevels: ['Local authority', 'National'] })]);
    drawTrend(la, indicator, series, neighbours);
    drawFunnel(la, indicator, all);
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

  function drawFunnel(la, indicator, rows) {
    const periods = Array.from(new Set(rows.map((r) => r.timePeriod))).sort();
    const latest = periods[periods.length - 1];
    const latestRows = rows.filter((r) => r.timePeriod === latest);
    const england = latestRows.find((r) => r.areaCode === 'E92000001');
    const las = latestRows.filter((r) => r.geographicLevel === 'Local authority' && r.value !== null && r.denominator);
    if (!las.length || !england || england.value === null) {
      replace('funnel', { type: 'scatter', data: { datasets: [] }, options: { maintainAspectRatio: false, animation: false, plugins: { title: { display: true, text: 'No denominators published for ' + indicator.title + ' in ' + latest } } } });
      return;
    }
    const scale = indicator.unit === 'percent' ? 100 : (indicator.unit.indexOf('10,000') >= 0 ? 10000 : 1);
    const p = england.value / scale;
    const max = Math.max.apply(null, las.map((r) => r.denominator));
    const limit = (z, sign) => { const pts = []; for (let i = 1; i <= 40; i++) { const n = max * i / 40; pts.push({ x: n, y: scale * (p + sign * z * Math.sqrt(Math.max(p * (1 - p), 1e-12) / n)) }); } return pts; };
    const points = (pred) => las.filter(pred).map((r) => ({ x: r.denominator, y: r.value, label: r.areaName }));
    replace('funnel', { type: 'scatter', data: { datasets: [
      { label: la.name, data: points((r) => r.areaCode === la.code), backgroundColor: '#d4351c', pointRadius: 7 },
      { label: 'Other local authorities', data: points((r) => r.areaCode !== la.code), backgroundColor: 'rgba(29,112,184,0.5)' },
      { label: 'England', type: 'line', data: [{ x: 0, y: england.value }, { x: max, y: england.value }], borderColor: '#0b0c0c', pointRadius: 0 },
      { label: '95% limits', type: 'line', data: limit(1.96, 1), borderColor: '#f47738', pointRadius: 0, borderDash: [4, 4] },
      { label: '', type: 'line', data: limit(1.96, -1), borderColor: '#f47738', pointRadius: 0, borderDash: [4, 4] },
      { label: '99.8% limits', type: 'line', data: limit(3.09, 1), borderColor: '#4c2c92', pointRadius: 0, borderDash: [2, 2] },
      { label: ' ', type: 'line', data: limit(3.09, -1), borderColor: '#4c2c92', pointRadius: 0, borderDash: [2, 2] }] },
      options: { maintainAspectRatio: false, animation: false, scales: { x: { type: 'linear', title: { display: true, text: 'Denominator' } }, y: { title: { display: true, text: indicator.unit } } },
        plugins: { title: { display: true, text: indicator.title + ', ' + latest } } } });
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
