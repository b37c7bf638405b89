/** Package registries: npm, PyPI, RubyGems, NuGet, Clojars, crates.io, Private Packagist and Hex publish tokens. */
import { crc32, hasValidGithubChecksum } from '../checksum.js';
import type { LiveResponse, LiveVerdict, ProviderRecord } from '../types.js';
import { ci, END, END_ALNUM, errorDetail, near, START, START_ALNUM, verdict, withContext } from './shared.js';

export const npm: ProviderRecord = {
  id: 'npm',
  name: 'npm',
  rules: [
    {
      id: 'npm-access-token',
      description: 'npm access token (npm_ + 36 chars) with a valid CRC32 tail.',
      pattern: `${START}npm_[A-Za-z0-9]{36}${END}`,
      keywords: ['npm_'],
      window: { before: 16, after: 48 },
      confidence: 'high',
      verify: hasValidGithubChecksum,
      skipPlaceholderGate: true,
    },
    {
      id: 'npm-legacy-auth-token',
      description: 'Legacy npm token (a UUID) assigned to _authToken or NPM_TOKEN.',
      pattern: withContext(START_ALNUM, near(['_authtoken', 'npm_token'], 16, 0), '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}', END_ALNUM),
      keywords: ['_authtoken', 'npm_token'],
      window: { before: 8, after: 64 },
      confidence: 'medium',
      minEntropy: 3,
    },
  ],
  envNames: ['NPM_TOKEN', 'NODE_AUTH_TOKEN'],
  envNote: 'npm reads neither directly: .npmrc refers to one with _authToken=${NPM_TOKEN}; actions/setup-node writes an .npmrc that reads NODE_AUTH_TOKEN.',
  format: {
    prefixes: ['npm_'],
    charset: '[A-Za-z0-9-]',
    lengths: [[40, 40], [36, 36]],
    full: 'npm_[A-Za-z0-9]{36}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
    checksum: (value) => !value.startsWith('npm_') || hasValidGithubChecksum(value),
  },
  rotateUrl: 'https://www.npmjs.com/settings/~/tokens',
  live: { base: 'https://registry.npmjs.org', path: '/-/whoami', method: 'GET', auth: { kind: 'bearer' }, baseUrlEnv: ['NPM_CONFIG_REGISTRY'] },
};

