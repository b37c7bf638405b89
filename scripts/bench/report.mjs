// The bench's readable table.

const fmt = (v, digits = 1) => (v === undefined || v === null || Number.isNaN(v) ? '—' : typeof v === 'number' ? v.toFixed(digits) : String(v));

const COLUMNS = [
  ['scenario', (r) => r.scenario],
  ['MB', (r) => fmt(r.mb)],
  ['files', (r) => (r.files === undefined ? '—' : String(r.files))],
  ['wall ms', (r) => fmt(r.wallMs, 0)],
  ['MB/s', (r) => fmt(r.mbPerS)],
  ['files/s', (r) => fmt(r.filesPerS, 0)],
  ['RSS MB', (r) => fmt(r.peakRssMb)],
  ['budget', (r) => r.budget ?? '—'],
  ['result', (r) => (r.pass === true ? 'pass' : r.pass === false ? 'FAIL' : '—')],
];

export function formatTable(rows) {
  const cells = rows.map((r) => COLUMNS.map(([, get]) => get(r)));
  const widths = COLUMNS.map(([h], i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((v, i) => (i === 0 || i === 7 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  const out = [line(COLUMNS.map(([h]) => h)), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (let i = 0; i < rows.length; i++) {
    out.push(line(cells[i]));
    if (rows[i].note) out.push(`  ↳ ${rows[i].note}`);
  }
  return out.join('\n') + '\n';
}
