/**
 * Offline diagnoses of one secret: what is wrong with the value as set, before any request.
 * Each diagnosis is a code, a sentence and the fix; none of them contains the value.
 */
import { readFileSync } from 'node:fs';
import { isPlaceholderBody } from '../engine/placeholder.js';
import type { ProviderRecord } from '../providers/types.js';
import { assignmentPrefix, cleanValue, findInvisible, hasAuthWords, quoteEnds, trimInvisible, type CharKind } from './clean.js';
import { formatProblems, hasProviderShape, prefixMatchLength, providersByShape } from './format-check.js';
import { looksCutShort } from './truncation.js';
import { bothOrAll, withArticle } from './wording.js';
import { knownEnvNames } from './targets.js';
import type { Diagnosis, DiagnosisCode, HealthTarget, Severity } from './types.js';

export interface DiagnoseContext {
  providers: readonly ProviderRecord[];
  env: NodeJS.ProcessEnv;
}

export interface OfflineVerdict {
  diagnoses: Diagnosis[];
  /** The value with pasted noise removed ('' when unset or empty). */
  cleaned: string;
  /** True when the value needed cleaning (whitespace, quotes, prefix, assignment). */
  dirty: boolean;
  /** True when no live check makes sense (unset, empty). */
  unusable: boolean;
}

export const WARNING_CODES: ReadonlySet<DiagnosisCode> = new Set<DiagnosisCode>(['conflict', 'clock-skew', 'expiring', 'no-endpoint']);

