/**
 * `keylint check --file PATH[=PROVIDER]`: the keys a file holds — a PEM key file, a Google
 * service-account JSON (its `private_key`, labelled with its `client_email`), a `.netrc` (each
 * machine's password), or a plain file holding one key — with the offline diagnoses a PEM key
 * gets here (structure, END line, base64 body and its `=` padding, whether it parses). The
 * file's contents are never printed: results carry the path, a label and a redacted form.
 */
import { createPrivateKey } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename } from 'node:path';
import type { ProviderRecord } from '../providers/types.js';
import { UsageError } from '../types.js';
import { diagnosis } from './diagnose.js';
import { providersAtHost } from './targets.js';
import type { Diagnosis, HealthResult } from './types.js';

export interface FileSpec {
  /** As given (shown in results), `~` not expanded. */
  label: string;
  /** The path read. */
  path: string;
  provider?: string;
}

export interface FileKey {
  /** Shown as the result's name: the path, plus which entry of the file. */
  name: string;
  value: string;
  kind: 'pem' | 'plain';
  /** Provider id: forced with `=PROVIDER`, or implied by the file (service account, .netrc host). */
  provider?: string;
}

/** Files larger than this are not key files. */
const MAX_BYTES = 1024 * 1024;
const PROVIDER_RE = /^[a-z0-9][a-z0-9-]{0,63}$/;

function expandHome(p: string, env: NodeJS.ProcessEnv): string {
  if (p === '~' || p.startsWith('~/')) return (env['HOME'] || homedir()) + p.slice(1);
  return p;
}

/** `PATH[=PROVIDER]`: a trailing `=id` names the provider unless the whole argument is a file. */
export function parseFileSpec(arg: string, env: NodeJS.ProcessEnv = process.env): FileSpec {
  if (arg === '' || arg.includes('\0')) throw new UsageError('--file needs a path');
  const whole = expandHome(arg, env);
  const eq = arg.lastIndexOf('=');
  if (eq > 0 && PROVIDER_RE.test(arg.slice(eq + 1)) && !existsSync(whole)) {
    const label = arg.slice(0, eq);
    return { label, path: expandHome(label, env), provider: arg.slice(eq + 1) };
  }
  return { label: arg, path: whole };
}

function readKeyFile(spec: FileSpec): string {
  let size: number;
  try {
    const st = statSync(spec.path);
    if (st.isDirectory()) throw new UsageError(`--file ${spec.label}: is a directory, not a key file`);
    size = st.size;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`--file ${spec.label}: ${code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? 'error'})`}`);
  }
  if (size > MAX_BYTES) throw new UsageError(`--file ${spec.label}: ${size} bytes is too large for a key file (at most 1 MiB)`);
  let buf: Buffer;
  try {
    buf = readFileSync(spec.path);
  } catch (err) {
    throw new UsageError(`--file ${spec.label}: cannot read it (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (buf.includes(0)) throw new UsageError(`--file ${spec.label}: a binary file, not a key file (PEM, service-account JSON, .netrc or one key)`);
  return buf.toString('utf8').replace(/^\uFEFF/, '');
}

interface NetrcEntry {
  machine: string;
  password: string;
}

/** The machine/password pairs of a .netrc (`default` is a machine named `default`; macros skipped). */
export function parseNetrc(text: string): NetrcEntry[] {
  const out: NetrcEntry[] = [];
  const lines = text.split(/\r?\n/);
  const tokens: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*#/.test(line)) continue;
    const words = line.trim().split(/\s+/).filter((w) => w !== '');
    const macro = words.indexOf('macdef');
    if (macro >= 0) {
      tokens.push(...words.slice(0, macro));
      // A macro runs to the next empty line.
      while (i + 1 < lines.length && lines[i + 1]!.trim() !== '') i++;
      continue;
    }
    tokens.push(...words);
  }
  let machine: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t === 'machine') machine = tokens[++i];
    else if (t === 'default') machine = 'default';
    else if ((t === 'password' || t === 'passwd') && machine !== undefined && tokens[i + 1] !== undefined) out.push({ machine, password: tokens[++i]! });
    else if (t === 'login' || t === 'account' || t === 'port') i++;
  }
  return out;
}

