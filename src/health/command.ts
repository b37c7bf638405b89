/**
 * `keylint check [NAME[=PROVIDER][@BASE_URL] ...] [--offline] [--endpoint PROVIDER=URL]...
 *   [--format text|json] [--output FILE] [--timeout MS] [--fail-on unknown,rate-limited]
 *   [--expiry-days N] [--concurrency N]`
 */
import { writeFileSync } from 'node:fs';
import { providers as registryProviders } from '../providers/registry.js';
import type { ProviderRecord } from '../providers/types.js';
import { UsageError } from '../types.js';
import { checkSecrets, exitCodeFor } from './check.js';
import { renderHealthJson, renderHealthText } from './render.js';
import { prefixMatchLength } from './format-check.js';
import { keysFromFile, paddingDiagnosis, parseFileSpec, pemResult, type FileKey } from './file-source.js';
import { defaultSpecs, findProvider, parseEndpoint, parseTargetSpec, resolveTargets, type TargetSpec } from './targets.js';
import type { HealthResult, HealthStatus } from './types.js';

export interface CheckIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export const CHECK_USAGE = `Usage: keylint check [NAME[=PROVIDER][@BASE_URL] ...] [options]

Checks API keys handed over as environment variables: offline diagnoses (missing, empty,
whitespace, quotes, Bearer prefix, truncated, wrong provider, conflicts, placeholders) and a
side-effect-free request to the provider. With no NAME, checks every set variable that a
known provider reads (OPENAI_API_KEY, GEMINI_API_KEY, GITHUB_TOKEN, ...).

Options:
  --file PATH[=PROVIDER]    check the key in a file (repeatable): a PEM key, a Google
                            service-account JSON, a .netrc, or a file holding one key
  --offline                 diagnose only; send no request
  --endpoint PROVIDER=URL   send PROVIDER's keys to URL (repeatable), e.g. openai=https://proxy/v1
  --format text|json        output format (default text)
  --output FILE             write the report to FILE
  --timeout MS              per-request timeout (default 10000)
  --fail-on LIST            also fail on these statuses: unknown, rate-limited, unverified
  --expiry-days N           warn when a token expires within N days (default 14)
  --concurrency N           secrets checked at once (default 24)

Exit status: 0 all healthy, 1 a secret is unhealthy, 2 usage error.
`;

export interface ParsedCheckArgs {
  specs: TargetSpec[];
  offline: boolean;
  endpoints: Map<string, string>;
  format: 'text' | 'json';
  output: string | undefined;
  timeoutMs: number;
  failOn: Set<HealthStatus>;
  expiryDays: number;
  concurrency: number;
  help: boolean;
  /** `--file PATH[=PROVIDER]` arguments as given (`~` is expanded with the run's HOME). */
  files: string[];
}

const FAIL_ON_ALLOWED: ReadonlySet<string> = new Set(['unknown', 'rate-limited', 'unverified', 'quota-exhausted', 'restricted', 'invalid']);

function intOption(flag: string, value: string, min: number, max: number): number {
  if (!/^\d{1,9}$/.test(value)) throw new UsageError(`${flag} expects a whole number, got "${value.slice(0, 40)}"`);
  const n = Number(value);
  if (n < min || n > max) throw new UsageError(`${flag} must be between ${min} and ${max}`);
  return n;
}

/** Parses the arguments after `check`; throws UsageError. */
export function parseCheckArgs(args: readonly string[]): ParsedCheckArgs {
  const out: ParsedCheckArgs = {
    specs: [],
    offline: false,
    endpoints: new Map(),
    format: 'text',
    output: undefined,
    timeoutMs: 10_000,
    failOn: new Set(),
    expiryDays: 14,
    concurrency: 24,
    help: false,
    files: [],
  };
  const list = [...args];
  if (list[0] === 'check') list.shift();
  for (let i = 0; i < list.length; i++) {
    const arg = list[i]!;
    if (arg === '--') {
      for (const rest of list.slice(i + 1)) out.specs.push(parseTargetSpec(rest));
      break;
    }
    if (!arg.startsWith('-')) {
      out.specs.push(parseTargetSpec(arg));
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const v = list[i + 1];
      if (v === undefined || (v.startsWith('--') && v.length > 2)) throw new UsageError(`${flag} needs a value`);
      i++;
      return v;
    };
    switch (flag) {
      case '-h':
      case '--help':
        out.help = true;
        break;
      case '--file':
        out.files.push(value());
        break;
      case '--offline':
        out.offline = true;
        break;
      case '--endpoint': {
        const [provider, url] = parseEndpoint(value());
        out.endpoints.set(provider, url);
        break;
      }
      case '--format': {
        const f = value();
        if (f !== 'text' && f !== 'json') throw new UsageError(`--format must be text or json, not "${f.slice(0, 40)}"`);
        out.format = f;
        break;
      }
      case '--output':
      case '-o':
        out.output = value();
        break;
      case '--timeout':
        out.timeoutMs = intOption('--timeout', value(), 1, 600_000);
        break;
      case '--expiry-days':
        out.expiryDays = intOption('--expiry-days', value(), 0, 3650);
        break;
      case '--concurrency':
        out.concurrency = intOption('--concurrency', value(), 1, 256);
        break;
      case '--fail-on':
        for (const s of value().split(',').map((x) => x.trim()).filter((x) => x !== '')) {
          if (!FAIL_ON_ALLOWED.has(s)) throw new UsageError(`--fail-on takes unknown, rate-limited or unverified, not "${s.slice(0, 40)}"`);
          out.failOn.add(s as HealthStatus);
        }
        break;
      default:
        throw new UsageError(`unknown option ${flag} for keylint check (see keylint check --help)`);
    }
  }
  return out;
}

