"""The checks, one way down: a context that collects issues, cell parsers, name resolution, then one
module per sheet level (the province form, district and LAO detail sheets with their plain-row fast
path, case registers), the indicator inference and the checks across files. Only the runner
(``centertrack.runner``) imports the per-level checkers; they import only what lies below them."""
