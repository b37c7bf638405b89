/**
 * From `keylint check` arguments (or the Action's `secrets` input) to health targets: which
 * variable, which provider, which base URL. Base URLs come only from the arguments, the
 * `--endpoint` flags and the process environment (the provider SDK's own base-URL variable),
 * never from a file.
 */
import type { LiveCheck, PairSpec, ProviderRecord } from '../providers/types.js';
import { UsageError } from '../types.js';
import { cleanValue } from './clean.js';
import { hasProviderShape, prefixMatchLength, providerByPrefix, providersByShape } from './format-check.js';
import type { HealthTarget } from './types.js';

export interface TargetSpec {
  name: string;
  /** Provider id forced with `=PROVIDER`. */
  provider?: string;
  /** Base URL set with `@BASE_URL`. */
  baseUrl?: string;
}

const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]{0,255}/;
const PROVIDER_RE = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Parses `NAME[=PROVIDER][@BASE_URL]`; throws UsageError on a malformed argument. */
export function parseTargetSpec(arg: string): TargetSpec {
  const text = arg.trim();
  const m = NAME_RE.exec(text);
  if (!m) throw new UsageError(`invalid secret argument "${shorten(text)}": expected NAME[=PROVIDER][@BASE_URL]`);
  const spec: TargetSpec = { name: m[0] };
  let rest = text.slice(m[0].length);
  if (rest.startsWith('=')) {
    const at = rest.indexOf('@');
    const provider = (at < 0 ? rest.slice(1) : rest.slice(1, at)).trim().toLowerCase();
    if (!PROVIDER_RE.test(provider)) throw new UsageError(`invalid provider in "${shorten(text)}": expected NAME=PROVIDER with a provider id such as openai`);
    spec.provider = provider;
    rest = at < 0 ? '' : rest.slice(at);
  }
  if (rest.startsWith('@')) {
    spec.baseUrl = validateBaseUrl(rest.slice(1).trim(), `base URL of ${spec.name}`);
    rest = '';
  }
  if (rest !== '') throw new UsageError(`invalid secret argument "${shorten(text)}": expected NAME[=PROVIDER][@BASE_URL]`);
  return spec;
}

/** Parses `--endpoint PROVIDER=URL`. */
export function parseEndpoint(value: string): [string, string] {
  const eq = value.indexOf('=');
  if (eq <= 0) throw new UsageError(`invalid --endpoint "${shorten(value)}": expected PROVIDER=URL`);
  const provider = value.slice(0, eq).trim().toLowerCase();
  if (!PROVIDER_RE.test(provider)) throw new UsageError(`invalid --endpoint "${shorten(value)}": expected PROVIDER=URL with a provider id such as openai`);
  return [provider, validateBaseUrl(value.slice(eq + 1).trim(), `--endpoint ${provider}`)];
}

