/**
 * GitHub annotations for findings, as plain data (the action turns them into `core.error` /
 * `core.warning` calls). GitHub shows at most 10 error and 10 warning annotations per step, so
 * each level is capped at `max`: past the cap, the last slot becomes one aggregate annotation
 * ("N more … see the job summary") pointing at the first finding it stands for, so the
 * reviewer is told that more exist instead of GitHub dropping them silently.
 */
import type { ProviderRecord } from '../providers/types.js';
import type { Finding } from '../types.js';
import { splitArchivePath } from '../archive-paths.js';
import { displayPath, plural, providerMap, sanitize, shortSha, sortByConfidence } from './format.js';
import { isLiveFinding, verificationLabel } from './verification.js';
import { allowSentence, fixSentence, hardcodedTitle, keyNoun, rotateUrlOf } from './guidance.js';

export type AnnotationLevel = 'error' | 'warning';

export interface Annotation {
  level: AnnotationLevel;
  /** Path relative to the repository root (GitHub matches it against the diff). */
  file: string;
  startLine: number;
  endLine: number;
  /** Only for single-line findings (GitHub ignores columns across lines). */
  startColumn?: number;
  /** Inclusive last column. */
  endColumn?: number;
  title: string;
  message: string;
}

export interface AnnotationOptions {
  /** Most annotations per level; GitHub shows 10 per level and step. */
  max: number;
  /** Absolute paths under this root are made relative. */
  root?: string;
}

export interface AnnotationSet {
  annotations: Annotation[];
  /** Findings not annotated one by one (covered by an aggregate annotation and the summary). */
  omitted: number;
}

/** Error for findings we are sure of, warning for low-confidence (generic) ones. */
export function annotationLevel(f: Finding): AnnotationLevel {
  if (isLiveFinding(f)) return 'error';
  return f.confidence === 'low' ? 'warning' : 'error';
}

/** What `--verify` learnt, as a sentence of the annotation (none without verification). */
function verificationSentence(f: Finding): string | undefined {
  const v = f.verification;
  if (!v) return undefined;
  if (isLiveFinding(f)) return `Verified LIVE: ${sanitize(f.providerName || f.provider)} accepted this key${v.status === 'restricted' ? ' (with restricted permissions)' : ''}. Rotate it now.`;
  if (v.status === 'invalid') return 'Verified: the provider rejects this key (revoked or never valid); it was still published, so make sure it is rotated.';
  return `Verification: ${verificationLabel(v)}.`;
}

/** How many location examples an aggregate annotation lists. */
const AGGREGATE_EXAMPLES = 5;

function position(f: Finding, root: string | undefined): Pick<Annotation, 'file' | 'startLine' | 'endLine' | 'startColumn' | 'endColumn'> {
  const startLine = Math.max(1, f.line);
  const endLine = Math.max(startLine, f.endLine);
  const shown = displayPath(f.file, root);
  // A member of an archive: annotate the archive file itself (the message names the member).
  const inArchive = splitArchivePath(shown);
  if (inArchive) return { file: inArchive.archive, startLine: 1, endLine: 1 };
  const pos: Pick<Annotation, 'file' | 'startLine' | 'endLine' | 'startColumn' | 'endColumn'> = { file: shown, startLine, endLine };
  if (endLine === startLine) {
    pos.startColumn = Math.max(1, f.column);
    pos.endColumn = Math.max(pos.startColumn, f.endColumn - 1);
  }
  return pos;
}

function findingAnnotation(f: Finding, byId: Map<string, ProviderRecord>, root: string | undefined): Annotation {
  const name = f.providerName || f.provider;
  const where = f.commit ? ` in commit ${shortSha(f.commit)}` : '';
  return {
    level: annotationLevel(f),
    ...position(f, root),
    title: `${isLiveFinding(f) ? 'LIVE ' : ''}${hardcodedTitle(sanitize(name))}`,
    message: [
      `${keyNoun(sanitize(name))} ${sanitize(f.redacted)} is hardcoded ${splitArchivePath(displayPath(f.file, root)) ? `in ${sanitize(displayPath(f.file, root))}:${f.line}` : 'here'}${where} (rule ${f.rule}).`,
      verificationSentence(f),
      fixSentence(rotateUrlOf(byId.get(f.provider)), 'ci'),
      allowSentence(),
    ]
      .filter((l): l is string => l !== undefined)
      .join('\n'),
  };
}

function aggregateAnnotation(level: AnnotationLevel, rest: readonly Finding[], root: string | undefined): Annotation {
  const first = rest[0]!;
  const examples = rest.slice(0, AGGREGATE_EXAMPLES).map((f) => `${sanitize(displayPath(f.file, root))}:${f.line} (${sanitize(f.providerName || f.provider)})`);
  const more = rest.length > AGGREGATE_EXAMPLES ? `, and ${rest.length - AGGREGATE_EXAMPLES} more` : '';
  return {
    level,
    ...position(first, root),
    title: `${plural(rest.length, 'more key')} hardcoded (see the job summary)`,
    message: [
      `GitHub shows only a few annotations per step, so ${plural(rest.length, 'further finding')} of this kind ${rest.length === 1 ? 'is' : 'are'} not annotated one by one: ${examples.join(', ')}${more}.`,
      'Every finding is listed in the job summary (and in the SARIF/JSON report). Each key must be moved to a repository secret and rotated.',
    ].join('\n'),
  };
}

export function buildAnnotations(findings: readonly Finding[], providers: readonly ProviderRecord[], opts: AnnotationOptions): AnnotationSet {
  const max = Math.max(1, Math.floor(Number.isFinite(opts.max) ? opts.max : 10));
  const byId = providerMap(providers);
  const annotations: Annotation[] = [];
  let omitted = 0;
  for (const level of ['error', 'warning'] as const) {
    // Live keys first: with more findings than annotation slots, they are the ones shown.
    const bucket = sortByConfidence(findings.filter((f) => annotationLevel(f) === level)).sort((a, b) => Number(isLiveFinding(b)) - Number(isLiveFinding(a)));
    if (bucket.length <= max) {
      annotations.push(...bucket.map((f) => findingAnnotation(f, byId, opts.root)));
      continue;
    }
    const shown = bucket.slice(0, max - 1);
    const rest = bucket.slice(max - 1);
    annotations.push(...shown.map((f) => findingAnnotation(f, byId, opts.root)), aggregateAnnotation(level, rest, opts.root));
    omitted += rest.length;
  }
  return { annotations, omitted };
}
