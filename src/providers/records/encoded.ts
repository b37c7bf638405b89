/**
 * Decoders: a provider key inside base64 (a Kubernetes Secret's `data:`, `.npmrc` `_auth`, a
 * base64 JSON blob, `Authorization: Basic`) or percent-encoding (`%22token%22%3A%22ghp_…`) is
 * found in the decoded text and reported at the encoded span, with its provider. The rules here
 * report nothing themselves (`decode`): the engine decodes what they match, bounded in size and
 * depth, and scans it with every rule.
 */
import type { ProviderRecord } from '../types.js';

/** A base64 run of 16 characters or more (standard or URL-safe alphabet, optional padding). */
const BASE64_RUN = String.raw`(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{16,}={0,2}`;

export const encodedProviders: ProviderRecord[] = [
  {
    id: 'encoded',
    name: 'Encoded secret',
    envNames: [],
    rotateUrl: 'https://docs.github.com/en/code-security/secret-scanning/working-with-secret-scanning-and-push-protection',
    rules: [
      {
        id: 'base64-decoded',
        description: 'A base64 run (standard or URL-safe) after a word that announces one (base64, b64, Basic, _auth, a JSON start): decoded and scanned, what it holds is reported at the run.',
        pattern: BASE64_RUN,
        keywords: ['base64', 'b64', '_auth', 'basic', 'ewog', 'ewoi', 'eyai'],
        // The run starts right after the word; the engine widens a run the window cut to its end.
        window: { before: 16, after: 256 },
        confidence: 'medium',
        decode: 'base64',
        generic: true,
      },
      {
        id: 'base64-blob-decoded',
        description: 'A base64 run that holds the base64 form of a provider key prefix (Z2hwX is ghp_): decoded and scanned, what it holds is reported at the run.',
        pattern: BASE64_RUN,
        keywords: [],
        wakeOnEncodedPrefixes: true,
        window: { before: 4096, after: 4096 },
        confidence: 'medium',
        decode: 'base64',
        generic: true,
      },
      {
        id: 'percent-decoded',
        description: 'A percent-encoded value (%22, %3D, %3A …) decoded and scanned: what it holds is reported at the encoded span.',
        pattern: String.raw`(?<![A-Za-z0-9._~+%-])(?:[A-Za-z0-9._~+-]|%[0-9A-Fa-f]{2}){12,4096}`,
        // `%22` and `%3a` alone would wake the keyword hash on `err` and `sa` (their 5-bit
        // folds): the encoded JSON separators and `=` instead.
        keywords: ['%22%3a', '%3a%22', '%22%2c', '%3d'],
        window: { before: 1024, after: 1024 },
        confidence: 'medium',
        decode: 'percent',
        generic: true,
      },
    ],
  },
];
