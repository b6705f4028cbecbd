/** The search page and its script: full-text search over the published editions, from static files. */
import {page} from './html.js'
import {SEARCH_FIELDS, STORED_FIELDS} from './search-index.js'

/** `corpus/search.html`: a search form; results appear below it (script) for `?q=` or as one types. */
export function searchPage(siteTitle: string, documents: number): string {
  const main = `<form id="search-form" class="search-form" role="search" action="search.html" method="get">
<label for="q">Search ${documents} document${documents === 1 ? '' : 's'}</label>
<input id="q" name="q" type="search" autocomplete="off" aria-describedby="search-help">
<button type="submit">Search</button>
<label for="order">Order</label>
<select id="order" name="order"><option value="relevance">by relevance</option><option value="date">by date</option></select>
</form>
<p id="search-help" class="summary">Finds words in titles, summaries, names and the full text of the editions. All words must occur; accents and case do not matter; a word’s beginning finds longer words.</p>
<noscript><p><strong>Search needs JavaScript, which is switched off in this browser.</strong> The <a href="../index.html">list of documents</a> and the registers of persons, places and organisations work without it.</p></noscript>
<p id="search-status" class="summary" role="status" aria-live="polite"></p>
<ol id="results" class="results"></ol>`
  return page({page: 'search', siteTitle, heading: 'Search', main, scripts: ['corpus/minisearch.js', 'corpus/search-index.js', 'corpus/search.js'], searchForm: false})
}

/** `corpus/search-index.js`: the serialised index as one assignment of a JSON literal (data, no code from documents). */
export function searchIndexScript(indexJson: string): string {
  return `window.teipipeSearchIndex = ${scriptSafe(indexJson)};\n`
}

/**
 * JSON made safe inside a script file: "<" escaped (inert even if someone inlines it in HTML) and the
 * line separators U+2028/U+2029, which scripts before ES2019 do not accept inside strings.
 */
