/** The change report's style sheet: screen and print (segments kept whole, no colour needed). */
export const REPORT_STYLE = `:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #1a1a1a; font: 0.9375rem/1.5 system-ui, "Segoe UI", "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 1.6rem; margin: 0; } h2 { font-size: 1.3rem; margin: 2.5rem 0 1rem; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 0.5rem; } h4 { font-size: 0.95rem; margin: 0.75rem 0 0.25rem; }
.subtitle, .note, .legend, .meta { color: #444; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: 0.75rem; margin: 0; }
.figures div { border: 1px solid #ccc; border-radius: 6px; padding: 0.5rem 0.75rem; }
.figures dt { font-size: 0.8rem; color: #444; } .figures dd { margin: 0; font-size: 1.3rem; font-weight: 600; }
figure { margin: 1rem 0; } figcaption { font-size: 0.85rem; color: #444; }
.chart { width: 100%; max-width: 34rem; height: auto; font-size: 11px; }
.chart .bar { fill: #2b5f8a; } .chart .axis { stroke: #333; }
table { border-collapse: collapse; margin: 0.5rem 0; } th, td { border: 1px solid #ccc; padding: 0.25rem 0.6rem; text-align: start; vertical-align: top; }
td.num { text-align: end; font-variant-numeric: tabular-nums; }
.segment { border-top: 1px solid #ddd; padding: 0.5rem 0 1rem; }
.texts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0.5rem 0; }
.texts dt { font-weight: 600; } .texts dd { margin: 0; }
dd, td, li { unicode-bidi: isolate; overflow-wrap: anywhere; }
del { text-decoration: line-through; text-decoration-thickness: 2px; background: #fde2e2; color: #7a1010; }
ins { text-decoration: underline; text-decoration-thickness: 2px; background: #ddf4dd; color: #0d5a0d; }
.comments { margin: 0; padding-inline-start: 1.25rem; } .who { font-weight: 600; } time { color: #555; }
.ctl { font: 0.75em ui-monospace, monospace; color: #8a1c1c; unicode-bidi: isolate; }
.figures dd.pass { color: #0d5a0d; } .figures dd.fail { color: #7a1010; }
tr.total td { font-weight: 600; } mark { background: #fff3b0; color: inherit; }
@media print {
  @page { margin: 1.5cm; }
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  .segment, figure, tr { break-inside: avoid; page-break-inside: avoid; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  del, ins, mark { background: none; color: inherit; }
  mark { text-decoration: underline dotted; }
  .chart .bar { fill: #555; }
}`;
