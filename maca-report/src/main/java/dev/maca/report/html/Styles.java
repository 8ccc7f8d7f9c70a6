package dev.maca.report.html;

/** The page's inline style sheet: the PDF's typography for screen, with print rules. */
final class Styles {

    static final int SERIES_COLOURS = 6;

    static final String CSS =
            """
            :root { --accent: #0b4f6c; --text: #1f2933; --muted: #4a5a66; --rule: #c5d1d9;
                    --zebra: #f1f5f7; --tint: #e6f0f4; }
            * { box-sizing: border-box; }
            body { margin: 0 auto; max-width: 46rem; padding: 1rem 1.5rem; color: var(--text);
                   font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 1.05rem;
                   line-height: 1.55; background: #fff; }
            .marking { text-align: center; font-weight: bold; letter-spacing: .04em; font-size: .85rem;
                       margin: 0; padding: .4rem 0; }
            .marking-top { border-bottom: 1px solid var(--rule); margin-bottom: 2rem; }
            .marking-bottom { border-top: 1px solid var(--rule); margin-top: 2rem; }
            .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
                               clip: rect(0 0 0 0); white-space: nowrap; }
            .title-block { margin: 0 0 1.5rem; border-bottom: 4px solid var(--accent); padding-bottom: 1rem; }
            .title-block .partnership { color: var(--accent); font-weight: bold; margin: 0 0 1rem; }
            .title-block .subtitle { font-size: 1.25rem; color: var(--muted); margin: .25rem 0; }
            .title-block .status, .title-block .date, .title-block .author { margin: .2rem 0; }
            h1, h2, h3 { color: var(--accent); line-height: 1.25; }
            h1 { font-size: 2rem; margin: 0 0 .5rem; }
            h2 { font-size: 1.5rem; margin: 2rem 0 .75rem; padding-bottom: .25rem;
                 border-bottom: 1px solid var(--rule); }
            h3 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
            li { margin: .2rem 0; }
            .table-wrap { overflow-x: auto; margin: 1rem 0; }
            table { border-collapse: collapse; width: 100%; font-size: .95rem; }
            caption { text-align: left; font-weight: bold; padding: .25rem 0 .4rem; }
            thead th { background: var(--accent); color: #fff; text-align: left; }
            th, td { padding: .35rem .5rem; vertical-align: top; border-bottom: 1px solid var(--rule); }
            tbody th { text-align: left; }
            tbody tr:nth-child(even) { background: var(--zebra); }
            figure { margin: 1.25rem 0; }
            figcaption { font-weight: bold; font-size: .95rem; margin-top: .4rem; }
            .chart { border: 1px solid var(--rule); padding: .75rem; }
            .bar-group { display: flex; align-items: center; gap: .5rem; margin: .3rem 0; }
            .bar-label { flex: 0 0 11rem; font-size: .9rem; }
            .bars { flex: 1; }
            .bar { height: 1.1rem; margin: 2px 0; color: #fff; font-size: .75rem; padding-left: .3rem;
                   min-width: 1.4rem; }
            .legend, .axis { font-size: .85rem; margin-top: .5rem; }
            .key { display: inline-block; width: .8rem; height: .8rem; margin: 0 .3rem 0 .6rem; }
            .series-0 { background: #0b4f6c; } .series-1 { background: #b35806; }
            .series-2 { background: #5e7d1e; } .series-3 { background: #6a4c93; }
            .series-4 { background: #8c2d3c; } .series-5 { background: #4f5b66; }
            .callout { background: var(--tint); border-left: 5px solid var(--accent);
                       padding: .75rem 1rem; margin: 1.25rem 0; }
            .callout-title { color: var(--accent); margin-top: 0; }
            .contents ol { list-style: none; padding-left: 0; }
            .contents ol ol { padding-left: 1.25rem; }
            a { color: var(--accent); }
            @media print {
              @page { size: A4; margin: 2.2cm 2.2cm 2.5cm; }
              body { max-width: none; padding: 0; font-size: 10.5pt; }
              .marking-top { position: fixed; top: -1.4cm; left: 0; right: 0; border: 0; }
              .marking-bottom { position: fixed; bottom: -1.6cm; left: 0; right: 0; border: 0; }
              .page-break { break-before: page; }
              h2, h3 { break-after: avoid; }
              figure, .keep-together, tr { break-inside: avoid; }
              thead { display: table-header-group; }
              .bar, .key, thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;

    private Styles() {}
}