/** Results in argument order: PEM keys get their own offline result; a provider-less base64 key its padding check. */
function withFileResults(checked: HealthResult[], keys: readonly FileKey[], providers: readonly ProviderRecord[]): HealthResult[] {
  const byName = new Map(checked.map((r) => [r.name, r]));
  const fileNames = new Set(keys.map((k) => k.name));
  const out = checked.filter((r) => !fileNames.has(r.name));
  for (const k of keys) {
    if (k.kind === 'pem') {
      out.push(pemResult(k, k.provider ? findProvider(k.provider, providers) : providers.find((p) => p.id === 'private-key'), Date.now()));
      continue;
    }
    const r = byName.get(k.name);
    if (!r) continue;
    const provider = r.provider ? findProvider(r.provider, providers) : undefined;
    // A provider inferred from a prefix-less shape is weak evidence; a base64 value short of its padding says more.
    const weak = !provider?.format || (!k.provider && prefixMatchLength(k.value, provider) === 0 && !provider.format.padding);
    const pad = weak && !r.diagnoses.some((d) => d.code === 'padding') ? paddingDiagnosis(k.value) : undefined;
    out.push(pad ? { ...r, diagnoses: [...r.diagnoses, pad], fix: pad.fix, failed: true } : r);
  }
  return out;
}

function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').slice(0, 500);
}

/** Runs `keylint check`; returns the exit code (0 healthy, 1 unhealthy, 2 usage error). */
export async function runCheck(
  args: string[],
  env: NodeJS.ProcessEnv,
  io: CheckIo,
  providers: readonly ProviderRecord[] = registryProviders,
): Promise<number> {
  try {
    const parsed = parseCheckArgs(args);
    if (parsed.help) {
      io.stdout(CHECK_USAGE);
      return 0;
    }
    const fileKeys = parsed.files.map((f) => parseFileSpec(f, env)).flatMap((f) => keysFromFile(f, providers));
    for (const k of fileKeys) {
      if (k.provider && !findProvider(k.provider, providers)) throw new UsageError(`unknown provider "${k.provider}" for ${k.name} (known: ${providers.map((p) => p.id).join(', ')})`);
    }
    const plain = fileKeys.filter((k) => k.kind === 'plain');
    // File keys go through the same checks under their file label (never an environment variable).
    const checkEnv: NodeJS.ProcessEnv = plain.length > 0 ? { ...env, ...Object.fromEntries(plain.map((k) => [k.name, k.value])) } : env;
    const specs = [
      ...(parsed.specs.length > 0 || fileKeys.length > 0 ? parsed.specs : defaultSpecs(env, providers)),
      ...plain.map((k): TargetSpec => ({ name: k.name, ...(k.provider ? { provider: k.provider } : {}) })),
    ];
    const targets = resolveTargets(specs, { providers, env: checkEnv, endpoints: parsed.endpoints });
    const checked = await checkSecrets(targets, {
      providers,
      env,
      offline: parsed.offline,
      timeoutMs: parsed.timeoutMs,
      failOn: parsed.failOn,
      expiryDays: parsed.expiryDays,
      concurrency: parsed.concurrency,
    });
    const results = fileKeys.length > 0 ? withFileResults(checked, fileKeys, providers) : checked;
    const report = parsed.format === 'json' ? renderHealthJson(results) : renderHealthText(results);
    if (parsed.output) {
      try {
        writeFileSync(parsed.output, report);
      } catch (err) {
        const code = (err as { code?: unknown }).code;
        throw new UsageError(`cannot write ${parsed.output}${typeof code === 'string' ? ` (${code})` : ''}`);
      }
      if (parsed.format === 'json') io.stdout(renderHealthText(results));
      else io.stderr(`keylint check: report written to ${parsed.output}\n`);
    } else io.stdout(report);
    return exitCodeFor(results);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`keylint check: ${oneLine(err.message)}\n`);
      return 2;
    }
    io.stderr(`keylint check: internal error: ${oneLine(err instanceof Error ? err.message : String(err))}\n`);
    return 2;
  }
}
