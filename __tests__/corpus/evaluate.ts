/**
 * Scoring of detections against the corpus labels, shared by the jest test (in-process engine,
 * match by secret) and scripts/eval-corpus.mjs (bundled CLI, JSON output, match by provider).
 *
 * Matching rules
 * - A detection can only match a label in the same file whose line range [line, endLine]
 *   contains the detection's start line.
 * - `secret` mode: the detection's revealed secret must equal the label's secret, or one must
 *   contain the other with the shorter at least 80 % of the longer (character lengths, after
 *   removing whitespace and literal `\n`/`\r` escapes, so a PEM block matches with or without
 *   its framing and whether the newlines are real or JSON-escaped). The label's `alts` (the
 *   token part of a webhook URL; `user:password` or the whole URL for URL credentials; the
 *   whole delimited value around the key) are tried the same way.
 * - `provider` mode (the CLI's JSON has no raw secret): the detection's provider must be the
 *   label's provider, modulo `providerAliases`.
 * - Each label is matched at most once. A second detection matching an already matched label
 *   is a duplicate: reported, counted neither as TP nor FP. Any other detection is a FP.
 */
import type { Corpus, Label, NegativeMark } from './build.js';

export interface Detection {
  file: string;
  line: number;
  provider: string;
  rule: string;
  /** Raw secret (secret mode only). Never printed. */
  secret?: string;
  redacted: string;
  confidence?: string;
}

export type MatchMode = 'secret' | 'provider';

export interface Matched {
  label: Label;
  detection: Detection;
  providerOk: boolean;
}

export interface Stat {
  tp: number;
  fp: number;
  fn: number;
}

export interface EvalResult {
  mode: MatchMode;
  tp: Matched[];
  fp: Detection[];
  fn: Label[];
  duplicates: Detection[];
  precision: number;
  recall: number;
  byLabelProvider: Map<string, Stat>;
  byDetectionProvider: Map<string, Stat>;
}

/**
 * Label provider → provider ids an engine may reasonably use for it. Detections of generic
 * rules (`generic`, `private-key`, `url-credential`) are interchangeable among themselves only.
 */
export const DEFAULT_PROVIDER_ALIASES: Record<string, string[]> = {
  openai: ['openai', 'openai-admin'],
  'openai-proxy': ['openai-proxy', 'openai-compatible', 'openai'],
  anthropic: ['anthropic', 'anthropic-admin'],
  google: ['google', 'google-api', 'google-api-key', 'gemini', 'gcp'],
  'google-oauth': ['google-oauth', 'google-oauth-client', 'google'],
  together: ['together', 'togetherai', 'together-ai'],
  nixtla: ['nixtla', 'timegpt'],
  huggingface: ['huggingface', 'hugging-face', 'hf'],
  slack: ['slack', 'slack-webhook'],
  discord: ['discord', 'discord-webhook'],
  supabase: ['supabase', 'supabase-secret-key', 'supabase-service-role'],
  'azure-openai': ['azure-openai', 'azure'],
  'private-key': ['private-key', 'pem', 'privatekey'],
  'url-credential': ['url-credential', 'url-credentials', 'uri', 'database'],
  generic: ['generic'],
};

export function providerMatches(labelProvider: string, found: string, aliases = DEFAULT_PROVIDER_ALIASES): boolean {
  const ok = aliases[labelProvider] ?? [labelProvider];
  return ok.includes(found) || found === labelProvider;
}

function norm(s: string): string {
  return s.replace(/\\[nr]/g, '').replace(/\s+/g, '');
}

export function secretMatches(found: string, label: Pick<Label, 'secret' | 'alts'>): boolean {
  const f = norm(found);
  if (f.length === 0) return false;
  for (const cand of [label.secret, ...label.alts]) {
    const c = norm(cand);
    if (c === f) return true;
    const [short, long] = f.length <= c.length ? [f, c] : [c, f];
    if (long.includes(short) && short.length / long.length >= 0.8) return true;
  }
  return false;
}

function bump(m: Map<string, Stat>, key: string, field: keyof Stat): void {
  const s = m.get(key) ?? { tp: 0, fp: 0, fn: 0 };
  s[field]++;
  m.set(key, s);
}

export function evaluate(labels: Label[], detections: Detection[], mode: MatchMode, aliases = DEFAULT_PROVIDER_ALIASES): EvalResult {
  const byFile = new Map<string, Label[]>();
  for (const l of labels) byFile.set(l.file, [...(byFile.get(l.file) ?? []), l]);
  const matched = new Set<Label>();
  const tp: Matched[] = [];
  const fp: Detection[] = [];
  const duplicates: Detection[] = [];
  const sorted = [...detections].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  for (const d of sorted) {
    const cands = (byFile.get(d.file) ?? []).filter((l) => d.line >= l.line && d.line <= l.endLine);
    const ok = (l: Label): boolean =>
      mode === 'secret' ? d.secret !== undefined && secretMatches(d.secret, l) : providerMatches(l.provider, d.provider, aliases);
    const fresh = cands.find((l) => !matched.has(l) && ok(l));
    if (fresh) {
      matched.add(fresh);
      tp.push({ label: fresh, detection: d, providerOk: providerMatches(fresh.provider, d.provider, aliases) });
    } else if (cands.some(ok)) {
      duplicates.push(d);
    } else {
      fp.push(d);
    }
  }
  const fn = labels.filter((l) => !matched.has(l));
  const byLabelProvider = new Map<string, Stat>();
  const byDetectionProvider = new Map<string, Stat>();
  for (const m of tp) {
    bump(byLabelProvider, m.label.provider, 'tp');
    bump(byDetectionProvider, m.detection.provider, 'tp');
  }
  for (const l of fn) bump(byLabelProvider, l.provider, 'fn');
  for (const d of fp) bump(byDetectionProvider, d.provider, 'fp');
  const precision = tp.length + fp.length === 0 ? 1 : tp.length / (tp.length + fp.length);
  const recall = labels.length === 0 ? 1 : tp.length / labels.length;
  return { mode, tp, fp, fn, duplicates, precision, recall, byLabelProvider, byDetectionProvider };
}

