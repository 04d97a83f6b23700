// The analysis at the end of BENCHMARKS.md is written by people in bench/analysis.md. Every figure
// of the current run it quotes is a `{{figure label}}` placeholder, filled in here from the run's
// own measurements, so the prose can never contradict the tables above it.

/** The template with each `{{label}}` replaced by that figure's measured value. */
export function renderAnalysis(template, figures) {
  // A label may hold a single `}`, as in `{{{ MoveUgc }, minified + gzip}}`.
  return template.replace(/\{\{((?:[^}]|\}(?!\}))+)\}\}/g, (_, raw) => {
    const label = raw.trim();
    return figures.get(label) ?? `(${label}: not measured in this run)`;
  });
}

/** label -> value for every figure of a run's results. */
export function figuresFromResults(results) {
  return new Map(results.flatMap((r) => r.figures.map((f) => [f.label, String(f.value)])));
}

/** label -> value read back from the `| figure | value | target |  |` tables of a BENCHMARKS.md. */
export function figuresFromMarkdown(markdown) {
  const figures = new Map();
  for (const table of markdown.split(/\n\n/)) {
    if (!table.startsWith('| figure | value |')) continue;
    for (const row of table.split('\n').slice(2)) {
      const [label, value] = row.split(' | ').map((cell) => cell.replace(/^\| ?/, '').trim());
      if (label && value !== undefined) figures.set(label, value);
    }
  }
  return figures;
}