const BOUNDARY = 'keylint-probe-boundary';
/** An upload with no file and no digest: PyPI authenticates, then rejects it before storing anything. */
const PROBE_UPLOAD = [
  [':action', 'file_upload'],
  ['protocol_version', '1'],
  ['name', 'keylint-validation-probe'],
  ['version', '0.0.0'],
]
  .map(([k, v]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
  .join('')
  .concat(`--${BOUNDARY}--\r\n`);

/** 400 "Include at least one message digest." proves the token authenticated; 403 means it did not. */
export function interpretPyPI(res: LiveResponse): LiveVerdict | undefined {
  const text = res.body.slice(0, 2000);
  if (res.status === 400 && /message digest/i.test(text)) return verdict('valid');
  if (res.status === 403 && /isn't allowed to upload|not allowed to upload/i.test(text)) return verdict('restricted', 'token scoped to another project');
  if (res.status === 403) return verdict('invalid', errorDetail(res) ?? 'Invalid or non-existent authentication information');
  if (res.status === 400) return verdict('unknown', errorDetail(res));
  return undefined;
}

const PYPI_BODY = '[A-Za-z0-9_-]{50,1000}';

export const pypi: ProviderRecord = {
  id: 'pypi',
  name: 'PyPI',
  rules: [
    {
      id: 'pypi-token',
      description: 'PyPI API token (a macaroon starting pypi-AgEIcHlwaS5vcmc).',
      pattern: `${START}pypi-AgEIcHlwaS5vcmc${PYPI_BODY}${END}`,
      keywords: ['pypi-ageichlwas5vcmc'],
      window: { before: 16, after: 1040 },
      confidence: 'high',
    },
    {
      id: 'pypi-test-token',
      description: 'TestPyPI API token (pypi-AgENdGVzdC5weXBpLm9yZw…).',
      pattern: `${START}pypi-AgENdGVzdC5weXBpLm9yZw${PYPI_BODY}${END}`,
      keywords: ['pypi-agendgvzdc5wexbplm9yzw'],
      window: { before: 16, after: 1040 },
      confidence: 'medium',
    },
  ],
  envNames: ['PYPI_API_TOKEN', 'PYPI_TOKEN', 'TWINE_PASSWORD'],
  envNote: 'twine reads TWINE_PASSWORD (with TWINE_USERNAME=__token__); PYPI_API_TOKEN/PYPI_TOKEN are CI conventions passed on to it.',
  format: { prefixes: ['pypi-AgENdGVzdC5weXBpLm9yZw', 'pypi-AgEIcHlwaS5vcmc'], charset: '[A-Za-z0-9_-]', lengths: [[70, 1030]], full: `pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)${PYPI_BODY}` },
  rotateUrl: 'https://pypi.org/manage/account/token/',
  live: {
    base: 'https://upload.pypi.org',
    path: '/legacy/',
    method: 'POST',
    auth: { kind: 'basic', user: '__token__' },
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    body: PROBE_UPLOAD,
    interpret: interpretPyPI,
  },
};

// ---------------------------------------------------------------- RubyGems

/**
 * RubyGems.org API keys: `rubygems_` + 48 hex (guides.rubygems.org, "API key scopes"; the
 * prefix is part of GitHub secret scanning). Live: `GET /api/v1/gems.json` (the gems the key's
 * owner owns) with the key as the raw `Authorization` header: 200 valid, 401 a bad key, 403 a
 * key without the index_rubygems scope.
 */
export const rubygems: ProviderRecord = {
  id: 'rubygems',
  name: 'RubyGems',
  rules: [
    {
      id: 'rubygems-api-key',
      description: 'RubyGems.org API key (rubygems_ + 48 hex).',
      pattern: `${START}rubygems_[0-9a-f]{48}${END}`,
      keywords: ['rubygems_'],
      window: { before: 16, after: 64 },
      confidence: 'high',
    },
  ],
  envNames: ['GEM_HOST_API_KEY', 'RUBYGEMS_API_KEY'],
  envNote: 'gem push reads GEM_HOST_API_KEY (over ~/.gem/credentials); RUBYGEMS_API_KEY is a CI convention.',
  format: { prefixes: ['rubygems_'], charset: '[0-9a-f]', lengths: [[57, 57]], full: 'rubygems_[0-9a-f]{48}' },
  rotateUrl: 'https://rubygems.org/profile/api_keys',
  live: { base: 'https://rubygems.org', path: '/api/v1/gems.json', method: 'GET', auth: { kind: 'header', name: 'Authorization' }, baseUrlEnv: ['RUBYGEMS_HOST'] },
};

// ---------------------------------------------------------------- NuGet

/**
 * NuGet.org API keys: `oy2` + 43 lower-case alphanumerics (46 chars), from keys seen (the
 * format is not published; the `oy2` head is what NuGet.org issues today).
 */
export const nuget: ProviderRecord = {
  id: 'nuget',
  name: 'NuGet',
  rules: [
    {
      id: 'nuget-api-key',
      description: 'NuGet.org API key (oy2 + 43 lower-case alphanumerics).',
      pattern: `${START_ALNUM}oy2[a-z0-9]{43}${END_ALNUM}`,
      keywords: ['oy2'],
      window: { before: 8, after: 56 },
      confidence: 'high',
      minEntropy: 3.8,
      minDigits: 3,
    },
  ],
  envNames: ['NUGET_API_KEY', 'NUGET_KEY', 'NUGET_AUTH_TOKEN'],
  envNote: 'dotnet nuget push takes the key as --api-key; NUGET_API_KEY is the usual CI name, NUGET_AUTH_TOKEN the one actions/setup-dotnet reads.',
  format: { prefixes: ['oy2'], charset: '[a-z0-9]', lengths: [[46, 46]], full: 'oy2[a-z0-9]{43}' },
  rotateUrl: 'https://www.nuget.org/account/apikeys',
  noLive: 'a NuGet API key is accepted only by push, unlist and verification-key calls, which change or create something',
};

// ---------------------------------------------------------------- Clojars

/** Clojars deploy tokens: `CLOJARS_` + 60 lower-case hex (the format Clojars' server validates). */
export const clojars: ProviderRecord = {
  id: 'clojars',
  name: 'Clojars',
  rules: [
    {
      id: 'clojars-deploy-token',
      description: 'Clojars deploy token (CLOJARS_ + 60 hex).',
      pattern: `${START_ALNUM}CLOJARS_[0-9a-f]{60}${END_ALNUM}`,
      keywords: ['clojars_'],
      window: { before: 8, after: 76 },
      confidence: 'high',
    },
  ],
  envNames: ['CLOJARS_TOKEN', 'CLOJARS_PASSWORD', 'CLOJARS_DEPLOY_TOKEN'],
  envNote: 'Leiningen and deps-deploy read CLOJARS_USERNAME with CLOJARS_PASSWORD (the deploy token).',
  format: { prefixes: ['CLOJARS_'], charset: '[0-9a-f]', lengths: [[68, 68]], full: 'CLOJARS_[0-9a-f]{60}' },
  rotateUrl: 'https://clojars.org/tokens',
  noLive: 'a deploy token authenticates only deploys, together with its username',
};

// ---------------------------------------------------------------- crates.io

/**
 * crates.io API tokens: `cio` + 32 alphanumerics (crates.io source, `TOKEN_PREFIX`/`TOKEN_LENGTH`).
 * No live check: every read endpoint that says who is calling (`/api/v1/me`, `/me/tokens`)
 * accepts only the web session cookie; tokens work only for publish, yank and owner changes.
 */
export const cratesIo: ProviderRecord = {
  id: 'crates-io',
  name: 'crates.io',
  rules: [
    {
      id: 'crates-io-api-token',
      description: 'crates.io API token (cio + 32 alphanumerics).',
      pattern: `${START}cio[A-Za-z0-9]{32}${END}`,
      keywords: ['cio'],
      window: { before: 8, after: 40 },
      confidence: 'high',
      minEntropy: 3.8,
      minDigits: 1,
    },
  ],
  envNames: ['CARGO_REGISTRY_TOKEN', 'CARGO_REGISTRIES_CRATES_IO_TOKEN', 'CRATES_IO_TOKEN'],
  envNote: 'cargo publish reads CARGO_REGISTRY_TOKEN (over ~/.cargo/credentials.toml).',
  format: { prefixes: ['cio'], charset: '[A-Za-z0-9]', lengths: [[35, 35]], full: 'cio[A-Za-z0-9]{32}' },
  rotateUrl: 'https://crates.io/settings/tokens',
  noLive: 'crates.io accepts API tokens only on publish, yank and owner endpoints; its read endpoints take the web session cookie',
};

// ---------------------------------------------------------------- Private Packagist

const PACKAGIST = /^(packagist_(?:ort|out|uut|cut)_)([0-9a-f]{60})([0-9a-f]{8})$/;

/** The last 8 hex chars are CRC32(prefix + random part), zero-padded (packagist.com docs, "Token format"). */
export function hasValidPackagistChecksum(token: string): boolean {
  const m = PACKAGIST.exec(token);
  if (!m) return false;
  return crc32(m[1]! + m[2]!).toString(16).padStart(8, '0') === m[3];
}

/**
 * Private Packagist authentication tokens (packagist.com/docs/composer-authentication, "Token
 * format"): `packagist_ort_` (organization read-only), `packagist_out_` (organization update),
 * `packagist_uut_` (user update), `packagist_cut_` (Conductor) + 60 hex + an 8-hex CRC32.
 */
export const packagist: ProviderRecord = {
  id: 'packagist',
  name: 'Private Packagist',
  rules: [
    {
      id: 'packagist-token',
      description: 'Private Packagist authentication token (packagist_ort_/out_/uut_/cut_ + 60 hex + CRC32) with a valid checksum.',
      pattern: `${START}packagist_(?:ort|out|uut|cut)_[0-9a-f]{68}${END}`,
      keywords: ['packagist_'],
      window: { before: 16, after: 96 },
      confidence: 'high',
      verify: hasValidPackagistChecksum,
      skipPlaceholderGate: true,
    },
  ],
  envNames: ['PRIVATE_PACKAGIST_TOKEN', 'PACKAGIST_TOKEN', 'COMPOSER_AUTH'],
  envNote: 'Composer reads COMPOSER_AUTH (JSON with http-basic.repo.packagist.com) or auth.json; PRIVATE_PACKAGIST_TOKEN is the CI convention.',
  format: {
    prefixes: ['packagist_ort_', 'packagist_out_', 'packagist_uut_', 'packagist_cut_'],
    charset: '[0-9a-f]',
    lengths: [[82, 82]],
    full: 'packagist_(?:ort|out|uut|cut)_[0-9a-f]{68}',
    checksum: (value) => !value.startsWith('packagist_') || hasValidPackagistChecksum(value),
  },
  rotateUrl: 'https://packagist.com/docs/composer-authentication',
  noLive: 'a token is checked only against the organization’s Composer repository URL, which the token does not name',
};

// ---------------------------------------------------------------- Hex

/**
 * Hex.pm API keys are 32 lower-case hex (hexpm source: 16 random bytes, hex-encoded), reported
 * after a Hex name. Live: `GET hex.pm/api/users/me` with the key as the raw `Authorization`
 * header: 200 the user, 401 a bad or revoked key, 403 a key without api:read.
 */
export const hex: ProviderRecord = {
  id: 'hex',
  name: 'Hex (hex.pm)',
  rules: [
    {
      id: 'hex-api-key',
      description: 'Hex.pm API key (32 hex) after HEX_API_KEY or another Hex key name.',
      pattern: withContext(
        START_ALNUM,
        `(?<=(?:${['hex_api_key', 'hexpm', 'hex.pm', 'hex_key', 'hex.organization'].map(ci).join('|')})[\\s\\S]{0,40})`,
        '[0-9a-f]{32}',
        END_ALNUM,
      ),
      keywords: ['hex_api_key', 'hexpm', 'hex.pm', 'hex_key', 'hex.organization'],
      window: { before: 8, after: 96 },
      confidence: 'medium',
      minEntropy: 3.2,
      minDigits: 4,
    },
  ],
  envNames: ['HEX_API_KEY'],
  envNote: 'mix hex and rebar3_hex read HEX_API_KEY (over the key in their config); HEX_API_URL sets the API for a self-hosted repository.',
  format: { prefixes: [], charset: '[0-9a-f]', lengths: [[32, 32]], full: '[0-9a-f]{32}' },
  rotateUrl: 'https://hex.pm/dashboard/keys',
  live: { base: 'https://hex.pm/api', path: '/users/me', method: 'GET', auth: { kind: 'header', name: 'Authorization' }, baseUrlEnv: ['HEX_API_URL'] },
};

export const packageRegistryRecords: ProviderRecord[] = [npm, pypi, rubygems, nuget, clojars, cratesIo, packagist, hex];