export function diagnosis(code: DiagnosisCode, message: string, fix: string, severity?: Severity): Diagnosis {
  return { code, message, fix, severity: severity ?? (WARNING_CODES.has(code) ? 'warning' : 'error') };
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function article(kind: CharKind): string {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

/** Why an empty secret is empty, from the GitHub event (fork pull requests get no secrets). */
export function emptyReason(env: NodeJS.ProcessEnv): string | undefined {
  const event = env['GITHUB_EVENT_NAME'];
  if (event !== 'pull_request' && event !== 'pull_request_target') return undefined;
  const path = env['GITHUB_EVENT_PATH'];
  if (!path) return undefined;
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
  const pr = (payload as { pull_request?: { head?: { repo?: { fork?: unknown; full_name?: unknown } | null }; base?: { repo?: { full_name?: unknown } } } }).pull_request;
  const head = pr?.head?.repo;
  const fromFork = head === null || head?.fork === true || (typeof head?.full_name === 'string' && typeof pr?.base?.repo?.full_name === 'string' && head.full_name !== pr.base.repo.full_name);
  if (fromFork && event === 'pull_request') {
    return 'this run is a pull_request from a fork, and GitHub does not pass repository secrets to workflows triggered from forks';
  }
  if (env['GITHUB_ACTOR'] === 'dependabot[bot]' && event === 'pull_request') {
    return 'this run is a Dependabot pull request, which only receives Dependabot secrets, not Actions secrets';
  }
  return undefined;
}

function whitespaceDiagnosis(raw: string): Diagnosis | undefined {
  const found = findInvisible(raw);
  if (found.length === 0) return undefined;
  const parts = found.map((f) => `${f.where === 'inner' ? 'inside the key' : f.where}: ${list(f.kinds.map(article))}`);
  return diagnosis(
    'whitespace',
    `contains whitespace or invisible characters (${parts.join('; ')})`,
    'Re-create the secret from the key alone (printf %s KEY | gh secret set NAME, or paste without a trailing newline or spaces).',
  );
}

function providerLabel(p: ProviderRecord): string {
  return p.name;
}

/** Secrets of one provider set to different values: which one the SDK uses. */
export function conflictDiagnosis(name: string, provider: ProviderRecord | undefined, env: NodeJS.ProcessEnv, knownNames: ReadonlySet<string>): Diagnosis | undefined {
  if (!provider || !provider.envNames.includes(name)) return undefined;
  const set = provider.envNames.filter((n) => env[n] !== undefined && env[n]!.trim() !== '');
  if (set.length < 2 || !set.includes(name)) return undefined;
  const values = new Set(set.map((n) => cleanValue(env[n]!, knownNames)));
  if (values.size < 2) return undefined;
  const used = set[0]!;
  const others = set.filter((n) => n !== used);
  const note = provider.envNote ? ` ${provider.envNote}` : '';
  return diagnosis(
    'conflict',
    `${list(set)} are ${bothOrAll(set.length)} set, to different values; ${providerLabel(provider)} SDKs read ${used} first, so ${list(others)} ${others.length === 1 ? 'is' : 'are'} ignored.${note}`,
    `Keep one variable (${used}) or give them the same value.`,
  );
}

/** Offline diagnoses of a resolved target. */
export function diagnoseTarget(target: HealthTarget, ctx: DiagnoseContext): OfflineVerdict {
  const { env, providers } = ctx;
  const raw = target.value;
  const provider = target.provider;
  const pname = provider ? providerLabel(provider) : 'the provider';
  const knownNames = new Set(knownEnvNames(providers));
  knownNames.add(target.name);
  if (raw === undefined) {
    return {
      diagnoses: [
        diagnosis(
          'missing',
          `${target.name} is not set`,
          `Map the secret into the step's env (env: ${target.name}: \${{ secrets.${target.name} }}) or export it.`,
        ),
      ],
      cleaned: '',
      dirty: false,
      unusable: true,
    };
  }
  const diagnoses: Diagnosis[] = [];
  const cleaned = cleanValue(raw, knownNames);
  if (raw === '' || cleaned === '') {
    const why = raw === '' ? emptyReason(env) : undefined;
    if (raw !== '') {
      const ws = whitespaceDiagnosis(raw);
      if (ws) diagnoses.push(ws);
    }
    diagnoses.push(
      diagnosis(
        'empty',
        `${target.name} is set but ${raw === '' ? 'empty' : 'holds no key'}${why ? `: ${why}` : ''}`,
        why
          ? 'Run the check on push or schedule; on pull_request, skip it for forks (if: github.event.pull_request.head.repo.full_name == github.repository), or run it in a separate workflow_run job that does not check out the pull request\'s code.'
          : `Check that the repository secret exists and is spelled exactly like the name in \${{ secrets.${target.name} }}.`,
      ),
    );
    return { diagnoses, cleaned: '', dirty: raw !== '', unusable: true };
  }

  // Spaces that belong to a pasted `Bearer ` / `Authorization:` / `NAME = ` are reported by
  // those diagnoses, not as whitespace.
  const ws = whitespaceDiagnosis(withoutPastedSyntax(raw, knownNames));
  if (ws) diagnoses.push(ws);

  const trimmed = trimInvisible(raw);
  const assign = assignmentPrefix(trimmed.replace(/^["'`]/, ''), knownNames);
  const afterAssign = assign ? trimInvisible(trimmed.replace(/^["'`]/, '').slice(assign.length)) : trimmed;
  const q1 = quoteEnds(trimmed);
  const q2 = quoteEnds(afterAssign);
  if (q1.leading || q1.trailing || q2.leading || q2.trailing) {
    diagnoses.push(
      diagnosis('quoted', 'is wrapped in quotes, which are sent as part of the key', 'Store the key without quotes (quotes belong to shell or YAML syntax, not to the secret).'),
    );
  }
  if (hasAuthWords(raw)) {
    diagnoses.push(
      diagnosis(
        'bearer-prefix',
        'contains an `Authorization:` header or `Bearer ` prefix; clients add that themselves',
        'Store only the key: remove "Authorization:" and "Bearer ".',
      ),
    );
  }
  if (assign) {
    diagnoses.push(
      diagnosis('assignment', `contains an assignment (\`${assign.name}=\`) in front of the key`, `Store only the value after \`${assign.name}=\`.`),
    );
  }

  // Wrong provider: the name says one provider, the value's shape another — unless the value
  // is the name's provider's key cut short.
  let truncatedFor: ProviderRecord | undefined;
  if (target.formatProvider) {
    const shaped = providersByShape(cleaned, providers);
    const nameProviders = providers.filter((p) => p.envNames.includes(target.name));
    const declared = target.forced ? [provider!] : nameProviders;
    const expectedOf = (): ProviderRecord => (target.forced ? provider! : (target.nameProvider ?? declared[0]!));
    const cutShort = declared.length > 0 && !shaped.some((p) => declared.includes(p)) && truncatedOf(cleaned, expectedOf(), shaped);
    if (cutShort) {
      // The value is the declared provider's key with its end missing, not another provider's key.
      const expected = expectedOf();
      truncatedFor = expected;
      diagnoses.push(paddingLost(cleaned, expected) ?? diagnosis('truncated', truncatedMessage(cleaned, expected), formatFix('truncated', expected)));
    } else if (declared.length > 0 && !shaped.some((p) => declared.includes(p))) {
      const expected = expectedOf();
      const viaEndpoint = provider === expected && target.baseUrlSource !== undefined && target.baseUrlSource !== 'official';
      diagnoses.push(
        diagnosis(
          'wrong-provider',
          `${target.forced ? `was declared ${expected.id}` : `${target.name} is ${withArticle(providerLabel(expected))} variable`}, but the value is ${withArticle(providerLabel(target.formatProvider))} key${viaEndpoint ? ` (checked at the configured endpoint, which must accept it)` : ''}`,
          viaEndpoint
            ? `Make sure the endpoint accepts ${providerLabel(target.formatProvider)} keys, or store ${withArticle(providerLabel(expected))} key.`
            : `Store ${withArticle(providerLabel(expected))} key in ${target.name}, and put the ${providerLabel(target.formatProvider)} key in ${target.formatProvider.envNames[0] ?? 'its own variable'}.`,
          viaEndpoint ? 'warning' : 'error',
        ),
      );
    }
  }

  if (provider?.format) {
    const prefixLen = provider.format.prefixes.find((p) => cleaned.startsWith(p))?.length ?? 0;
    if (isPlaceholderBody(cleaned, prefixLen)) {
      diagnoses.push(diagnosis('placeholder', 'looks like a placeholder or example, not a real key', `Set the real key from ${provider.rotateUrl}.`));
    } else if (diagnoses.some((d) => d.code === 'wrong-provider') || truncatedFor) {
      // Said already: the value is another provider's key, or the name's provider's key cut short.
    } else if (paddingLost(cleaned, provider)) {
      diagnoses.push(paddingLost(cleaned, provider)!);
    } else if (looksCutShort(cleaned, provider.format)) {
      diagnoses.push(diagnosis('truncated', truncatedMessage(cleaned, provider), formatFix('truncated', provider)));
    } else {
      const byCode = new Map<DiagnosisCode, string[]>();
      for (const p of formatProblems(cleaned, provider.format, pname)) byCode.set(p.code, [...(byCode.get(p.code) ?? []), p.message]);
      for (const [code, messages] of byCode) diagnoses.push(diagnosis(code, messages.join('; '), formatFix(code, provider)));
    }
  } else if (isPlaceholderBody(cleaned, 0)) {
    diagnoses.push(diagnosis('placeholder', 'looks like a placeholder or example, not a real key', 'Set the real key.'));
  }

  const conflict = conflictDiagnosis(target.name, target.nameProvider ?? provider, env, knownNames);
  if (conflict) diagnoses.push(conflict);

  return { diagnoses, cleaned, dirty: cleaned !== raw, unusable: false };
}

/**
 * The value is `expected`'s key cut short, rather than a key of one of `shaped`: `expected`'s
 * prefix and charset are right and only its end is missing, and no shaped provider claims the
 * value as a whole with a distinctive prefix at least as long as `expected`'s (a whole
 * DeepSeek `sk-` key declared Moonshot is a DeepSeek key, not a cut Moonshot one).
 */
function truncatedOf(value: string, expected: ProviderRecord, shaped: readonly ProviderRecord[]): boolean {
  if (!expected.format || !looksCutShort(value, expected.format)) return false;
  const own = prefixMatchLength(value, expected);
  return !shaped.some((p) => p !== expected && Math.max(prefixMatchLength(value, p), fixedStart(value, p)) >= Math.max(3, own));
}

/** 3 when `provider`'s shape needs the value's first 3 characters as they are (`sk-` of DeepSeek's `sk-[0-9a-f]{32}`), else 0. */
function fixedStart(value: string, provider: ProviderRecord): number {
  if (value.length < 4) return 0;
  const changed = ['AAA', '000', 'zz_'].map((s) => s + value.slice(3));
  return changed.some((v) => hasProviderShape(v, provider)) ? 0 : 3;
}

/** `padding` when the value is the provider's key but for its lost trailing base64 padding. */
function paddingLost(value: string, provider: ProviderRecord): Diagnosis | undefined {
  const pad = provider.format?.padding;
  if (!pad || value.endsWith(pad) || formatProblems(value + pad, provider.format!, provider.name).length > 0) return undefined;
  return diagnosis('padding', `is missing the trailing \`${pad}\` of ${withArticle(provider.name)} key (base64 padding lost when it was copied)`, `Copy the key again including the trailing \`${pad}\`, or add \`${pad}\` at the end.`);
}

function truncatedMessage(value: string, provider: ProviderRecord): string {
  const format = provider.format!;
  const min = Math.min(...format.lengths.map(([a]) => a));
  const n = value.length;
  const lengths = format.lengths.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(' or ');
  return n < min
    ? `is ${n} characters long, shorter than ${withArticle(provider.name)} key (${lengths}): it looks cut off`
    : `is ${n} characters long and ends early: the rest of ${withArticle(provider.name)} key is missing (it looks cut off)`;
}

/** The value without the separators of a pasted auth header or assignment (keeps everything else in place). */
function withoutPastedSyntax(raw: string, knownNames: ReadonlySet<string>): string {
  let v = raw.replace(/(?:authorization[ \t]*:[ \t]*)?(?:bearer|token)[ \t]+/gi, '').replace(/authorization[ \t]*:[ \t]*/gi, '');
  const lead = /^[\s"'`]*/.exec(v)![0];
  const assign = assignmentPrefix(v.slice(lead.length), knownNames);
  if (assign) v = lead + v.slice(lead.length).slice(assign.length);
  return v;
}

function formatFix(code: DiagnosisCode, provider: ProviderRecord): string {
  switch (code) {
    case 'truncated':
      return `Copy the whole key again (the end is missing), or create a new one at ${provider.rotateUrl}.`;
    case 'bad-checksum':
      return `Copy the key again; if it still fails, create a new one at ${provider.rotateUrl}.`;
    default:
      return `Copy the key again exactly as ${provider.name} shows it, or create a new one at ${provider.rotateUrl}.`;
  }
}
