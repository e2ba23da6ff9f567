package hnsim.report.html;

/** The report's style sheet, inline so the page needs no other file; plain enough to print. */
final class Style {
    static final String CSS = """
            body { margin: 0; background: #f6f6f4; color: #222; font: 16px/1.5 system-ui, -apple-system, \
            "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif; }
            main { max-width: 1180px; margin: 0 auto; padding: 24px 32px 48px; background: #fff; }
            h1 { font-size: 1.9em; margin: 0.2em 0 0.3em; }
            h2 { font-size: 1.45em; margin-top: 1.8em; border-bottom: 2px solid #b2182b; padding-bottom: 0.15em; }
            h3 { font-size: 1.15em; margin: 1.4em 0 0.4em; }
            h4 { font-size: 1em; margin: 1.2em 0 0.3em; }
            p.description { font-size: 1.05em; max-width: 60em; }
            p.run, figcaption { color: #555; }
            p.headline { background: #fbeeee; border-left: 4px solid #b2182b; padding: 0.6em 0.9em; max-width: 60em; }
            nav a { margin-right: 1.2em; }
            table { border-collapse: collapse; margin: 0.4em 0 1em; }
            th, td { padding: 0.3em 0.8em; border-bottom: 1px solid #ddd; vertical-align: top; }
            thead th { border-bottom: 2px solid #999; background: #f2f2f2; }
            table.figures td { text-align: right; font-variant-numeric: tabular-nums; }
            table.figures thead th { text-align: right; }
            table.figures thead th:first-child, table.figures tbody th { text-align: left; }
            table.assumptions { width: 100%; }
            table.assumptions th { text-align: left; font-weight: normal; color: #333; width: 28%; }
            table.assumptions thead th { font-weight: bold; }
            table.assumptions tr.subject th { font-weight: bold; background: #f7f7f7; }
            table.assumptions th.aspect { padding-left: 1.8em; }
            .swatch { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.5em; \
            vertical-align: -0.05em; border-radius: 2px; }
            figure { margin: 1.5em 0 2.5em; }
            figure svg { display: block; width: 100%; height: auto; border: 1px solid #e4e4e4; }
            code { font-size: 0.95em; }
            @media print { body { background: #fff; } main { padding: 0; } figure { break-inside: avoid; } }
            """;

    private Style() {
    }
}
