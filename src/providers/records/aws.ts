/**
 * AWS access keys. The key ID alone is reported (it identifies a long-term credential); the
 * 40-char secret only next to AWS context or a key ID, since the bare shape is everywhere.
 * No `live`: STS GetCallerIdentity needs a SigV4 signature over the ID+secret pair, and a
 * canary key would alert its owner; the health check reports AWS keys as unverified.
 */
import type { ProviderRecord } from '../types.js';

const KEY_ID = '(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}';
const A3T_KEYWORDS = [...'abcdefghijklmnopqrstuvwxyz0123456789'].map((c) => `a3t${c}`);
// A whole token: not glued to URL/identifier punctuation (docs.aws.amazon.com/AWSEC2/latest/… is a path).
const SECRET_START = '(?<![A-Za-z0-9/+._-])';
const SECRET_END = '(?![A-Za-z0-9/+=._-])';
const CONTEXT_WORDS = '(?<![.\\/])[Aa][Ww][Ss](?![.][A-Za-z])|[Ss]ecret_?[Aa]ccess_?[Kk]ey|SECRET_ACCESS_KEY';

/** Documentation keys end in EXAMPLE (AKIAIOSFODNN7EXAMPLE, wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY). */
const notExample = (s: string): boolean => !/EXAMPLE/.test(s);

export const aws: ProviderRecord = {
  id: 'aws',
  name: 'AWS',
  rules: [
    {
      id: 'aws-access-key-id',
      description: 'AWS access key ID (AKIA long-term, ASIA temporary, ABIA/ACCA).',
      pattern: `(?<![A-Za-z0-9])${KEY_ID}(?![A-Za-z0-9])`,
      // `a3t` alone would wake the keyword hash on every `st` (3 is s to its 5-bit fold): A3T's
      // 36 four-character forms instead.
      keywords: ['akia', 'asia', 'abia', 'acca', ...A3T_KEYWORDS],
      window: { before: 8, after: 32 },
      confidence: 'high',
      confidenceOf: (s) => (s.startsWith('ASIA') ? 'medium' : 'high'),
      verify: notExample,
      minEntropy: 3,
    },
    {
      id: 'aws-secret-access-key',
      description: 'AWS secret access key (40 chars) next to an AWS variable name or an access key ID.',
      pattern:
        // Shape first (40 chars, not a 40-hex git SHA, mixed case like real keys), then context.
        `${SECRET_START}(?=[A-Za-z0-9/+]{40}${SECRET_END})(?![a-f0-9]{40}${SECRET_END})(?=[A-Za-z0-9/+]{0,39}[a-z])(?=[A-Za-z0-9/+]{0,39}[A-Z])` +
        `(?:(?<=(?:${CONTEXT_WORDS})[\\s\\S]{0,48})|(?<=(?<![A-Za-z0-9])${KEY_ID}[\\s\\S]{0,200})|(?=[\\s\\S]{0,240}(?<![A-Za-z0-9])${KEY_ID}))` +
        `[A-Za-z0-9/+]{40}${SECRET_END}`,
      keywords: ['aws', 'secretaccesskey', 'secret_access_key', 'akia', 'asia'],
      // Most windows around `aws` hold no 40-character run at all: no regex run there.
      requiresRun: { chars: 'A-Za-z0-9/+', lengths: [40] },
      window: { before: 300, after: 300 },
      confidence: 'high',
      verify: notExample,
      minEntropy: 4,
      minDigits: 1,
    },
  ],
  envNames: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'],
  envNote: 'The SDKs read AWS_ACCESS_KEY_ID with AWS_SECRET_ACCESS_KEY (plus AWS_SESSION_TOKEN for ASIA keys) before ~/.aws/credentials; AWS_PROFILE selects a profile instead.',
  format: {
    prefixes: [],
    charset: '[A-Za-z0-9/+]',
    lengths: [
      [20, 20],
      [40, 40],
    ],
    full: `${KEY_ID}|[A-Za-z0-9/+]{40}`,
  },
  noLive: 'STS GetCallerIdentity needs a SigV4 signature over the key ID and secret, and a canary key alerts its owner on any call',
  rotateUrl: 'https://console.aws.amazon.com/iam/home#/security_credentials',
};

export const awsRecords: ProviderRecord[] = [aws];
