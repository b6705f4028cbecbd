/**
 * The site's own stylesheet and script, written into `corpus/`. The script is teipipe's code (sorting
 * and filtering, later search); it never runs anything taken from a document, and every page works
 * without it.
 */

/** `corpus/site.css`: the look of index, search and register pages (WCAG AA contrast, visible focus). */
export const SITE_CSS = `:root { --ink: #1d1d1f; --muted: #5a554c; --paper: #fffdf8; --rule: #d8d1c2; --accent: #7a2e12; --band: #f4efe4; --failed: #8a1c1c; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 1rem/1.55 Georgia, "Times New Roman", serif; color: var(--ink); background: var(--paper); }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
.skip { position: absolute; left: -999rem; }
.skip:focus { left: 1rem; top: .5rem; background: #fff; padding: .3rem .6rem; z-index: 1; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.site-header { background: var(--band); border-bottom: 1px solid var(--rule); padding: .8rem 1.5rem; display: flex; flex-wrap: wrap; align-items: baseline; gap: .4rem 2rem; }
.site-title { margin: 0; font-size: 1.15rem; font-weight: bold; }
.site-title a { color: var(--ink); text-decoration: none; }
.site-header ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .2rem 1.2rem; }
.site-header a[aria-current="page"] { color: var(--ink); font-weight: bold; text-decoration: none; border-bottom: 2px solid var(--accent); }
main { max-width: 68rem; margin: 0 auto; padding: 1rem 1.5rem 2rem; }
h1 { font-size: 1.8rem; margin: .6rem 0 .4rem; font-weight: normal; }
h2 { font-size: 1.3rem; margin: 1.6rem 0 .4rem; border-bottom: 1px solid var(--rule); font-weight: normal; }
.summary { color: var(--muted); margin-top: 0; }
.filter { display: flex; flex-wrap: wrap; align-items: center; gap: .4rem .8rem; margin: 1rem 0; }
.filter label { font-weight: bold; }
.filter select { font: inherit; padding: .3rem .4rem; border: 1px solid #8a8272; border-radius: 3px; background: #fff; }
input[type="search"] { font: inherit; padding: .35rem .5rem; border: 1px solid #8a8272; border-radius: 3px; min-width: 18rem; background: #fff; }
.filter-count { margin: 0; color: var(--muted); }
table { border-collapse: collapse; width: 100%; }
.table-scroll { overflow-x: auto; }
.documents .id { overflow-wrap: anywhere; }
th, td { text-align: left; vertical-align: top; padding: .5rem .6rem; border-bottom: 1px solid var(--rule); }
thead th { font-variant: small-caps; font-weight: normal; color: var(--muted); border-bottom: 2px solid var(--rule); white-space: nowrap; }
th button { font: inherit; font-variant: small-caps; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
th[aria-sort="ascending"] button::after { content: " \\25B2"; font-size: .7em; }
th[aria-sort="descending"] button::after { content: " \\25BC"; font-size: .7em; }
td:first-child { white-space: nowrap; }
tbody tr:hover { background: #faf5ea; }
.documents .catalogue { display: block; color: var(--muted); font-size: .9em; margin-top: .15rem; }
.documents .id { display: block; color: var(--muted); font-size: .8em; }
.documents td:last-child { width: 9rem; }
tr.failed td { background: #fbeeee; }
tr.failed strong { color: var(--failed); }
tr.failed .reason { display: block; margin-top: .15rem; }
.none { color: var(--muted); font-style: italic; }
.letters ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem .7rem; }
.letters a { display: inline-block; min-width: 1.6rem; text-align: center; }
ul.register { list-style: none; padding: 0; margin: 0; }
ul.register > li { display: grid; grid-template-columns: minmax(10rem, 17rem) 1fr; gap: .1rem 1.5rem; padding: .5rem 0; border-bottom: 1px dotted var(--rule); }
ul.register .entry { margin: 0; }
ul.register .entry > * { display: block; }
ul.register .name { font-weight: bold; }
ul.register .variants, ul.register .count, ul.register .authority, ul.register .cert, .date { color: var(--muted); font-size: .9em; }
ul.register .cert { font-style: italic; }
ul.register ul.documents { margin: 0; padding: 0; list-style: none; }
ul.register ul.documents li { padding-left: 1em; text-indent: -1em; margin-bottom: .15rem; }
@media (max-width: 40rem) { ul.register > li { grid-template-columns: 1fr; } ul.register ul.documents { padding-left: 1rem; } }
.results { list-style: none; padding: 0; }
.results li { padding: .6rem 0; border-bottom: 1px solid var(--rule); }
.results .meta { color: var(--muted); font-size: .9em; display: block; }
.results .excerpt { display: block; margin-top: .2rem; }
.results .context { display: block; margin-top: .3rem; padding-left: .8rem; border-left: 3px solid var(--rule); font-size: .95em; }
.results mark { background: #fde9a8; color: inherit; }
.search-form { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: 1rem 0; }
.search-form select { font: inherit; padding: .3rem .4rem; border: 1px solid #8a8272; border-radius: 3px; background: #fff; }
.search-form label[for="order"] { margin-left: .8rem; }
.search-form button { font: inherit; padding: .35rem .9rem; border: 1px solid var(--accent); background: var(--accent); color: #fff; border-radius: 3px; cursor: pointer; }
.site-search { display: flex; gap: .3rem; margin-left: auto; }
.site-search input[type="search"] { min-width: 12rem; }
.site-search button { font: inherit; padding: .3rem .7rem; border: 1px solid var(--accent); background: var(--accent); color: #fff; border-radius: 3px; cursor: pointer; }
.site-footer { max-width: 68rem; margin: 0 auto; padding: 1rem 1.5rem 2rem; color: var(--muted); font-size: .9em; border-top: 1px solid var(--rule); }
@media (max-width: 40rem) {
  main, .site-header { padding-left: .8rem; padding-right: .8rem; }
  th, td { padding: .4rem .3rem; }
  td:first-child { white-space: normal; }
  .documents td:last-child { width: auto; }
  input[type="search"] { min-width: 0; width: 100%; }
  .site-search { margin-left: 0; width: 100%; }
}
@media print { .site-header nav, .filter, .skip { display: none; } }
`