// ---------------------------------------------------------------- report

function pct(n: number, d: number): string {
  return d === 0 ? '   -  ' : (n / d).toFixed(3).padStart(6);
}

function templateRef(corpus: Corpus, file: string, line: number): { ref: string; text: string } {
  const f = corpus.files.find((x) => x.file === file);
  if (!f) return { ref: `${file}:${line}`, text: '' };
  const tl = f.lineMap[line] ?? 0;
  const text = (f.templateLines[tl - 1] ?? '').trim();
  return { ref: `templates/${f.template}:${tl}`, text: text.length > 170 ? text.slice(0, 167) + '...' : text };
}

function negKinds(negatives: NegativeMark[], file: string, line: number): string {
  const kinds = [...new Set(negatives.filter((n) => n.file === file && n.line === line).map((n) => n.kind))];
  return kinds.length ? kinds.join('+') : 'unmarked';
}

/**
 * Human-readable report. Contains only template lines (placeholders, never generated keys)
 * and redacted forms, so it is safe to print; the caller asserts that anyway.
 */
export function formatReport(corpus: Corpus, r: EvalResult, title: string): string {
  const out: string[] = [];
  out.push(`== ${title} (match by ${r.mode}) ==`);
  out.push(
    `files ${corpus.files.length}  labels ${corpus.labels.length}  marked negatives ${corpus.negatives.length}  ` +
      `TP ${r.tp.length}  FP ${r.fp.length}  FN ${r.fn.length}  duplicates ${r.duplicates.length}`,
  );
  out.push(`precision ${r.precision.toFixed(4)}  recall ${r.recall.toFixed(4)}`);
  out.push('');
  out.push('recall by labelled provider:');
  out.push('  provider            labels   TP   FN  recall');
  for (const [p, s] of [...r.byLabelProvider].sort()) {
    out.push(`  ${p.padEnd(18)} ${String(s.tp + s.fn).padStart(7)} ${String(s.tp).padStart(4)} ${String(s.fn).padStart(4)}  ${pct(s.tp, s.tp + s.fn)}`);
  }
  out.push('');
  out.push('precision by reported provider:');
  out.push('  provider            found   TP   FP  precision');
  for (const [p, s] of [...r.byDetectionProvider].sort()) {
    out.push(`  ${p.padEnd(18)} ${String(s.tp + s.fp).padStart(6)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)}  ${pct(s.tp, s.tp + s.fp)}`);
  }
  const wrong = r.tp.filter((m) => !m.providerOk);
  if (wrong.length) {
    out.push('');
    out.push(`found but attributed to another provider (${wrong.length}):`);
    for (const m of wrong) {
      const t = templateRef(corpus, m.label.file, m.label.line);
      out.push(`  ${m.label.kind} reported as ${m.detection.provider}/${m.detection.rule}  ${t.ref}`);
    }
  }
  if (r.fn.length) {
    out.push('');
    out.push(`FALSE NEGATIVES (${r.fn.length}), by key kind:`);
    const groups = new Map<string, Label[]>();
    for (const l of r.fn) groups.set(l.kind, [...(groups.get(l.kind) ?? []), l]);
    for (const [kind, ls] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
      out.push(`  [${kind}] (${ls.length})`);
      for (const l of ls) {
        const t = templateRef(corpus, l.file, l.line);
        out.push(`    ${l.file}:${l.line}  ${t.ref}  | ${t.text}`);
      }
    }
  }
  if (r.fp.length) {
    out.push('');
    out.push(`FALSE POSITIVES (${r.fp.length}), by negative kind on the line:`);
    const groups = new Map<string, Detection[]>();
    for (const d of r.fp) {
      const k = negKinds(corpus.negatives, d.file, d.line);
      groups.set(k, [...(groups.get(k) ?? []), d]);
    }
    for (const [kind, ds] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
      out.push(`  [${kind}] (${ds.length})`);
      for (const d of ds) {
        const t = templateRef(corpus, d.file, d.line);
        out.push(`    ${d.file}:${d.line}  ${d.provider}/${d.rule} ${d.redacted}  ${t.ref}  | ${t.text}`);
      }
    }
  }
  if (r.duplicates.length) {
    out.push('');
    out.push(`duplicates (${r.duplicates.length}):`);
    for (const d of r.duplicates) out.push(`  ${d.file}:${d.line}  ${d.provider}/${d.rule} ${d.redacted}`);
  }
  return out.join('\n');
}

/** Corpus composition: positives per provider and kind, negatives per kind. */
export function formatComposition(corpus: Corpus): string {
  const count = (xs: string[]): Array<[string, number]> => {
    const m = new Map<string, number>();
    for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
    return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  };
  const out: string[] = [];
  out.push(`corpus: ${corpus.files.length} files, ${corpus.labels.length} positives, ${corpus.negatives.length} marked negatives`);
  out.push('positives by provider: ' + count(corpus.labels.map((l) => l.provider)).map(([k, n]) => `${k} ${n}`).join(', '));
  out.push('negatives by kind: ' + count(corpus.negatives.map((n) => n.kind)).map(([k, n]) => `${k} ${n}`).join(', '));
  return out.join('\n');
}
