// The page's script (plain browser JavaScript, inlined by page.ts with a CSP hash). It reads the
// embedded JSON and draws every chart as SVG with DOM calls: release text only ever goes in through
// textContent, and links only for http(s) URLs. Sums follow `disclose stats`: per incident, each
// figure is its latest release's, never a sum over releases.
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var TYPES = data.incidentTypes.concat(['none']);
  var FIGURES = data.figureKeys;
  var TYPE_LABEL = {
    unauthorized_access: '不正アクセス', ransomware: 'ランサムウェア', malware: 'マルウェア', account_compromise: 'アカウント乗っ取り',
    phishing: 'フィッシング', web_tampering: '改ざん', misdelivery: '誤送信・誤送付', misconfiguration: '設定不備',
    loss_theft: '紛失・盗難', insider: '内部不正', outage: 'システム障害', other: 'その他', none: '分類なし',
  };
  var TYPE_COLOR = {
    unauthorized_access: '#3366aa', ransomware: '#cc3311', malware: '#ee7733', account_compromise: '#009988',
    phishing: '#aa3377', web_tampering: '#bbbb00', misdelivery: '#33bbee', misconfiguration: '#7a5195',
    loss_theft: '#8c6d31', insider: '#ee3377', outage: '#666666', other: '#99aa77', none: '#cccccc',
  };
  var FIGURE_LABEL = { leakedPeople: 'Confirmed people 漏えい確定（人）', leakedRecords: 'Confirmed records 漏えい確定（件）', possiblePeople: 'Possible people 漏えいの可能性（人）', possibleRecords: 'Possible records 漏えいの可能性（件）' };
  var KIND_LABEL = { company: '企業 company', government: '官公庁・自治体 government', school: '学校 school', medical: '医療 medical', association: '団体 association', other: 'その他 other' };
  var DATA_LABEL = {
    name: '氏名', address: '住所', phone: '電話番号', email: 'メールアドレス', birthdate: '生年月日', gender: '性別',
    credit_card: 'クレジットカード', bank_account: '口座情報', login_id: 'ログインID', password: 'パスワード', id_number: '番号・ID',
    health: '健康・医療', employment: '勤務先・職業', order_history: '購入・注文履歴', message_content: 'メール等の内容', other: 'その他',
  };
  var ROLE_LABEL = { first: '第1報 first', 'follow-up': '続報 follow-up', recovery: '復旧 recovery', final: '最終報 final' };
  var EVENT_LABEL = { occurred: '発生', detected: '検知', contained: '封じ込め', reported: '届出', notified: '通知', published: '公表', patched: '対策', restored: '復旧', other: 'その他' };
  var nf = new Intl.NumberFormat('en-US');
  var uid = 0;

  // ---------- helpers (text only, never markup) ----------
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) for (var k in attrs) if (attrs[k] !== null && attrs[k] !== undefined) node.setAttribute(k, attrs[k]);
    append(node, children);
    return node;
  }
  function svg(tag, attrs, children) {
    var node = document.createElementNS(SVG, tag);
    if (attrs) for (var k in attrs) if (attrs[k] !== null && attrs[k] !== undefined) node.setAttribute(k, String(attrs[k]));
    append(node, children);
    return node;
  }
  function append(node, children) {
    if (children === null || children === undefined) return;
    if (!Array.isArray(children)) children = [children];
    for (var i = 0; i < children.length; i++) {
      var c = children[i];
      if (c === null || c === undefined || c === false) continue;
      if (Array.isArray(c)) { append(node, c); continue; }
      node.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function ja(text) { return el('span', { lang: 'ja' }, text === null || text === undefined ? '' : String(text)); }
  /** A link only for an http(s) URL; anything else (javascript:, data:, garbage) stays text. */
  function safeLink(url, label) {
    var parsed = null;
    try { parsed = new URL(url); } catch (e) { parsed = null; }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return ja(label || url || '');
    var a = el('a', { href: parsed.href, rel: 'noopener noreferrer', target: '_blank' }, label || parsed.href);
    a.setAttribute('lang', 'ja');
    return a;
  }
  function fold(s) { return String(s || '').normalize('NFKC').toLowerCase(); }
  function cmpName(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
  function fmtFigure(f) { return (f[2] ? '約 ' : '') + nf.format(f[0]) + ' ' + f[1]; }

  // ---------- precomputed per incident ----------
  data.incidents.forEach(function (inc) {
    inc.primary = inc.incidentTypes.length ? inc.incidentTypes[0] : 'none';
    var hay = [inc.id, inc.organization || ''];
    inc.releases.forEach(function (r) {
      hay.push(r.title || '', r.path || '');
      r.products.forEach(function (p) { hay.push(p[1]); });
    });
    inc.hay = fold(hay.join('\n'));
  });

  // ---------- state and filters ----------
  var state = { gran: 'month', from: '', to: '', type: '', kind: '', q: '', shown: 50, largest: 10 };
  var months = {};
  data.incidents.forEach(function (inc) { inc.releases.forEach(function (r) { if (r.date) months[r.date.slice(0, 7)] = 1; }); });
  var monthList = Object.keys(months).sort();

  function inRange(r) {
    if (!state.from && !state.to) return true;
    if (!r.date) return false;
    var m = r.date.slice(0, 7);
    return (!state.from || m >= state.from) && (!state.to || m <= state.to);
  }

  /** The incidents the filters keep, each with its releases inside the period. */
  function selection() {
    var q = fold(state.q.trim());
    var out = [];
    data.incidents.forEach(function (inc) {
      if (state.type && inc.incidentTypes.indexOf(state.type) < 0 && !(state.type === 'none' && inc.primary === 'none')) return;
      if (state.kind && inc.kind !== state.kind) return;
      if (q && inc.hay.indexOf(q) < 0) return;
      var rs = inc.releases.filter(inRange);
      if (rs.length === 0) return;
      var figures = FIGURES.map(function (_, k) {
        var latest = null;
        rs.forEach(function (r) { if (r.figures[k]) latest = r.figures[k]; });
        return latest;
      });
      out.push({ inc: inc, releases: rs, figures: figures, first: rs[0].date });
    });
    return out;
  }

  function periodOf(date) {
    if (!date) return 'unknown';
    return state.gran === 'year' ? date.slice(0, 4) : state.gran === 'month' ? date.slice(0, 7) : date;
  }
  /** Every period from the first to the last (gaps as 0), then "unknown", as stats lists months. */
  function periodsOf(keys) {
    var known = keys.filter(function (k) { return k !== 'unknown'; }).sort();
    var out = [];
    if (known.length) {
      var first = known[0], last = known[known.length - 1];
      if (state.gran === 'year') for (var y = +first; y <= +last; y++) out.push(String(y));
      else if (state.gran === 'month') {
        var ym = first.split('-').map(Number);
        for (;;) {
          var key = ym[0] + '-' + (ym[1] < 10 ? '0' : '') + ym[1];
          out.push(key);
          if (key >= last.slice(0, 7)) break;
          if (++ym[1] > 12) { ym[1] = 1; ym[0]++; }
        }
      } else {
        var seen = {};
        var d = new Date(first.slice(0, 7) + (first.length > 7 ? first.slice(7) : '-01') + 'T00:00:00Z');
        var end = new Date((last.length > 7 ? last : last + '-28') + 'T00:00:00Z');
        for (; d <= end; d.setUTCDate(d.getUTCDate() + 1)) { var day = d.toISOString().slice(0, 10); out.push(day); seen[day] = 1; }
        known.forEach(function (k) { if (!seen[k]) out.push(k); }); // month-only dates keep a bar of their own
        out.sort();
      }
    }
    if (keys.indexOf('unknown') >= 0) out.push('unknown');
    return out;
  }

  function tally(sel, valuesOf, keyOf, order) {
    var rows = {};
    sel.forEach(function (s) {
      var inIncident = {};
      s.releases.forEach(function (r) {
        var inRelease = {};
        valuesOf(r).forEach(function (v) {
          var key = keyOf ? keyOf(v) : v;
          var name = Array.isArray(v) ? v[1] : v;
          var row = rows[key] || (rows[key] = { releases: 0, incidents: 0, spellings: {} });
          row.spellings[name] = (row.spellings[name] || 0) + 1;
          if (!inRelease[key]) { inRelease[key] = 1; row.releases++; }
          if (!inIncident[key]) { inIncident[key] = 1; row.incidents++; }
        });
      });
    });
    return Object.keys(rows).map(function (k) {
      var row = rows[k];
      var name = Object.keys(row.spellings).sort(function (a, b) { return row.spellings[b] - row.spellings[a] || cmpName(a, b); })[0];
      return { name: name, releases: row.releases, incidents: row.incidents };
    }).sort(function (a, b) { return b.releases - a.releases || b.incidents - a.incidents || (order ? order(a.name, b.name) : cmpName(a.name, b.name)); });
  }

  // ---------- charts ----------
  function niceMax(v) {
    if (v <= 0) return 1;
    var p = Math.pow(10, Math.floor(Math.log10(v)));
    var steps = [1, 2, 2.5, 5, 10];
    for (var i = 0; i < steps.length; i++) if (steps[i] * p >= v) return steps[i] * p;
    return 10 * p;
  }
  function shortNumber(v) {
    if (v >= 1e8) return nf.format(v / 1e8) + '億';
    if (v >= 1e4) return nf.format(v / 1e4) + '万';
    return nf.format(v);
  }

  /**
   * A bar chart over periods: series stacked (counts by type) or side by side (confirmed vs possible).
   * Returns a <figure> holding the SVG (title, desc, one <title> per bar) and its table view.
   */
  function barChart(opts) {
    var id = 'chart-' + (++uid);
    var periods = opts.periods, series = opts.series.filter(function (s) { return s.values.some(function (v) { return v > 0; }) || opts.keepEmpty; });
    var W = 960, H = 280, L = 64, R = 12, T = 12, B = 46;
    var n = Math.max(periods.length, 1);
    var totals = periods.map(function (_, i) {
      return opts.stacked ? series.reduce(function (s, x) { return s + x.values[i]; }, 0) : Math.max.apply(null, [0].concat(series.map(function (x) { return x.values[i]; })));
    });
    var max = niceMax(Math.max.apply(null, [0].concat(totals)));
    var slot = (W - L - R) / n;
    var y = function (v) { return T + (H - T - B) * (1 - v / max); };
    var root = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-labelledby': id + '-t ' + id + '-d', class: 'chart', preserveAspectRatio: 'xMinYMin meet' });
    root.appendChild(svg('title', { id: id + '-t' }, opts.title));
    root.appendChild(svg('desc', { id: id + '-d' }, opts.desc));
    for (var t = 0; t <= 4; t++) {
      var v = (max * t) / 4, yy = y(v);
      root.appendChild(svg('line', { x1: L, x2: W - R, y1: yy, y2: yy, class: 'grid' }));
      root.appendChild(svg('text', { x: L - 6, y: yy + 4, 'text-anchor': 'end', class: 'tick' }, shortNumber(v)));
    }
    // as many period labels as fit side by side: a day (2025-01-08) is wider than a month
    var every = Math.ceil(n / (periods.some(function (q) { return q.length > 7; }) ? 10 : 16));
    periods.forEach(function (p, i) {
      var x0 = L + i * slot;
      if (opts.stacked) {
        var base = 0;
        series.forEach(function (s) {
          var v = s.values[i];
          if (!v) return;
          var rect = svg('rect', { x: x0 + slot * 0.1, width: Math.max(slot * 0.8, 0.5), y: y(base + v), height: y(base) - y(base + v), fill: s.color, 'data-period': p, 'data-series': s.key });
          rect.appendChild(svg('title', null, p + ' · ' + s.label + ': ' + nf.format(v)));
          root.appendChild(rect);
          base += v;
        });
      } else {
        var w = (slot * 0.8) / series.length;
        series.forEach(function (s, k) {
          var v = s.values[i];
          if (!v) return;
          var rect = svg('rect', { x: x0 + slot * 0.1 + k * w, width: Math.max(w, 0.5), y: y(v), height: y(0) - y(v), fill: s.color, 'data-period': p, 'data-series': s.key });
          rect.appendChild(svg('title', null, p + ' · ' + s.label + ': ' + nf.format(v)));
          root.appendChild(rect);
        });
      }
      if (i % every === 0) root.appendChild(svg('text', { x: x0 + slot / 2, y: H - B + 16, 'text-anchor': 'middle', class: 'tick' }, p));
    });
    root.appendChild(svg('line', { x1: L, x2: W - R, y1: y(0), y2: y(0), class: 'axis' }));
    root.appendChild(svg('text', { x: L, y: H - 6, class: 'axis-label' }, opts.xLabel));

    var legend = el('ul', { class: 'legend' }, series.map(function (s) {
      var swatch = svg('svg', { width: 12, height: 12, 'aria-hidden': 'true' }, svg('rect', { width: 12, height: 12, fill: s.color }));
      return el('li', null, [swatch, ' ', ja(s.label)]);
    }));
    var table = el('table', { class: 'chart-table', 'data-chart': opts.name }, [
      el('caption', null, opts.title),
      el('thead', null, el('tr', null, [el('th', { scope: 'col' }, opts.xLabel)].concat(series.map(function (s) { return el('th', { scope: 'col', 'data-series': s.key }, ja(s.label)); })).concat(opts.stacked ? [el('th', { scope: 'col' }, 'Total')] : []))),
      el('tbody', null, periods.map(function (p, i) {
        return el('tr', { 'data-key': p }, [el('th', { scope: 'row' }, p)].concat(series.map(function (s) { return el('td', { 'data-series': s.key }, nf.format(s.values[i])); })).concat(opts.stacked ? [el('td', { 'data-total': '' }, nf.format(totals[i]))] : []));
      })),
    ]);
    return el('figure', { class: 'chart-box', 'data-chart': opts.name }, [
      el('figcaption', null, opts.title),
      root,
      legend,
      el('details', { class: 'table-view' }, [el('summary', null, 'Table view · 表'), table]),
    ]);
  }

  /** Horizontal bars for a ranking (types, data kinds, products): releases and incidents per row. */
  function rankChart(opts) {
    var id = 'chart-' + (++uid);
    var rows = opts.rows;
    var W = 960, row = 22, L = 340, H = Math.max(rows.length, 1) * row + 24;
    var max = niceMax(Math.max.apply(null, [0].concat(rows.map(function (r) { return r.releases; }))));
    var root = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-labelledby': id + '-t ' + id + '-d', class: 'chart rank' });
    root.appendChild(svg('title', { id: id + '-t' }, opts.title));
    root.appendChild(svg('desc', { id: id + '-d' }, opts.desc));
    rows.forEach(function (r, i) {
      var yy = 4 + i * row;
      var label = svg('text', { x: L - 8, y: yy + 15, 'text-anchor': 'end', class: 'label' }, opts.label(r.name));
      label.setAttribute('lang', 'ja');
      root.appendChild(label);
      var wr = ((W - L - 120) * r.releases) / max, wi = ((W - L - 120) * r.incidents) / max;
      var bar = svg('rect', { x: L, y: yy + 2, width: Math.max(wr, 0.5), height: 16, class: 'bar-releases', 'data-name': r.name });
      bar.appendChild(svg('title', null, opts.label(r.name) + ': ' + nf.format(r.releases) + ' releases, ' + nf.format(r.incidents) + ' incidents'));
      root.appendChild(bar);
      root.appendChild(svg('rect', { x: L, y: yy + 14, width: Math.max(wi, 0.5), height: 4, class: 'bar-incidents' }));
      root.appendChild(svg('text', { x: L + wr + 6, y: yy + 15, class: 'tick' }, nf.format(r.releases) + ' / ' + nf.format(r.incidents)));
    });
    var table = el('table', { class: 'chart-table', 'data-chart': opts.name }, [
      el('caption', null, opts.title),
      el('thead', null, el('tr', null, [el('th', { scope: 'col' }, opts.nameLabel), el('th', { scope: 'col' }, 'Releases'), el('th', { scope: 'col' }, 'Incidents')])),
      el('tbody', null, rows.map(function (r) {
        return el('tr', { 'data-key': r.name }, [el('th', { scope: 'row' }, ja(opts.label(r.name))), el('td', { 'data-col': 'releases' }, nf.format(r.releases)), el('td', { 'data-col': 'incidents' }, nf.format(r.incidents))]);
      })),
    ]);
    return el('figure', { class: 'chart-box', 'data-chart': opts.name }, [
      el('figcaption', null, opts.title),
      root,
      el('p', { class: 'note' }, 'Long bar: releases; thin bar: incidents (releases / incidents).'),
      el('details', { class: 'table-view' }, [el('summary', null, 'Table view · 表'), table]),
    ]);
  }

  // ---------- sections ----------
  function render() {
    var sel = selection();
    renderOverview(sel);
    renderActivity(sel);
    renderFigures(sel);
    renderRankings(sel);
    renderLargest(sel);
    renderIncidentList(sel);
  }

  function renderOverview(sel) {
    var box = document.getElementById('overview-body');
    clear(box);
    var releases = sel.reduce(function (n, s) { return n + s.releases.length; }, 0);
    var dates = [];
    sel.forEach(function (s) { s.releases.forEach(function (r) { if (r.date) dates.push(r.date); }); });
    dates.sort();
    var items = [
      ['releases', 'Releases 公表', nf.format(releases)],
      ['incidents', 'Incidents 事案', nf.format(sel.length)],
      ['period', 'Period 期間', dates.length ? dates[0] + ' – ' + dates[dates.length - 1] : '–'],
    ];
    FIGURES.forEach(function (key, k) {
      var total = 0, count = 0;
      sel.forEach(function (s) { if (s.figures[k]) { total += s.figures[k][0]; count++; } });
      items.push([key, FIGURE_LABEL[key], nf.format(total), count + ' incidents']);
    });
    box.appendChild(el('dl', { class: 'totals' }, items.map(function (it) {
      return el('div', { 'data-total': it[0] }, [el('dt', null, it[1]), el('dd', null, [el('span', { class: 'value' }, it[2]), it[3] ? el('span', { class: 'sub' }, ' (' + it[3] + ')') : null])]);
    })));
    box.appendChild(el('p', { class: 'note' }, 'Per incident each figure is the one its latest release states (within the period), never a sum over its releases; confirmed and possible are kept apart.'));
  }

  function typeSeries(counter, periods) {
    return TYPES.map(function (t) {
      return { key: t, label: TYPE_LABEL[t] + ' ' + t, color: TYPE_COLOR[t], values: periods.map(function (p) { return (counter[t] && counter[t][p]) || 0; }) };
    });
  }

  function renderActivity(sel) {
    var box = document.getElementById('activity-body');
    clear(box);
    var rel = {}, inc = {}, keys = {};
    sel.forEach(function (s) {
      var t = s.inc.primary;
      s.releases.forEach(function (r) {
        var p = periodOf(r.date); keys[p] = 1;
        (rel[t] || (rel[t] = {}))[p] = ((rel[t] || {})[p] || 0) + 1;
      });
      var p0 = periodOf(s.first); keys[p0] = 1;
      (inc[t] || (inc[t] = {}))[p0] = ((inc[t] || {})[p0] || 0) + 1;
    });
    var periods = periodsOf(Object.keys(keys));
    var gran = { year: 'year', month: 'month', day: 'day' }[state.gran];
    box.appendChild(barChart({ name: 'releases', stacked: true, periods: periods, series: typeSeries(rel, periods), xLabel: gran,
      title: 'Releases per ' + gran + ', by incident type · 公表件数', desc: 'Stacked bars: how many releases were published each ' + gran + ', coloured by the first incident type of their incident.' }));
    box.appendChild(barChart({ name: 'incidents', stacked: true, periods: periods, series: typeSeries(inc, periods), xLabel: gran,
      title: 'Incidents per ' + gran + ' of their first release, by type · 事案数', desc: 'Stacked bars: how many incidents were first announced each ' + gran + ', coloured by their first incident type.' }));
  }

  function renderFigures(sel) {
    var box = document.getElementById('figures-body');
    clear(box);
    var keys = {}, sums = FIGURES.map(function () { return {}; });
    sel.forEach(function (s) {
      var p = periodOf(s.first); keys[p] = 1;
      s.figures.forEach(function (f, k) { if (f) sums[k][p] = (sums[k][p] || 0) + f[0]; });
    });
    var periods = periodsOf(Object.keys(keys));
    var gran = state.gran;
    [['people', 0, 2, 'People 人数'], ['records', 1, 3, 'Records 件数']].forEach(function (def) {
      box.appendChild(barChart({
        name: def[0], stacked: false, periods: periods, keepEmpty: true, xLabel: gran,
        series: [
          { key: FIGURES[def[1]], label: FIGURE_LABEL[FIGURES[def[1]]], color: '#b2182b', values: periods.map(function (p) { return sums[def[1]][p] || 0; }) },
          { key: FIGURES[def[2]], label: FIGURE_LABEL[FIGURES[def[2]]], color: '#f4a582', values: periods.map(function (p) { return sums[def[2]][p] || 0; }) },
        ],
        title: def[3] + ': confirmed and possible, per ' + gran + ' of the incident\'s first release',
        desc: 'Side-by-side bars: confirmed and possibly leaked ' + def[0] + ' of the incidents first announced each ' + gran + '; per incident its latest stated figure.',
      }));
    });
  }

  function renderRankings(sel) {
    var box = document.getElementById('rankings-body');
    clear(box);
    var order = function (a, b) { return TYPES.indexOf(a) - TYPES.indexOf(b); };
    box.appendChild(rankChart({ name: 'types', rows: tally(sel, function (r) { return r.incidentTypes; }, null, order), nameLabel: 'Type', label: function (n) { return (TYPE_LABEL[n] || n) + ' ' + n; },
      title: 'Incident types · 種別', desc: 'Releases and incidents per incident type, most releases first.' }));
    box.appendChild(rankChart({ name: 'dataTypes', rows: tally(sel, function (r) { return r.dataTypes; }), nameLabel: 'Data kind', label: function (n) { return (DATA_LABEL[n] || '') + ' ' + n; },
      title: 'Data kinds leaked or possibly leaked · 漏えいした情報の種類', desc: 'Releases and incidents per data kind, most frequent first.' }));
    box.appendChild(rankChart({ name: 'products', rows: tally(sel, function (r) { return r.products; }, function (p) { return p[0]; }).slice(0, 20), nameLabel: 'Product', label: function (n) { return n; },
      title: 'Products named (top 20) · 製品', desc: 'Releases and incidents naming each product, most frequent first.' }));
  }

  function figureList(figures) {
    return el('ul', { class: 'figures' }, FIGURES.map(function (key, k) {
      var f = figures[k];
      if (!f) return null;
      return el('li', { 'data-figure': key }, [el('strong', null, FIGURE_LABEL[key] + ': '), fmtFigure(f), el('blockquote', { lang: 'ja' }, f[3])]);
    }));
  }
  function releaseList(releases) {
    return el('ol', { class: 'releases' }, releases.map(function (r) {
      return el('li', null, [r.date || 'undated', ' · ', ROLE_LABEL[r.role] || r.role, ' · ', ja(r.title || r.path), r.url ? [' · ', safeLink(r.url)] : null]);
    }));
  }
  function headerOf(s) {
    return [el('span', { class: 'org', lang: 'ja' }, s.inc.organization || '(unknown organization)'), ' ', el('span', { class: 'muted' }, (s.first || 'undated') + ' · ' + s.releases.length + ' release' + (s.releases.length === 1 ? '' : 's') + ' · ' + s.inc.incidentTypes.map(function (t) { return TYPE_LABEL[t]; }).join('・'))];
  }

  function renderLargest(sel) {
    var box = document.getElementById('largest-body');
    clear(box);
    var weight = function (s) { return Math.max.apply(null, s.figures.map(function (f) { return f ? f[0] : 0; })); };
    var ranked = sel.filter(function (s) { return weight(s) > 0; }).sort(function (a, b) { return weight(b) - weight(a); }).slice(0, state.largest);
    if (!ranked.length) box.appendChild(el('p', null, 'No incident in the selection states a figure.'));
    box.appendChild(el('ol', { class: 'largest' }, ranked.map(function (s) {
      return el('li', { 'data-incident': s.inc.id, 'data-weight': String(weight(s)) }, [el('h3', null, headerOf(s)), figureList(s.figures), releaseList(s.releases), s.releases.length > 1 || s.inc.timeline.length ? timeline(s.inc) : null]);
    })));
  }

  // ---------- timeline of one incident ----------
  function dayOf(date) {
    var d = date.length === 7 ? date + '-15' : date.slice(0, 10);
    var t = Date.parse(d + 'T00:00:00Z');
    return isNaN(t) ? null : t / 864e5;
  }
  function timeline(inc) {
    var id = 'chart-' + (++uid);
    var items = [];
    inc.releases.forEach(function (r, k) {
      var change = inc.changes.filter(function (c) { return c.release === k; })[0];
      if (r.date && dayOf(r.date) !== null) items.push({ day: dayOf(r.date), date: r.date, lane: 0, label: (ROLE_LABEL[r.role] || r.role), text: r.title || r.path, change: change });
    });
    inc.timeline.forEach(function (t) { if (dayOf(t.date) !== null) items.push({ day: dayOf(t.date), date: t.date, lane: 1, label: EVENT_LABEL[t.event] || t.event, text: t.text }); });
    items.sort(function (a, b) { return a.day - b.day || a.lane - b.lane; });
    var W = 960, H = 170, L = 90, R = 60;
    var root = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-labelledby': id + '-t ' + id + '-d', class: 'chart timeline' });
    root.appendChild(svg('title', { id: id + '-t' }, 'Timeline of ' + (inc.organization || inc.id)));
    root.appendChild(svg('desc', { id: id + '-d' }, 'Releases (upper lane, circles; a red ring marks changed figures) and dated events from the releases (lower lane, diamonds) on one time axis.'));
    root.appendChild(svg('text', { x: W - R, y: 14, 'text-anchor': 'end', class: 'tick' }, '● release  ◆ event  ◯ red ring / ▲: figures changed'));
    if (items.length) {
      var lo = items[0].day, hi = items[items.length - 1].day;
      if (hi - lo < 1) { lo -= 1; hi += 1; }
      var x = function (d) { return L + ((W - L - R) * (d - lo)) / (hi - lo); };
      var laneY = [50, 115];
      root.appendChild(svg('line', { x1: L, x2: W - R, y1: 150, y2: 150, class: 'axis' }));
      root.appendChild(svg('text', { x: L - 8, y: laneY[0] + 4, 'text-anchor': 'end', class: 'label' }, 'Releases'));
      root.appendChild(svg('text', { x: L - 8, y: laneY[1] + 4, 'text-anchor': 'end', class: 'label' }, 'Events'));
      root.appendChild(svg('text', { x: L, y: 166, class: 'tick' }, new Date(lo * 864e5).toISOString().slice(0, 10)));
      root.appendChild(svg('text', { x: W - R, y: 166, 'text-anchor': 'end', class: 'tick' }, new Date(hi * 864e5).toISOString().slice(0, 10)));
      var lastLabelX = [-1e9, -1e9];
      items.forEach(function (it) {
        var cx = x(it.day), cy = laneY[it.lane];
        var mark = it.lane === 0
          ? svg('circle', { cx: cx, cy: cy, r: 7, class: it.change ? 'mark-release changed' : 'mark-release' })
          : svg('rect', { x: cx - 5, y: cy - 5, width: 10, height: 10, transform: 'rotate(45 ' + cx + ' ' + cy + ')', class: 'mark-event' });
        mark.appendChild(svg('title', null, it.date + ' ' + it.label + ': ' + it.text + (it.change ? ' — ' + changeText(it.change) : '')));
        root.appendChild(mark);
        if (cx - lastLabelX[it.lane] > 70) {
          root.appendChild(svg('text', { x: cx, y: cy + (it.lane === 0 ? -14 : 22), 'text-anchor': 'middle', class: 'tick' }, it.label + (it.change ? ' ▲' : '')));
          lastLabelX[it.lane] = cx;
        }
      });
    }
    var table = el('table', { class: 'chart-table' }, [
      el('caption', null, 'Timeline · 経緯'),
      el('thead', null, el('tr', null, [el('th', { scope: 'col' }, 'Date'), el('th', { scope: 'col' }, 'What'), el('th', { scope: 'col' }, 'Text'), el('th', { scope: 'col' }, 'Figures changed')])),
      el('tbody', null, items.map(function (it) {
        return el('tr', null, [el('td', null, it.date), el('td', null, (it.lane === 0 ? 'release: ' : 'event: ') + it.label), el('td', null, ja(it.text)), el('td', null, it.change ? changeText(it.change) : '')]);
      })),
    ]);
    return el('figure', { class: 'chart-box' }, [root, el('details', { class: 'table-view' }, [el('summary', null, 'Table view · 表'), table])]);
  }
  function changeText(change) {
    return change.figures.map(function (f) {
      return FIGURE_LABEL[{ confirmedPeople: 'leakedPeople', confirmedRecords: 'leakedRecords', possiblePeople: 'possiblePeople', possibleRecords: 'possibleRecords' }[f.figure]] + ' ' + (f.from === null ? '–' : nf.format(f.from)) + ' → ' + (f.to === null ? '–' : nf.format(f.to)) + ' ' + f.unit + ' (' + f.change + ')';
    }).join('; ');
  }

  function renderIncidentList(sel) {
    var box = document.getElementById('incidents-body');
    clear(box);
    var list = sel.slice().sort(function (a, b) { return cmpName(b.first || '', a.first || '') || cmpName(a.inc.id, b.inc.id); });
    box.appendChild(el('p', { class: 'note' }, nf.format(list.length) + (list.length === 1 ? ' incident' : ' incidents') + ', latest first. Open one for its releases and timeline.'));
    list.slice(0, state.shown).forEach(function (s) {
      var details = el('details', { class: 'incident', 'data-incident': s.inc.id }, el('summary', null, headerOf(s)));
      details.addEventListener('toggle', function () {
        if (!details.open || details.querySelector('.body')) return;
        details.appendChild(el('div', { class: 'body' }, [figureList(s.figures), releaseList(s.releases), timeline(s.inc)]));
      });
      box.appendChild(details);
    });
    if (list.length > state.shown) {
      var more = el('button', { type: 'button', class: 'more' }, 'Show ' + Math.min(50, list.length - state.shown) + ' more');
      more.addEventListener('click', function () { state.shown += 50; renderIncidentList(selection()); });
      box.appendChild(more);
    }
  }

  // ---------- controls ----------
  function fillSelect(select, values, label) {
    values.forEach(function (v) { select.appendChild(el('option', { value: v }, label ? label(v) : v)); });
  }
  var from = document.getElementById('f-from'), to = document.getElementById('f-to');
  fillSelect(from, monthList);
  fillSelect(to, monthList);
  var kinds = {};
  data.incidents.forEach(function (i) { if (i.kind) kinds[i.kind] = 1; });
  fillSelect(document.getElementById('f-type'), TYPES, function (t) { return TYPE_LABEL[t] + ' ' + t; });
  fillSelect(document.getElementById('f-kind'), Object.keys(kinds).sort(), function (k) { return KIND_LABEL[k] || k; });
  var timer = null;
  function onChange() {
    state.from = from.value; state.to = to.value;
    state.type = document.getElementById('f-type').value;
    state.kind = document.getElementById('f-kind').value;
    state.q = document.getElementById('f-q').value;
    var g = document.querySelector('input[name="gran"]:checked');
    state.gran = g ? g.value : 'month';
    state.largest = +document.getElementById('f-largest').value || 10;
    state.shown = 50;
    render();
  }
  ['f-from', 'f-to', 'f-type', 'f-kind', 'f-largest'].forEach(function (id) { document.getElementById(id).addEventListener('change', onChange); });
  Array.prototype.forEach.call(document.querySelectorAll('input[name="gran"]'), function (r) { r.addEventListener('change', onChange); });
  document.getElementById('f-q').addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(onChange, 200); });
  document.getElementById('f-reset').addEventListener('click', function () { document.getElementById('filters').reset(); onChange(); });
  document.getElementById('filters').addEventListener('submit', function (e) { e.preventDefault(); onChange(); });
  document.documentElement.classList.add('js');
  render();
  document.body.setAttribute('data-ready', 'true');
})();
