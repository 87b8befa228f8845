namespace JitLint.Core.Reporting.Html;

/// <summary>
/// The report's only stylesheet, inline so that the file works offline and from a file share. Colours meet
/// WCAG AA contrast on white, status is always written out as well as coloured, and focus is always visible.
/// </summary>
internal static class HtmlStyles
{
    public const string Css = """
        :root { color-scheme: light; --error: #a4001d; --warning: #7a4a00; --note: #00508a; --pass: #1b6531; --na: #4a4a4a; --line: #c8c8c8; --area: #3b3b8c; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #fff; }
        main, header, footer { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
        h1 { font-size: 1.8rem; margin: 1.5rem 0 .25rem; }
        h2 { font-size: 1.35rem; margin: 2rem 0 .75rem; border-bottom: 2px solid var(--line); }
        h3 { font-size: 1.1rem; margin: 0 0 .25rem; overflow-wrap: anywhere; }
        a { color: #0b4fb3; }
        a:focus-visible, .skip:focus { outline: 3px solid #0b4fb3; outline-offset: 2px; }
        .skip { position: absolute; left: -999rem; }
        .skip:focus { position: static; display: inline-block; margin: .5rem 1rem; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
        caption { text-align: left; font-weight: 600; padding: .25rem 0; }
        th, td { border: 1px solid var(--line); padding: .4rem .6rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        thead th { background: #f0f0f0; }
        td.num, th.num { text-align: right; }
        table.counts { width: auto; min-width: 18rem; }
        .badge { display: inline-block; min-width: 5.5rem; padding: .1rem .5rem; border-radius: .25rem; color: #fff; font-weight: 600; text-align: center; white-space: nowrap; }
        .Pass { background: var(--pass); } .Fail { background: var(--error); } .NotCheckable { background: var(--na); }
        .error { background: var(--error); } .warning { background: var(--warning); } .note { background: var(--note); }
        .object { border: 1px solid var(--line); border-radius: .4rem; padding: .75rem 1rem; margin: 0 0 1rem; }
        .meta { margin: 0 0 .5rem; color: #3a3a3a; overflow-wrap: anywhere; }
        .finding { border-top: 1px solid var(--line); padding: .5rem 0; }
        .finding p { margin: .25rem 0; overflow-wrap: anywhere; }
        pre { margin: .25rem 0; padding: .5rem; background: #f5f5f5; border: 1px solid var(--line); overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
        mark { background: #ffe08a; color: #1a1a1a; }
        svg text { font: 13px system-ui, sans-serif; fill: #1a1a1a; }
        footer { margin: 2rem auto; color: #3a3a3a; font-size: .9rem; }
        @media print {
          body { font-size: 11pt; }
          .skip { display: none; }
          .object, tr, .finding { break-inside: avoid; }
          h2, h3 { break-after: avoid; }
          .badge, mark, thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .8em; overflow-wrap: anywhere; }
        }
        """;
}
