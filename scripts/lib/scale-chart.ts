/** What the chart needs of one scale of `npm run bench`. */
export interface ChartRow {
  factor: number;
  pages: number;
  warm: { seconds: number };
  queryBytes: number;
}

/** An SVG chart: build time per page (warm image cache) and bytes per query, against the content's scale. */
export function scaleChart(rows: ChartRow[]): string {
  const panel = (title: string, unit: string, values: number[], left: number) => {
    const w = 300;
    const h = 170;
    const top = 50;
    const inset = 50;
    const max = Math.max(...values) * 1.25 || 1;
    const x = (i: number) => left + inset + (rows.length === 1 ? 0 : (i / (rows.length - 1)) * (w - 2 * inset));
    const y = (v: number) => top + h - (v / max) * h;
    return [
      `<text x="${left}" y="28" font-size="14" font-weight="bold">${title}</text>`,
      `<line x1="${left}" y1="${top + h}" x2="${left + w}" y2="${top + h}" stroke="#888"/>`,
      `<line x1="${left}" y1="${top}" x2="${left}" y2="${top + h}" stroke="#888"/>`,
      `<polyline points="${values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}" fill="none" stroke="#4f46e5" stroke-width="2"/>`,
      ...values.map((v, i) =>
        [
          `<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="4" fill="#4f46e5"/>`,
          `<text x="${x(i).toFixed(1)}" y="${(y(v) - 10).toFixed(1)}" font-size="12" text-anchor="middle">${v.toFixed(0)} ${unit}</text>`,
          `<text x="${x(i).toFixed(1)}" y="${top + h + 18}" font-size="12" text-anchor="middle">${rows[i]!.factor}×</text>`,
          `<text x="${x(i).toFixed(1)}" y="${top + h + 33}" font-size="11" text-anchor="middle" fill="#555">${rows[i]!.pages} pages</text>`,
        ].join(''),
      ),
    ].join('\n');
  };
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="720" height="270" viewBox="0 0 720 270" font-family="sans-serif" role="img">',
    '<title>Build time per page and search bytes per query, by content scale</title>',
    '<rect width="100%" height="100%" fill="#fff"/>',
    panel('Build time per page (warm image cache)', 'ms', rows.map((r) => (r.warm.seconds / r.pages) * 1000), 30),
    panel('Bytes per search query (cold)', 'KiB', rows.map((r) => r.queryBytes / 1024), 390),
    '</svg>',
    '',
  ].join('\n');
}