function hostProvider(host: string, providers: readonly ProviderRecord[]): string | undefined {
  if (!/^[A-Za-z0-9.-]{1,253}(?::\d{1,5})?$/.test(host)) return undefined;
  try {
    // `machine github.com` authenticates git; the token is the one api.github.com checks.
    return (providersAtHost(`https://${host}`, providers)[0] ?? providersAtHost(`https://api.${host}`, providers)[0])?.id;
  } catch {
    return undefined;
  }
}

function looksLikeNetrc(label: string, text: string): boolean {
  return /^[._]netrc$/.test(basename(label)) || (/^\s*(?:machine\s+\S+|default)\b/m.test(text) && /\bpassword\s+\S/.test(text));
}

/** The keys in the file named by `spec`; throws UsageError when there is none. */
export function keysFromFile(spec: FileSpec, providers: readonly ProviderRecord[]): FileKey[] {
  const text = readKeyFile(spec);
  const forced = spec.provider;
  const trimmed = text.trim();
  if (trimmed === '') throw new UsageError(`--file ${spec.label}: the file is empty`);

  if (trimmed.startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch {
      throw new UsageError(`--file ${spec.label}: not valid JSON (a service-account key file is one JSON object)`);
    }
    const o = (typeof data === 'object' && data !== null ? data : {}) as { type?: unknown; private_key?: unknown; client_email?: unknown };
    if (typeof o.private_key !== 'string') throw new UsageError(`--file ${spec.label}: JSON without a "private_key" (expected a Google service-account key file)`);
    const email = typeof o.client_email === 'string' && /^[^\s@]{1,100}@[A-Za-z0-9.-]{1,200}$/.test(o.client_email) ? ` (${o.client_email})` : '';
    return [{ name: `${spec.label}: private_key${email}`, value: o.private_key, kind: 'pem', provider: forced ?? 'google-service-account' }];
  }
  if (/-----BEGIN [A-Z0-9 ]{0,60}-----/.test(text) || /-----BEGIN/.test(trimmed.slice(0, 200))) {
    return [{ name: spec.label, value: trimmed, kind: 'pem', ...(forced ? { provider: forced } : {}) }];
  }
  if (looksLikeNetrc(spec.label, text)) {
    const entries = parseNetrc(text);
    if (entries.length === 0) throw new UsageError(`--file ${spec.label}: a .netrc without a password entry`);
    return entries.map((e) => {
      const provider = forced ?? hostProvider(e.machine, providers);
      return { name: `${spec.label}: machine ${e.machine.slice(0, 200)}`, value: e.password, kind: 'plain' as const, ...(provider ? { provider } : {}) };
    });
  }
  // One key: the file's own final line break is not part of it (other whitespace is diagnosed).
  return [{ name: spec.label, value: text.replace(/\r?\n$/, ''), kind: 'plain', ...(forced ? { provider: forced } : {}) }];
}

const B64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** A standard-base64 value whose trailing `=` padding went missing (`+` or `/` say it is base64). */
export function paddingDiagnosis(value: string, what = 'the key'): Diagnosis | undefined {
  const v = value.trim();
  if (v.length < 16 || !/^[A-Za-z0-9+/]+$/.test(v) || !/[+/]/.test(v)) return undefined;
  const missing = (4 - (v.length % 4)) % 4;
  if (missing === 0 || missing === 3) return undefined;
  const pad = '='.repeat(missing);
  return diagnosis(
    'padding',
    `${what} is base64 that lost its trailing \`${pad}\` padding (${v.length} characters, not a multiple of 4): it was cut when copied`,
    `Copy ${what} again including the trailing \`${pad}\`, or add \`${pad}\` at the end.`,
  );
}