/** An http(s) URL without credentials, query or fragment; returned without a trailing slash. */
export function validateBaseUrl(raw: string, what: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`${what} is not a valid URL (expected http:// or https://)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`${what} must use http or https, not ${url.protocol.replace(':', '')}`);
  if (url.username !== '' || url.password !== '') throw new UsageError(`${what} must not contain credentials (user:password@)`);
  if (url.search !== '' || url.hash !== '') throw new UsageError(`${what} must not contain a query or fragment`);
  return url.origin + url.pathname.replace(/\/+$/, '');
}

function shorten(s: string): string {
  // Arguments are names and URLs, not secrets; still keep errors to one short line.
  const one = s.replace(/[\r\n\t]/g, ' ');
  return one.length > 80 ? `${one.slice(0, 77)}...` : one;
}

/** Every env var name some provider reads, in registry order. */
export function knownEnvNames(providers: readonly ProviderRecord[]): string[] {
  const seen = new Set<string>();
  for (const p of providers) for (const n of p.envNames) seen.add(n);
  return [...seen];
}

/** With no names: every set variable (empty included) whose name a provider reads. */
export function defaultSpecs(env: NodeJS.ProcessEnv, providers: readonly ProviderRecord[]): TargetSpec[] {
  return knownEnvNames(providers)
    .filter((n) => env[n] !== undefined)
    .map((name) => ({ name }));
}

export interface ResolveOptions {
  providers: readonly ProviderRecord[];
  env: NodeJS.ProcessEnv;
  /** `--endpoint PROVIDER=URL` (validated). */
  endpoints?: ReadonlyMap<string, string>;
}

/** Common names people use for a provider, mapped to registry ids. */
const PROVIDER_ALIASES: Readonly<Record<string, string>> = {
  google: 'google-api-key',
  gemini: 'google-api-key',
  'google-gemini': 'google-api-key',
  timegpt: 'nixtla',
  hf: 'huggingface',
  'hugging-face': 'huggingface',
  gh: 'github',
  togetherai: 'together',
  'together-ai': 'together',
  claude: 'anthropic',
  grok: 'xai',
  'x-ai': 'xai',
  'openai-proxy': 'openai-compatible',
};

/** A provider by id, alias (`google`, `gemini`, `timegpt`, `hf`) or unique id prefix (`google` → `google-api-key`). */
export function findProvider(id: string, providers: readonly ProviderRecord[]): ProviderRecord | undefined {
  const wanted = id.toLowerCase();
  const exact = providers.find((p) => p.id === wanted);
  if (exact) return exact;
  const alias = PROVIDER_ALIASES[wanted];
  const viaAlias = alias ? providers.find((p) => p.id === alias) : undefined;
  if (viaAlias) return viaAlias;
  return providers.find((p) => p.id.startsWith(`${wanted}-`));
}

/** `--endpoint` keys turned into registry ids; throws UsageError on an unknown provider. */
export function canonicalEndpoints(endpoints: ReadonlyMap<string, string>, providers: readonly ProviderRecord[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const [id, url] of endpoints) {
    const p = findProvider(id, providers);
    if (!p) throw new UsageError(`unknown provider "${id}" in --endpoint (known: ${providers.map((x) => x.id).join(', ')})`);
    out.set(p.id, url);
  }
  return out;
}

function providersForName(name: string, providers: readonly ProviderRecord[]): ProviderRecord[] {
  return providers.filter((p) => p.envNames.includes(name));
}

/** The live check a provider uses: its own, or (for a provider without one, e.g. a proxy key) that of a provider sharing its env names. */
export function liveFor(provider: ProviderRecord, providers: readonly ProviderRecord[]): { live: LiveCheck; owner: ProviderRecord; borrowed: boolean } | undefined {
  if (provider.live) return { live: provider.live, owner: provider, borrowed: false };
  const sibling = providers.find((p) => p.live !== undefined && p.envNames.some((n) => provider.envNames.includes(n)));
  return sibling?.live ? { live: sibling.live, owner: sibling, borrowed: true } : undefined;
}

interface BaseChoice {
  url: string;
  source: NonNullable<HealthTarget['baseUrlSource']>;
}

function explicitBase(spec: TargetSpec, ids: string[], live: LiveCheck | undefined, opts: ResolveOptions): BaseChoice | undefined {
  if (spec.baseUrl) return { url: spec.baseUrl, source: 'argument' };
  for (const id of ids) {
    const url = opts.endpoints?.get(id);
    if (url) return { url, source: 'endpoint-flag' };
  }
  for (const envName of live?.baseUrlEnv ?? []) {
    const v = opts.env[envName];
    if (v !== undefined && v.trim() !== '') return { url: validateBaseUrl(v.trim(), envName), source: 'env' };
  }
  return undefined;
}

/** A live check's own base URL, validated (a `{pair}` host label is filled in at request time). */
function officialBase(live: LiveCheck, provider: ProviderRecord): string {
  validateBaseUrl(live.base.split('{pair}').join('pair'), `official base URL of ${provider.id}`);
  return live.base.replace(/\/+$/, '');
}

const hostCache = new WeakMap<ProviderRecord, readonly string[]>();

/** The hosts of a provider's own API (lower case, no default port); empty for a proxy key. */
export function officialHosts(provider: ProviderRecord): readonly string[] {
  let hosts = hostCache.get(provider);
  if (!hosts) {
    const set = new Set<string>();
    if (provider.live && !provider.live.base.includes('{')) set.add(new URL(provider.live.base).host.toLowerCase());
    // Regional twins (api.moonshot.ai next to api.moonshot.cn), hosts of providers without a live check.
    for (const h of provider.hosts ?? []) set.add(h.toLowerCase());
    hosts = [...set];
    hostCache.set(provider, hosts);
  }
  return hosts;
}

/** Providers whose own API is served at the host of `url`, in registry order. */
export function providersAtHost(url: string, providers: readonly ProviderRecord[]): ProviderRecord[] {
  let host: string;
  try {
    host = new URL(url).host.toLowerCase();
  } catch {
    return [];
  }
  return providers.filter((p) => officialHosts(p).includes(host));
}

interface Routed {
  provider: ProviderRecord;
  /** The base URL's host fixes the provider, as `=PROVIDER` would. */
  pinned: boolean;
  nameProvider?: ProviderRecord;
  formatProvider: ProviderRecord | undefined;
  base: BaseChoice | undefined;
}

/** `--endpoint` for a provider (or the owner of the live check it borrows), else `fallback`, else its official base. */
function baseFor(provider: ProviderRecord, opts: ResolveOptions, fallback?: BaseChoice): BaseChoice | undefined {
  const lf = liveFor(provider, opts.providers);
  for (const id of lf ? [provider.id, lf.owner.id] : [provider.id]) {
    const url = opts.endpoints?.get(id);
    if (url) return { url, source: 'endpoint-flag' };
  }
  if (fallback) return fallback;
  return lf && !lf.borrowed ? { url: officialBase(lf.live, provider), source: 'official' } : undefined;
}

/**
 * A base URL (argument, --endpoint or the SDK's env var) on the official host of a provider says
 * where the key really goes: OPENAI_API_KEY with OPENAI_BASE_URL=https://api.moonshot.cn/v1 is a
 * Moonshot key. Undefined when the host is nobody's own (a proxy) or already the provider's own
 * with a value of its shape. Otherwise:
 * - the value has the host provider's shape (or no known one): the target is pinned to it, and
 *   its live check runs on that host (with its own path) and its format applies;
 * - the value is another provider's key (DeepSeek's, OpenAI's …): `wrong-provider`. When the
 *   variable's own providers do not include that provider, the key is checked at its own
 *   provider's host (nothing is sent to the wrong one) and the diagnosis names the host's
 *   provider as the one the variable serves; else the target is pinned to the host's provider
 *   and checked where the configuration sends it, with the diagnosis saying whose key it is.
 */
function routeByHost(explicit: BaseChoice, current: ProviderRecord, value: string, nameProviders: readonly ProviderRecord[], shaped: readonly ProviderRecord[], opts: ResolveOptions): Routed | undefined {
  const owners = providersAtHost(explicit.url, opts.providers);
  if (owners.length === 0) return undefined;
  const fitting = owners.find((p) => hasProviderShape(value, p));
  if (fitting === current || (owners.includes(current) && fitting === undefined && shaped.length === 0)) return undefined;
  const owner = fitting ?? (owners.includes(current) ? current : owners[0]!);
  const onHost = (p: ProviderRecord): BaseChoice | undefined => {
    const lf = liveFor(p, opts.providers);
    if (!lf || lf.borrowed) return baseFor(p, opts, explicit);
    // The host's own path for its own check: api.moonshot.ai + /v1/users/me/balance.
    const rebased = new URL(explicit.url).origin + new URL(lf.live.base).pathname.replace(/\/+$/, '');
    return baseFor(p, opts, { url: rebased, source: explicit.source });
  };
  if (fitting) return { provider: owner, pinned: true, formatProvider: owner, base: onHost(owner) };
  // Whose key is it? A provider the variable's name agrees with, else the first by shape —
  // only a provider with a host of its own (a relay's `sk-` key says nothing about where it belongs).
  const rest = shaped.filter((p) => !owners.includes(p));
  const hosted = (p: ProviderRecord | undefined): p is ProviderRecord => p !== undefined && officialHosts(p).length > 0;
  const named = rest.find((p) => nameProviders.includes(p) && hosted(p));
  const other = named ?? (hosted(rest[0]) ? rest[0] : undefined);
  if (!other) {
    // No known key shape: the host's provider's format says what is wrong with it.
    return owner === current ? undefined : { provider: owner, pinned: true, formatProvider: undefined, base: onHost(owner) };
  }
  if (nameProviders.length > 0 && !nameProviders.includes(other)) {
    return { provider: other, pinned: false, nameProvider: owner, formatProvider: other, base: baseFor(other, opts) };
  }
  return { provider: owner, pinned: true, formatProvider: other, base: onHost(owner) };
}

/** Resolves one spec: provider inference and base URL precedence (@URL > --endpoint > SDK env var > official). */
export function resolveTarget(spec: TargetSpec, opts: ResolveOptions): HealthTarget {
  const { providers, env } = opts;
  const value = env[spec.name];
  const knownNames = new Set(knownEnvNames(providers));
  const cleaned = value === undefined ? '' : cleanValue(value, knownNames);
  const nameProviders = providersForName(spec.name, providers);
  const nameProvider = nameProviders.find((p) => p.live) ?? nameProviders[0];
  const byShape = providersByShape(cleaned, providers);
  // A prefix-less shape (22 base64url characters, 32 hex digits) is weak evidence: with the
  // variable's name naming a provider, it does not say the key is someone else's.
  const named = nameProviders.length > 0 && !byShape.some((p) => nameProviders.includes(p));
  const shaped = named ? byShape.filter((p) => prefixMatchLength(cleaned, p) > 0) : byShape;
  const formatProvider = shaped[0];

  let provider: ProviderRecord | undefined;
  let forced = false;
  if (spec.provider) {
    provider = findProvider(spec.provider, providers);
    if (!provider) throw new UsageError(`unknown provider "${spec.provider}" for ${spec.name} (known: ${providers.map((p) => p.id).join(', ')})`);
    forced = true;
  } else {
    const agreeing = shaped.find((p) => nameProviders.includes(p));
    if (agreeing) provider = agreeing;
    else if (formatProvider && nameProvider) {
      // The name says one provider, the value another. If the author pointed the name's
      // provider at an endpoint (a proxy that accepts such keys), check it there; else check
      // the key with the provider it belongs to.
      const nameLive = liveFor(nameProvider, providers);
      const viaName = explicitBase(spec, [nameProvider.id, nameLive?.owner.id ?? nameProvider.id], nameLive?.live, opts);
      provider = viaName ? nameProvider : formatProvider;
    } else if (formatProvider) provider = formatProvider;
    else if (nameProviders.length > 0) provider = providerByPrefix(cleaned, nameProviders) ?? nameProvider;
    else provider = providerByPrefix(cleaned, providers);
  }
  if (!provider && spec.baseUrl) provider = providers.find((p) => p.id === 'openai');

  let baseUrl: string | undefined;
  let baseUrlSource: HealthTarget['baseUrlSource'];
  let targetNameProvider: ProviderRecord | undefined = nameProvider;
  let targetFormatProvider: ProviderRecord | undefined = formatProvider;
  if (provider) {
    const lf = liveFor(provider, providers);
    const explicit = explicitBase(spec, lf ? [provider.id, lf.owner.id] : [provider.id], lf?.live, opts);
    const routed = explicit && !forced ? routeByHost(explicit, provider, cleaned, nameProviders, shaped, opts) : undefined;
    if (routed) {
      provider = routed.provider;
      forced = routed.pinned;
      if (routed.nameProvider) targetNameProvider = routed.nameProvider;
      targetFormatProvider = routed.formatProvider;
      baseUrl = routed.base?.url;
      baseUrlSource = routed.base?.source;
    } else if (explicit) {
      baseUrl = explicit.url;
      baseUrlSource = explicit.source;
    } else if (lf && !lf.borrowed) {
      baseUrl = officialBase(lf.live, provider);
      baseUrlSource = 'official';
    }
  } else if (spec.baseUrl) {
    baseUrl = spec.baseUrl;
    baseUrlSource = 'argument';
  }
  const target: HealthTarget = { name: spec.name, value, provider, forced, nameProvider: targetNameProvider, formatProvider: targetFormatProvider, baseUrl, baseUrlSource };
  const pair = provider ? pairFromEnv(provider, env) : undefined;
  if (pair) target.pair = pair;
  return target;
}

/** The spec of the other part of a provider's two-part credential (its first rule with one). */
export function pairSpecOf(provider: ProviderRecord): PairSpec | undefined {
  return provider.rules.find((r) => r.pair)?.pair;
}

/** The other part of a two-part credential from the env names its SDKs read it from. */
function pairFromEnv(provider: ProviderRecord, env: NodeJS.ProcessEnv): HealthTarget['pair'] {
  const spec = pairSpecOf(provider);
  for (const name of spec?.envNames ?? []) {
    const v = env[name]?.trim();
    if (v) return { name, label: spec!.label, value: v };
  }
  return undefined;
}

export function resolveTargets(specs: readonly TargetSpec[], options: ResolveOptions): HealthTarget[] {
  const opts: ResolveOptions = options.endpoints ? { ...options, endpoints: canonicalEndpoints(options.endpoints, options.providers) } : options;
  const seen = new Set<string>();
  const out: HealthTarget[] = [];
  for (const spec of specs) {
    const key = `${spec.name}=${spec.provider ?? ''}@${spec.baseUrl ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(resolveTarget(spec, opts));
  }
  return out;
}

/**
 * Joins a base URL and a request path, dropping a segment overlap: base `https://proxy/v1` and
 * path `/v1/models` give `https://proxy/v1/models` (SDK base URLs usually end in `/v1`).
 */
export function joinUrl(base: string, path: string): string {
  const b = base.replace(/\/+$/, '');
  const q = path.indexOf('?');
  const pathPart = q < 0 ? path : path.slice(0, q);
  const query = q < 0 ? '' : path.slice(q);
  const baseUrl = new URL(b);
  const baseSegs = baseUrl.pathname.split('/').filter((s) => s !== '');
  const pathSegs = pathPart.split('/').filter((s) => s !== '');
  let overlap = 0;
  for (let k = Math.min(baseSegs.length, pathSegs.length); k > 0; k--) {
    if (baseSegs.slice(baseSegs.length - k).join('/') === pathSegs.slice(0, k).join('/')) {
      overlap = k;
      break;
    }
  }
  const segs = [...baseSegs, ...pathSegs.slice(overlap)];
  const trailing = pathPart.endsWith('/') && segs.length > 0 ? '/' : '';
  return `${baseUrl.origin}/${segs.join('/')}${trailing}${query}`;
}