function scriptSafe(json: string): string {
  return json.replace(/[<\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/**
 * `corpus/text/<id>.js`: one document's reading text as a call with two JSON strings, loaded by the
 * search page only for the hits it shows, to quote the passage where the words occur.
 */
export function documentTextScript(id: string, text: string): string {
  return `teipipeText(${scriptSafe(JSON.stringify(id))}, ${scriptSafe(JSON.stringify(text))});\n`
}

/**
 * `corpus/search.js`: loads the index with the options it was built with, runs the query from `?q=`
 * and as one types, and writes results with textContent only (document text is never parsed as HTML).
 */
export function searchScript(): string {
  // String.raw: the script's backslashes are written as the browser must read them.
  return String.raw`(function () {
  'use strict';
  var FIELDS = ${JSON.stringify(SEARCH_FIELDS)};
  var STORED = ${JSON.stringify(STORED_FIELDS)};
  function fold(term) { return term.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }
  var form = document.getElementById('search-form');
  var input = document.getElementById('q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('results');
  var order = document.getElementById('order');
  var LIMIT = 100;
  if (!window.MiniSearch || !window.teipipeSearchIndex) { status.textContent = 'The search index could not be loaded.'; return; }
  var index = window.MiniSearch.loadJS(window.teipipeSearchIndex, {fields: FIELDS, storeFields: STORED, processTerm: fold});
  var options = {
    combineWith: 'AND',
    prefix: function (term) { return term.length > 2; },
    fuzzy: function (term) { return term.length > 5 ? 0.15 : false; },
    boost: {title: 3, catalogueTitle: 2, names: 2}
  };
  function element(name, className, text) {
    var e = document.createElement(name);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }
  function show(query) {
    list.textContent = '';
    query = query.trim();
    if (!query) { status.textContent = ''; return; }
    var results = index.search(query, options);
    if (order.value === 'date') {
      results.sort(function (a, b) { return a.sortDate < b.sortDate ? -1 : a.sortDate > b.sortDate ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0; });
    }
    status.textContent = results.length === 0 ? 'No document contains ' + (query.indexOf(' ') >= 0 ? 'all of “' : '“') + query + '”.'
      : results.length + ' document' + (results.length === 1 ? '' : 's') + ' found for “' + query + '”' + (results.length > LIMIT ? '; the first ' + LIMIT + ' are shown.' : '.');
    results.slice(0, LIMIT).forEach(function (r) {
      var li = element('li');
      var link = element('a', 'title', r.title);
      link.href = '../' + encodeURIComponent(r.id) + '.html';
      li.appendChild(link);
      var meta = [r.dateText, r.type].filter(Boolean).join(' · ');
      if (meta) li.appendChild(element('span', 'meta', meta));
      if (r.catalogueTitle) li.appendChild(element('span', 'meta', r.catalogueTitle));
      if (r.excerpt) li.appendChild(element('span', 'excerpt', r.excerpt));
      if (r.words) {
        var context = element('span', 'context');
        li.appendChild(context);
        quote(r.id, Object.keys(r.match), context);
      }
      var found = element('span', 'meta', 'Matches: ');
      Object.keys(r.match).sort().forEach(function (term, i) {
        if (i > 0) found.appendChild(document.createTextNode(', '));
        found.appendChild(element('mark', '', term));
      });
      li.appendChild(found);
      list.appendChild(li);
    });
  }
  // Passages: each hit's text is loaded on demand from text/<id>.js (a script file, so this works from
  // file: as well as from a server), then the first place where a matched word begins is quoted.
  var texts = {};
  var waiting = {};
  window.teipipeText = function (id, text) {
    texts[id] = text;
    (waiting[id] || []).forEach(function (f) { f(text); });
    delete waiting[id];
  };
  function withText(id, f) {
    if (Object.prototype.hasOwnProperty.call(texts, id)) { f(texts[id]); return; }
    if (waiting[id]) { waiting[id].push(f); return; }
    waiting[id] = [f];
    var script = document.createElement('script');
    script.src = 'text/' + encodeURIComponent(id) + '.js';
    document.body.appendChild(script);
  }
  function escapeRegExp(s) { return s.replace(/[.*+?^$(){}|[\]\\]/g, '\\$&'); }
  function quote(id, terms, target) {
    withText(id, function (text) {
      if (!target.isConnected) return;
      var folded = '';
      var map = [];
      for (var i = 0; i < text.length; i++) {
        var f = fold(text[i]);
        for (var j = 0; j < f.length; j++) { folded += f[j]; map.push(i); }
      }
      map.push(text.length);
      var pattern = new RegExp('(^|[^\\p{L}\\p{N}])(' + terms.map(escapeRegExp).join('|') + ')', 'gu');
      var first = pattern.exec(folded);
      if (!first) return;
      var at = map[first.index + first[1].length];
      var start = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 90)) + 1);
      if (at - start > 120) start = at - 90;
      var end = text.indexOf(' ', Math.min(text.length, at + 150));
      if (end < 0) end = text.length;
      var passage = text.slice(start, end);
      var foldedPassage = folded.slice(map.indexOf(start), map.indexOf(end) >= 0 ? map.indexOf(end) : folded.length);
      // Mark every matched word in the passage (positions found in the folded text, shown in the original).
      var local = new RegExp(pattern.source, 'gu');
      var offset = map.indexOf(start);
      var pos = 0;
      var m;
      target.appendChild(document.createTextNode(start > 0 ? '… ' : ''));
      while ((m = local.exec(foldedPassage)) !== null) {
        var from = map[offset + m.index + m[1].length] - start;
        var to = map[offset + m.index + m[0].length] - start;
        if (from < pos) continue;
        target.appendChild(document.createTextNode(passage.slice(pos, from)));
        target.appendChild(element('mark', '', passage.slice(from, to)));
        pos = to;
      }
      target.appendChild(document.createTextNode(passage.slice(pos) + (end < text.length ? ' …' : '')));
    });
  }
  var timer;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { show(input.value); }, 150);
  });
  order.addEventListener('change', function () { show(input.value); });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var url = new URL(window.location.href);
    url.searchParams.set('q', input.value);
    url.searchParams.set('order', order.value);
    window.history.replaceState(null, '', url.href);
    show(input.value);
  });
  var params = new URLSearchParams(window.location.search);
  if (params.get('order') === 'date') order.value = 'date';
  var initial = params.get('q');
  if (initial) { input.value = initial; show(initial); }
})();
`
}
