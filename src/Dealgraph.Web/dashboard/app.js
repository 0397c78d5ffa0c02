// The Dealgraph dashboard. Plain script, no framework. Every piece of data text reaches the page
// through textContent (el() below) or is escaped before ECharts sees it: source text is untrusted.
// Served by `dealgraph serve` it asks the JSON API; inside a `dealgraph report` page it reads the
// answers embedded in #report-data instead, so the report needs no server and no network.
(function () {
  'use strict';
  const I18n = window.DealgraphI18n;
  const embedded = document.getElementById('report-data').textContent.trim();
  const REPORT = embedded ? JSON.parse(embedded) : null;
  const EPOCH = new Date('2023-01-01T00:00:00Z');
  const DAY = 86400000;
  const state = {
    asOf: REPORT ? REPORT.asOf : new Date().toISOString().slice(0, 10),
    lang: REPORT ? REPORT.lang : (localStorage.getItem('dealgraph.lang') || 'en'),
    filters: { party: '', kind: '', status: '' },
    stressParty: '',
  };
  const charts = [];
  let renderCount = 0;

  // ---- small helpers ----
  const t = (key) => I18n.t(state.lang, key);
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === undefined || value === null) continue;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key === 'href') node.setAttribute('href', value);
      else if (key.startsWith('data-') || key.startsWith('aria-')) node.setAttribute(key, value);
      else node[key] = value;
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }
  function escapeHtml(text) {
    return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }
  function safeUrl(url) {
    try {
      const u = new URL(url);
      return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
    } catch { return null; }
  }
  function scale(v) {
    if (v === null || v === undefined) return '?';
    const abs = Math.abs(v);
    const fmt = (x, unit) => `${Number(x.toFixed(2))}${unit}`;
    if (abs >= 1e12) return fmt(v / 1e12, 'T');
    if (abs >= 1e9) return fmt(v / 1e9, 'B');
    if (abs >= 1e6) return fmt(v / 1e6, 'M');
    return Number(v).toLocaleString('en-US');
  }
  function amount(a) {
    if (!a) return '—';
    const c = a.currency;
    switch (a.qualifier) {
      case 'exact': return `${c} ${scale(a.low)}`;
      case 'about': return `~${c} ${scale(a.low)}`;
      case 'up-to': return `≤ ${c} ${scale(a.high)}`;
      case 'less-than': return `< ${c} ${scale(a.high)}`;
      case 'at-least': return `≥ ${c} ${scale(a.low)}`;
      case 'more-than': return `> ${c} ${scale(a.low)}`;
      case 'range': return `${c} ${scale(a.low)}–${scale(a.high)}`;
      default: return `${c} ?`;
    }
  }
  const billions = (v) => (v === null || v === undefined ? null : Math.round(v / 1e7) / 100);
  // The value axis names the currency the plotted figures carry (never a fixed one); a deal whose
  // claims are in several currencies lists them all rather than pretend they are one.
  function billionsAxis(...currencies) {
    const codes = [...new Set(currencies.filter(Boolean))];
    return codes.length ? t('axis.billionsOf').replace('{currency}', codes.join(' / ')) : t('axis.billions');
  }
  const percent = (r) => (r === null || r === undefined ? '—' : `${Number((r * 100).toFixed(1))}%`);
  const statusLabel = (s) => (s ? t('status.' + s) : '—');
  const statusBadge = (s) => el('span', { class: 'status ' + (s || 'none'), 'data-status': s || '' }, statusLabel(s));
  const kindLabel = (k) => t('kind.' + k);

  async function api(path, params) {
    if (REPORT) {
      const key = params && params.fails ? `${path}?fails=${params.fails}` : path;
      if (!(key in REPORT.answers)) throw Object.assign(new Error(t('notFound')), { status: 404 });
      return REPORT.answers[key];
    }
    const query = new URLSearchParams({ asOf: state.asOf, ...(params || {}) });
    const response = await fetch(`${path}?${query}`, { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => null);
    if (!response.ok) throw Object.assign(new Error(body?.detail || response.statusText), { status: response.status });
    return body;
  }
  async function optional(path, params) {
    try { return await api(path, params); } catch (e) { if (e.status === 404) return undefined; throw e; }
  }

  function chart(container, option) {
    // Without ECharts (built without npm) an empty box would only take room: the notice says why.
    if (!window.echarts) { container.hidden = true; return null; }
    const instance = window.echarts.init(container, null, { renderer: 'canvas' });
    instance.setOption({ animation: false, ...option });
    charts.push(instance);
    return instance;
  }
  function table(headers, rows) {
    return el('table', {}, el('thead', {}, el('tr', {}, headers.map((h) => el('th', {}, h)))), el('tbody', {}, rows));
  }

  // ---- views ----
  async function overview(main) {
    const reality = await api('/api/reality');
    const totals = reality.totals;
    main.append(el('h2', {}, t('overview.title')));
    const card = (cls, label, a, ratio) => el('div', { class: 'card ' + cls, 'data-total': cls },
      el('div', { class: 'label' }, label), el('div', { class: 'value' }, amount(a)),
      ratio === undefined ? el('div', { class: 'ratio' }, `${totals.deals} ${t('dealsCounted')}`) : el('div', { class: 'ratio' }, `${percent(ratio)} ${t('ofHeadline')}`));
    main.append(el('div', { class: 'cards' },
      card('headline', t('headline'), totals.headline), card('binding', t('binding'), totals.binding, totals.bindingRatio),
      card('paid', t('paid'), totals.paid, totals.paidRatio)));
    main.append(el('h3', {}, t('byPayer')));
    const box = el('div', { class: 'chart', id: 'overview-chart' });
    main.append(box);
    const rows = reality.byPayer.filter((r) => (r.headline?.high ?? r.headline?.low ?? 0) > 0 || (r.binding?.low ?? 0) > 0);
    chart(box, {
      tooltip: { trigger: 'axis', formatter: (ps) => ps.map((p) => `${escapeHtml(p.seriesName)}: ${p.value ?? '—'} B`).join('<br>') },
      legend: { data: [t('headline'), t('binding'), t('paid')] },
      grid: { left: 60, right: 20, bottom: 60 },
      xAxis: { type: 'category', data: rows.map((r) => r.key), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', name: billionsAxis(reality.currency) },
      series: [
        { name: t('headline'), type: 'bar', data: rows.map((r) => billions(r.headline?.high ?? r.headline?.low)), itemStyle: { color: '#8aa4d6' } },
        { name: t('binding'), type: 'bar', data: rows.map((r) => billions(r.binding?.low)), itemStyle: { color: '#e8913a' } },
        { name: t('paid'), type: 'bar', data: rows.map((r) => billions(r.paid?.low)), itemStyle: { color: '#3a9d5d' } },
      ],
    });
    main.append(el('h3', {}, t('byKind')));
    main.append(table([t('kind'), t('deals.title'), t('headline'), t('binding'), t('paid')],
      reality.byKind.map((r) => el('tr', {}, el('td', {}, kindLabel(r.key)), el('td', {}, r.deals),
        el('td', { class: 'num' }, amount(r.headline)), el('td', { class: 'num' }, amount(r.binding)), el('td', { class: 'num' }, amount(r.paid))))));
  }

  async function deals(main) {
    const [list, parties] = await Promise.all([api('/api/deals'), api('/api/parties')]);
    main.append(el('h2', {}, t('deals.title')));
    const f = state.filters;
    const select = (name, options, label) => {
      const s = el('select', { id: 'filter-' + name, 'aria-label': label },
        el('option', { value: '' }, `${label}: ${t('all')}`), options.map(([v, text]) => el('option', { value: v, selected: f[name] === v }, text)));
      s.addEventListener('change', () => { f[name] = s.value; render(); });
      return s;
    };
    main.append(el('div', { class: 'filters' },
      select('party', parties.parties.filter((p) => p.deals > 0).map((p) => [p.id, p.name]), t('party')),
      select('kind', I18n.kinds.map((k) => [k, kindLabel(k)]), t('kind')),
      select('status', I18n.statuses.map((s) => [s, statusLabel(s)]), t('status'))));
    const shown = list.deals.filter((d) => (!f.party || d.payer === f.party || d.payee === f.party) &&
      (!f.kind || d.kind === f.kind) && (!f.status || d.status === f.status));
    if (shown.length === 0) { main.append(el('p', { class: 'empty' }, t('noDeals'))); return; }
    main.append(table([t('deal'), t('flow'), t('kind'), t('status'), t('headline'), t('binding'), t('paid'), t('lastReported')],
      shown.map((d) => el('tr', { 'data-deal': d.id },
        el('td', {}, el('a', { href: '#/deal/' + encodeURIComponent(d.id) }, d.title), el('div', { class: 'muted' }, d.id)),
        el('td', {}, `${d.payer} → ${d.payee}`), el('td', {}, kindLabel(d.kind)),
        el('td', {}, statusBadge(d.status), d.contested.includes('status') ? el('span', { class: 'muted', title: t('contested') }, ' *') : null),
        el('td', { class: 'num' }, amount(d.headline)),
        el('td', { class: 'num' + (d.bindingDerived ? ' derived' : ''), title: d.bindingDerived ? t('derived') : null }, amount(d.binding)),
        el('td', { class: 'num' + (d.paidDerived ? ' derived' : ''), title: d.paidDerived ? t('derived') : null }, amount(d.paid)),
        el('td', { class: 'num' }, d.lastReported)))));
  }

  async function deal(main, id) {
    let detail, history;
    try {
      [detail, history] = await Promise.all([api('/api/deals/' + encodeURIComponent(id)), api('/api/deals/' + encodeURIComponent(id) + '/history')]);
    } catch (e) {
      if (e.status === 404) { main.append(el('h2', {}, id), el('p', { class: 'empty', id: 'not-found' }, t('notFound'), ' ', e.message)); return; }
      throw e;
    }
    const d = detail.deal;
    main.append(el('h2', { id: 'deal-title' }, d.title));
    const row = (label, ...value) => [el('dt', {}, label), el('dd', {}, ...value)];
    main.append(el('dl', { class: 'facts' },
      row(t('deal'), d.id), row(t('flow'), `${d.payer} → ${d.payee}`), row(t('kind'), kindLabel(d.kind)),
      row(t('status'), statusBadge(d.status), d.supersededBy ? el('span', {}, ` ${t('supersededBy')} `, el('a', { href: '#/deal/' + encodeURIComponent(d.supersededBy) }, d.supersededBy)) : null),
      row(t('headline'), amount(d.headline)),
      row(t('binding'), amount(d.binding), d.bindingDerived ? el('span', { class: 'derived' }, ` (${t('derived')})`) : null),
      row(t('paid'), amount(d.paid), d.paidDerived ? el('span', { class: 'derived' }, ` (${t('derived')})`) : null),
      row(t('terms'), detail.terms ?? '—'), row(t('legs'), detail.legs.length ? detail.legs.join(', ') : '—')));
    main.append(el('h3', {}, t('band')));
    const box = el('div', { class: 'chart', id: 'band-chart' });
    main.append(box);
    const pts = history.points;
    const low = pts.map((p) => billions(p.headline?.low ?? 0));
    const high = pts.map((p) => billions(p.headline?.high));
    chart(box, {
      tooltip: { trigger: 'axis', formatter: (ps) => escapeHtml(ps[0]?.axisValue) + '<br>' + ps.filter((p) => p.seriesName !== t('headlineLow'))
        .map((p) => `${escapeHtml(p.seriesName)}: ${escapeHtml(amount(pickAmount(pts[p.dataIndex], p.seriesIndex)))}`).join('<br>') },
      legend: { data: [t('headlineBand'), t('binding'), t('paid')] },
      grid: { left: 60, right: 20 },
      xAxis: { type: 'category', data: pts.map((p) => p.lastReported), boundaryGap: false },
      yAxis: { type: 'value', name: billionsAxis(...pts.flatMap((p) => [p.headline?.currency, p.binding?.currency, p.paid?.currency])) },
      series: [
        { name: t('headlineLow'), type: 'line', step: 'end', stack: 'band', data: low, lineStyle: { opacity: 0 }, symbol: 'none' },
        { name: t('headlineBand'), type: 'line', step: 'end', stack: 'band', data: high.map((h, i) => (h === null ? null : h - low[i])),
          areaStyle: { color: 'rgba(138,164,214,0.45)' }, lineStyle: { color: '#8aa4d6' }, itemStyle: { color: '#8aa4d6' } },
        { name: t('binding'), type: 'line', step: 'end', data: pts.map((p) => billions(p.binding?.low)), itemStyle: { color: '#e8913a' } },
        { name: t('paid'), type: 'line', step: 'end', data: pts.map((p) => billions(p.paid?.low)), itemStyle: { color: '#3a9d5d' } },
      ],
    });
    main.append(el('h3', {}, t('timeline')));
    main.append(table([t('reported'), t('stance'), t('status'), t('headline'), t('binding'), t('paid'), t('quote'), t('source')],
      detail.claims.map((c) => {
        const url = c.source.url ? safeUrl(c.source.url) : null;
        const label = [c.source.outlet, c.source.title].filter(Boolean).join(': ');
        return el('tr', { class: c.stance === 'denies' ? 'denies' : '', 'data-claim': c.id },
          el('td', { class: 'num' }, c.reported), el('td', {}, t('stance.' + c.stance)), el('td', {}, c.status ? statusBadge(c.status) : '—'),
          el('td', { class: 'num' }, amount(c.headline)), el('td', { class: 'num' }, amount(c.binding)), el('td', { class: 'num' }, amount(c.paid)),
          el('td', { class: 'quote' }, c.quote ?? c.note ?? ''),
          el('td', { class: 'source' }, url ? el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, label) : label));
      })));
  }
  function pickAmount(point, series) {
    return series <= 1 ? point.headline : series === 2 ? point.binding : point.paid;
  }

  async function network(main, selectedKey) {
    const [list, parties, loops] = await Promise.all([api('/api/deals'), api('/api/parties'), optional('/api/loops')]);
    main.append(el('h2', {}, t('network.title')), el('p', { class: 'muted' }, t('network.help')));
    const box = el('div', { class: 'chart tall', id: 'network-chart' });
    main.append(box);
    const all = loops?.loops || [];
    const keyOf = (l) => l.parties.join(',');
    // The loop picked in the list, else the shortest loop through the seed pair, else the first.
    const selected = all.find((l) => keyOf(l) === selectedKey)
      || all.find((l) => l.parties.length === 2 && l.parties.includes('nvidia') && l.parties.includes('openai')) || all[0];
    const strong = new Set(selected ? selected.deals : []);
    const weak = new Set(all.flatMap((l) => l.deals));
    const live = list.deals.filter((d) => d.status !== 'superseded');
    const names = new Map(parties.parties.map((p) => [p.id, p.name]));
    const ids = [...new Set(live.flatMap((d) => [d.payer, d.payee]))].sort();
    const size = (a) => (a ? (a.high ?? a.low ?? 0) : 0);
    const colour = (id) => (strong.has(id) ? '#d7263d' : weak.has(id) ? '#f0a8b2' : '#9aa5b8');
    const edges = live.map((d) => ({
      source: d.payer, target: d.payee, dealId: d.id, inLoop: strong.has(d.id),
      value: size(d.headline), title: d.title, amountText: amount(d.headline),
      lineStyle: { width: 1 + 2.5 * Math.log10(1 + size(d.headline) / 1e9) + (strong.has(d.id) ? 2 : 0), color: colour(d.id), curveness: 0.15, opacity: strong.has(d.id) ? 1 : 0.6 },
    }));
    const loopParties = new Set(selected ? selected.parties : []);
    chart(box, {
      tooltip: { formatter: (p) => (p.dataType === 'edge'
        ? `${escapeHtml(p.data.title)}<br>${escapeHtml(p.data.source)} → ${escapeHtml(p.data.target)}: ${escapeHtml(p.data.amountText)}`
        : escapeHtml(names.get(p.data.id) || p.data.id)) },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true, edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 8,
        force: { repulsion: 420, edgeLength: [80, 200], gravity: 0.08 },
        label: { show: true, position: 'right', formatter: (p) => names.get(p.data.id) || p.data.id },
        data: ids.map((id) => ({ id, name: id, symbolSize: 14 + 3 * Math.sqrt(live.filter((d) => d.payer === id || d.payee === id).length),
          itemStyle: { color: loopParties.has(id) ? '#d7263d' : '#16213a' } })),
        links: edges,
      }],
    });
    box.dataset.highlighted = selected ? selected.deals.join(' ') : '';
    main.append(el('h3', {}, t('loops')));
    if (loops === undefined) { main.append(el('p', { class: 'muted' }, t('loopsUnavailable'))); return; }
    if (!all.length) { main.append(el('p', { class: 'muted', id: 'no-loops' }, t('noLoops'))); return; }
    main.append(el('ul', { class: 'loops' }, all.map((l) => el('li', { class: 'loop' + (l === selected ? ' selected' : ''), 'data-parties': l.parties.join(' ') },
      el('a', { href: '#/network/' + encodeURIComponent(keyOf(l)), class: 'loop-tag' }, l.parties.concat(l.parties[0]).join(' → ')), ' ',
      el('span', { class: 'muted' }, `${t('roundTrip')}: ${amount(l.roundTrip)} · ${l.deals.join(', ')}`)))));
  }

  async function stress(main) {
    const parties = await api('/api/parties');
    main.append(el('h2', {}, t('stress.title')), el('p', { class: 'muted' }, t('stress.help')));
    const pick = el('select', { id: 'stress-party', 'aria-label': t('stress.pick') }, el('option', { value: '' }, t('stress.pick')),
      parties.parties.filter((p) => p.deals > 0).map((p) => el('option', { value: p.id, selected: state.stressParty === p.id }, p.name)));
    pick.addEventListener('change', () => { state.stressParty = pick.value; render(); });
    main.append(el('div', { class: 'filters' }, pick));
    if (!state.stressParty) return;
    let result;
    try {
      result = await optional('/api/stress', { fails: state.stressParty });
    } catch (e) {
      main.append(el('p', { class: 'empty', id: 'stress-error' }, e.message));
      return;
    }
    if (result === undefined) { main.append(el('p', { class: 'muted' }, t('stress.unavailable'))); return; }
    const c = result.currency;
    const hit = result.parties.filter((p) => p.defaulted || p.loss > 0 || p.shortfall > 0)
      .sort((a, b) => (a.round ?? 99) - (b.round ?? 99) || (b.shortfall + b.loss) - (a.shortfall + a.loss));
    main.append(el('p', { id: 'stress-summary' }, `${t('stress.total')}: ${c} ${scale(result.totalShortfall)} · ${t('stress.rounds')}: ${result.rounds}`));
    if (!hit.length) { main.append(el('p', { class: 'muted' }, t('stress.none'))); return; }
    const box = el('div', { class: 'chart', id: 'stress-chart' });
    main.append(box);
    chart(box, {
      tooltip: { trigger: 'axis' },
      legend: { data: [t('stress.shortfall'), t('stress.loss')] },
      grid: { left: 60, right: 20, bottom: 60 },
      xAxis: { type: 'category', data: hit.map((p) => p.id), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', name: billionsAxis(c) },
      series: [
        { name: t('stress.shortfall'), type: 'bar', data: hit.map((p) => billions(p.shortfall)), itemStyle: { color: '#d7263d' } },
        { name: t('stress.loss'), type: 'bar', data: hit.map((p) => billions(p.loss)), itemStyle: { color: '#e8913a' } },
      ],
    });
    main.append(table([t('party'), t('stress.round'), t('stress.owed'), t('paid'), t('stress.shortfall'), t('stress.receivable'), t('stress.loss')],
      hit.map((p) => el('tr', { 'data-party': p.id, class: p.defaulted ? 'defaulted' : '' },
        el('td', {}, p.id), el('td', {}, p.round === null ? '—' : String(p.round)), el('td', { class: 'num' }, `${c} ${scale(p.owed)}`),
        el('td', { class: 'num' }, `${c} ${scale(p.paid)}`), el('td', { class: 'num' }, `${c} ${scale(p.shortfall)}`),
        el('td', { class: 'num' }, `${c} ${scale(p.receivable)}`), el('td', { class: 'num' }, `${c} ${scale(p.loss)}`)))));
    if (result.assumedAssets.length) main.append(el('p', { class: 'muted' }, `${t('stress.assumed')}: ${result.assumedAssets.join(', ')}`));
    if (result.unquantified.length) main.append(el('p', { class: 'muted' }, `${t('stress.unquantified')}: ${result.unquantified.join(', ')}`));
  }

  // ---- shell ----
  function applyLabels() {
    document.documentElement.lang = state.lang;
    document.querySelectorAll('[data-i18n]').forEach((node) => { node.textContent = t(node.getAttribute('data-i18n')); });
    document.title = REPORT ? `${t('title')} · ${t('report')} ${state.asOf}` : t('title');
    document.getElementById('lang').value = state.lang;
  }
  function route() {
    const hash = decodeURIComponent(location.hash.replace(/^#\/?/, ''));
    const [view, ...rest] = hash.split('/');
    return { view: view || 'overview', id: rest.join('/') };
  }
  async function render() {
    const mine = ++renderCount;
    const main = document.getElementById('view');
    charts.splice(0).forEach((c) => c.dispose());
    const { view, id } = route();
    document.querySelectorAll('nav a').forEach((a) => a.classList.toggle('active', a.id === 'nav-' + (view === 'deal' ? 'deals' : view)));
    const fresh = el('div', { id: 'view-' + view });
    try {
      if (view === 'deals') await deals(fresh);
      else if (view === 'deal') await deal(fresh, id);
      else if (view === 'network') await network(fresh, id);
      else if (view === 'stress') await stress(fresh);
      else await overview(fresh);
    } catch (e) {
      fresh.append(el('p', { class: 'empty', id: 'error' }, `${t('error')}: ${e.message}`));
    }
    if (mine !== renderCount) { return; }
    main.replaceChildren(fresh);
    charts.forEach((c) => c.resize());
    document.body.dataset.ready = `${view}:${state.asOf}:${state.lang}`;
  }
  function daysOf(iso) { return Math.round((new Date(iso + 'T00:00:00Z') - EPOCH) / DAY); }
  function isoOf(days) { return new Date(EPOCH.getTime() + days * DAY).toISOString().slice(0, 10); }
  function setAsOf(iso, rerender) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return;
    state.asOf = iso;
    document.getElementById('as-of').value = iso;
    document.getElementById('as-of-slider').value = String(daysOf(iso));
    if (rerender) render();
  }

  function start() {
    const input = document.getElementById('as-of');
    const slider = document.getElementById('as-of-slider');
    const today = new Date().toISOString().slice(0, 10);
    const last = REPORT ? REPORT.asOf : (today > '2026-12-31' ? today : '2026-12-31');
    input.max = last;
    slider.min = '0';
    slider.max = String(daysOf(last));
    setAsOf(state.asOf, false);
    if (REPORT) { input.disabled = true; slider.disabled = true; }
    input.addEventListener('change', () => setAsOf(input.value, true));
    slider.addEventListener('input', () => { input.value = isoOf(Number(slider.value)); });
    slider.addEventListener('change', () => setAsOf(isoOf(Number(slider.value)), true));
    document.getElementById('lang').addEventListener('change', (e) => {
      state.lang = e.target.value;
      if (!REPORT) localStorage.setItem('dealgraph.lang', state.lang);
      applyLabels();
      render();
    });
    window.addEventListener('hashchange', render);
    window.addEventListener('resize', () => charts.forEach((c) => c.resize()));
    if (!window.echarts) {
      const notice = document.getElementById('notice');
      notice.hidden = false;
      notice.setAttribute('data-i18n', 'chartsMissing');
    }
    applyLabels();
    render();
  }
  start();
})();
