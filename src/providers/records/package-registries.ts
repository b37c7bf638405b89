/** Package registries: npm and PyPI publish tokens. */
import { hasValidGithubChecksum } from '../checksum.js';
import type { LiveResponse, LiveVerdict, ProviderRecord } from '../types.js';
import { END, END_ALNUM, errorDetail, near, START, START_ALNUM, verdict, withContext } from './shared.js';

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

export const packageRegistryRecords: ProviderRecord[] = [npm, pypi];