/** Offline diagnoses of a PEM key (never its contents). */
export function pemDiagnoses(raw: string): Diagnosis[] {
  const out: Diagnosis[] = [];
  let pem = raw;
  if (!/\n/.test(pem) && /\\n/.test(pem)) {
    out.push(diagnosis('whitespace', 'has `\\n` escapes instead of line breaks', "Write the key with real line breaks (printf '%b' \"$KEY\" > key.pem), or keep it in the JSON file it came in."));
    pem = pem.replace(/\\n/g, '\n');
  }
  const begin = /-----BEGIN ([A-Z0-9 ]{0,60})-----/.exec(pem);
  if (!begin) {
    out.push(diagnosis('truncated', 'has no `-----BEGIN … -----` line: the start of the key is missing', 'Copy the key file again whole, from the BEGIN line to the END line.'));
    return out;
  }
  const label = begin[1]!;
  if (!/PRIVATE KEY/.test(label)) {
    out.push(diagnosis('wrong-provider', `holds a ${/CERTIFICATE/.test(label) ? 'certificate' : label.toLowerCase().trim() || 'PEM block'}, not a private key`, 'Use the private key file (its first line says PRIVATE KEY), not the certificate or public key.'));
    return out;
  }
  const rest = pem.slice(begin.index + begin[0].length);
  const end = /-----END ([A-Z0-9 ]{0,60})-----/.exec(rest);
  if (!end) {
    out.push(diagnosis('truncated', `has a BEGIN ${label} line but no END line: the end of the key is missing`, 'Copy the key file again whole, down to the -----END … PRIVATE KEY----- line.'));
    return out;
  }
  if (end[1] !== label) out.push(diagnosis('bad-charset', `BEGIN ${label} and END ${end[1]} do not match`, 'Copy the key file again whole; the BEGIN and END lines come from one key.'));
  // OpenPGP armor has its own headers and checksum line; its structure is not checked here.
  if (/PGP/.test(label)) return out;
  const bodyLines = rest.slice(0, end.index).split(/\r?\n/).filter((l) => l.trim() !== '' && !/^[A-Za-z-]+:/.test(l) && !/^\s*$/.test(l));
  const body = bodyLines.map((l) => l.trim()).join('');
  if (body === '') {
    out.push(diagnosis('truncated', 'has no key data between the BEGIN and END lines', 'Copy the key file again whole.'));
    return out;
  }
  if (!B64.test(body)) {
    const bad = [...body].filter((c) => !/[A-Za-z0-9+/=]/.test(c)).length;
    out.push(diagnosis('bad-charset', `the body has ${bad} character${bad === 1 ? '' : 's'} that base64 never contains`, 'Copy the key file again exactly; it was changed in transit (smart quotes, a wrapped line).'));
    return out;
  }
  const rem = body.length % 4;
  if (rem === 2 || rem === 3) {
    const pad = '='.repeat(4 - rem);
    out.push(diagnosis('padding', `the base64 body lost its trailing \`${pad}\` padding (the last line before END should end in \`${pad}\`)`, `Copy the key file again whole, or add \`${pad}\` at the end of the last body line.`));
    return out;
  }
  if (rem === 1) {
    out.push(diagnosis('truncated', 'the base64 body is cut off (its length is not possible for base64)', 'Copy the key file again whole.'));
    return out;
  }
  if (out.length === 0 && !/ENCRYPTED/.test(label) && !/Proc-Type: 4,ENCRYPTED/.test(rest)) {
    try {
      createPrivateKey({ key: pem.slice(begin.index), format: 'pem' });
    } catch {
      if (!/OPENSSH/.test(label)) out.push(diagnosis('truncated', 'does not parse as a private key: the encoded data is incomplete or damaged', 'Copy the key file again whole, or create a new key.'));
    }
  }
  return out;
}

function pemRedacted(value: string): string {
  const begin = /-----BEGIN ([A-Z0-9 ]{0,60})-----/.exec(value);
  return `${begin ? `${begin[1]} PEM` : 'PEM'} (${value.length} chars)`;
}

/** The result of a PEM key: offline only (a private key signs requests; none carries it). */
export function pemResult(key: FileKey, provider: ProviderRecord | undefined, now: number): HealthResult {
  const diagnoses = pemDiagnoses(key.value);
  const firstError = diagnoses.find((d) => d.severity === 'error');
  return {
    name: key.name,
    provider: provider?.id ?? null,
    providerName: provider?.name ?? null,
    status: 'unverified',
    httpStatus: null,
    diagnoses,
    message: 'not checked live: a private key signs requests, no request carries it',
    fix: firstError?.fix ?? diagnoses[0]?.fix ?? '',
    latencyMs: null,
    checkedAt: new Date(now).toISOString(),
    redacted: pemRedacted(key.value),
    host: null,
    rotateUrl: provider?.rotateUrl ?? null,
    scopes: null,
    expiresAt: null,
    failed: firstError !== undefined,
  };
}