/**
 * \`corpus/table.js\`: progressive enhancement of the index table and the registers. Column headers
 * become sort buttons (aria-sort tells which column and direction); a filter box hides rows or entries
 * that do not contain every word typed (case and diacritics ignored).
 */
export const TABLE_JS = `(function () {
  'use strict';
  function fold(s) { return s.normalize('NFKD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase(); }
  function rowsOf(table) { return Array.prototype.slice.call(table.tBodies[0].rows); }
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, column) {
      var button = document.createElement('button');
      button.type = 'button';
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener('click', function () {
        var descending = th.getAttribute('aria-sort') === 'ascending';
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        var byOrder = th.getAttribute('data-sort') === 'date';
        var rows = rowsOf(table).sort(function (a, b) {
          var order = Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'));
          var result = byOrder ? order : fold(a.cells[column].textContent.trim()).localeCompare(fold(b.cells[column].textContent.trim())) || order;
          return descending ? -result : result;
        });
        rows.forEach(function (row) { table.tBodies[0].appendChild(row); });
      });
    });
  });
  document.querySelectorAll('[data-filter-for]').forEach(function (box) {
    var target = document.getElementById(box.getAttribute('data-filter-for'));
    if (!target) return;
    var input = box.querySelector('input');
    var select = box.querySelector('select');
    var count = box.querySelector('.filter-count');
    var items = target.tBodies ? rowsOf(target) : Array.prototype.slice.call(target.querySelectorAll('ul.register > li'));
    box.hidden = false;
    function apply() {
      var words = fold(input.value).split(/\\s+/).filter(Boolean);
      var type = select ? select.value : '';
      var shown = 0;
      items.forEach(function (item) {
        var text = fold(item.textContent);
        var match = words.every(function (w) { return text.indexOf(w) >= 0; }) && (!type || item.getAttribute('data-type') === type);
        item.hidden = !match;
        if (match) shown++;
      });
      target.querySelectorAll('section').forEach(function (section) {
        section.hidden = !section.querySelector('ul.register > li:not([hidden])');
        // The initial-letter bar offers only the letters still shown.
        var heading = section.querySelector('h2');
        var link = heading && document.querySelector('.letters a[href="#' + heading.id + '"]');
        if (link) link.parentNode.hidden = section.hidden;
      });
      count.textContent = words.length || type ? shown + ' of ' + items.length + ' shown' : '';
    }
    input.addEventListener('input', apply);
    if (select) select.addEventListener('change', apply);
  });
})();
`
