namespace Pavillon.Reporting.Html;

/// <summary>The style sheet and the sorting script inlined into every HTML report (no external request).</summary>
internal static class HtmlAssets
{
    /// <summary>
    /// Nothing may be fetched: no network, no file beside the report. Inline styles and the inline script are
    /// the only sources allowed, so the report reads the same offline, archived or mailed.
    /// </summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    // Colours reach at least 4.5:1 against their background (WCAG 2.1 AA) for text; charts add labels and tables.
    public const string Css = """
        :root { color-scheme: light; --ink: #1b1b1f; --muted: #4a4a55; --line: #c9c9d3; --paper: #ffffff; --soft: #f3f4f7; --accent: #0b4f8a; }
        * { box-sizing: border-box; }
        html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink); background: var(--paper); line-height: 1.5; }
        body { margin: 0 auto; max-width: 72rem; padding: 0 1.25rem 3rem; }
        a { color: var(--accent); }
        a:focus-visible, button:focus-visible, summary:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; top: 0; background: var(--ink); color: #fff; padding: .5rem 1rem; }
        .skip:focus { left: 1rem; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        header { border-bottom: 4px solid var(--accent); padding: 1.5rem 0 1rem; }
        h1 { margin: 0 0 .25rem; font-size: 1.9rem; }
        h2 { margin-top: 2.5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
        h3 { margin: 0; font-size: 1.15rem; }
        .meta { color: var(--muted); margin: .25rem 0; }
        nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; list-style: none; padding: 0; margin: .75rem 0 0; }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 1rem; margin: 1rem 0; }
        .card { background: var(--soft); border-radius: .5rem; padding: 1rem; }
        .card strong { display: block; font-size: 2rem; line-height: 1.1; }
        figure { margin: 1.5rem 0; }
        figcaption { font-weight: 600; margin-bottom: .25rem; }
        figure p { color: var(--muted); margin: 0 0 .5rem; }
        svg.chart { width: 100%; height: auto; max-width: 56rem; display: block; }
        svg.chart text { font-family: inherit; font-size: 13px; fill: var(--ink); }
        svg.chart text.inbar { fill: #ffffff; font-weight: 600; }
        svg.chart text.inbar.dark { fill: #1b1b1f; }
        .legend { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; padding: 0; margin: .5rem 0; }
        .legend li { display: inline-flex; align-items: center; gap: .35rem; }
        .swatch { display: inline-block; width: .9rem; height: .9rem; border-radius: .15rem; border: 1px solid rgba(0,0,0,.35); }
        svg.flag { width: 1.35em; height: 1em; vertical-align: -0.12em; border: 1px solid rgba(0,0,0,.25); border-radius: 2px; }
        .code { font-size: .8em; color: var(--muted); margin-left: .15em; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
        th, td { border-bottom: 1px solid var(--line); padding: .4rem .5rem; text-align: left; vertical-align: top; }
        th { background: var(--soft); }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        th button { all: unset; cursor: pointer; font-weight: 700; }
        th button::after { content: " \2195"; color: var(--muted); }
        th[aria-sort="ascending"] button::after { content: " \2191"; }
        th[aria-sort="descending"] button::after { content: " \2193"; }
        .score { display: inline-block; min-width: 3.2em; text-align: center; font-weight: 700; border-radius: 1em; padding: 0 .5em; }
        .score-high { background: #d7f0dd; color: #0f4d24; }
        .score-mid { background: #fff1c7; color: #5c4300; }
        .score-low { background: #fde0dd; color: #7d1d12; }
        .badge { display: inline-block; border-radius: .3em; padding: 0 .45em; font-size: .85em; font-weight: 600; white-space: nowrap; }
        .r-self-hosted { background: #d7f0dd; color: #0f4d24; }
        .r-home { background: #dbeafe; color: #0b3a6e; }
        .r-eu { background: #dcf3ee; color: #0d4a3f; }
        .r-adequate { background: #ece6ff; color: #3b2a78; }
        .r-located-abroad { background: #fff1c7; color: #5c4300; }
        .r-unknown { background: #e8e8ee; color: #33333d; }
        .r-foreign { background: #fde0dd; color: #7d1d12; }
        article.org { border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; margin: 1rem 0; break-inside: avoid; }
        article.org header { border: 0; padding: 0 0 .5rem; display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: baseline; justify-content: space-between; }
        details.dep { border-top: 1px solid var(--line); padding: .35rem 0; }
        details.dep summary { cursor: pointer; }
        details.dep p { margin: .35rem 0 .35rem 1.25rem; }
        details.dep ul { margin: .25rem 0 .25rem 1.25rem; padding-left: 1rem; }
        code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .88em; background: var(--soft); padding: 0 .2em; border-radius: .2em; overflow-wrap: anywhere; }
        ol.changes li { margin: .25rem 0; }
        footer { margin-top: 3rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .9rem; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          nav, .skip, th button::after { display: none; }
          a { color: inherit; text-decoration: none; }
          h2 { break-after: avoid; }
          figure, table, article.org { break-inside: avoid; }
          .card, th, code { background: none; border: 1px solid #999; }
          details.dep > summary { list-style: none; }
        }
        """;

    // Sorting is an enhancement: without script the table keeps the input order and stays readable.
    // Before printing, every folded block is opened so the paper copy carries the evidence.
    public const string Script = """
        (function () {
          document.querySelectorAll('table.sortable').forEach(function (table) {
            var headers = table.querySelectorAll('thead th');
            headers.forEach(function (th, column) {
              var button = th.querySelector('button');
              if (!button) { return; }
              button.addEventListener('click', function () {
                var ascending = th.getAttribute('aria-sort') !== 'ascending';
                headers.forEach(function (other) { other.removeAttribute('aria-sort'); });
                th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
                var body = table.tBodies[0];
                var rows = Array.prototype.slice.call(body.rows);
                var numeric = th.classList.contains('num');
                rows.sort(function (a, b) {
                  var x = a.cells[column].getAttribute('data-sort') || a.cells[column].textContent.trim();
                  var y = b.cells[column].getAttribute('data-sort') || b.cells[column].textContent.trim();
                  var order = numeric ? (parseFloat(x) || -1) - (parseFloat(y) || -1) : x.localeCompare(y, document.documentElement.lang);
                  return ascending ? order : -order;
                });
                rows.forEach(function (row) { body.appendChild(row); });
              });
            });
          });
          window.addEventListener('beforeprint', function () {
            document.querySelectorAll('details').forEach(function (d) { d.setAttribute('open', ''); });
          });
        })();
        """;
}
