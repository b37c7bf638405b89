import { curlBearer, dotenv, jsConst, shellExport, yamlEntry } from './contexts.js';
import { ALNUM, B64URL, DIGITS, HEX, breakChecksum, fakeChecksummedToken, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

const finePat = (s: string): string => `github_pat_${fakeKey(`${s}a`, ALNUM, 22)}_${fakeKey(`${s}b`, ALNUM, 59)}`;
const installation = (s: string): string =>
  `ghs_${fakeKey(`${s}id`, DIGITS, 7)}_eyJ${fakeKey(`${s}h`, B64URL, 33)}.${fakeKey(`${s}p`, B64URL, 260)}.${fakeKey(`${s}s`, B64URL, 43)}`;

/** An RSA PKCS#1 body as PEM lines (64 chars), DER-shaped start (`MIIEo…`). */
const rsaLines = (s: string, lines = 25): string[] => {
  const out = [`MIIEo${fakeKey(`${s}0`, `${ALNUM}+/`, 59)}`];
  for (let i = 1; i < lines - 1; i++) out.push(fakeKey(`${s}${i}`, `${ALNUM}+/`, 64));
  out.push(`${fakeKey(`${s}last`, `${ALNUM}+/`, 34)}==`);
  return out;
};
const rsaBody = (s: string, sep: string): string => rsaLines(s).join(sep);
const rsaPem = (s: string, sep: string): string => `-----BEGIN RSA PRIVATE KEY-----${sep}${rsaBody(s, sep)}${sep}-----END RSA PRIVATE KEY-----`;
const clientSecret = (s: string): string => fakeKey(s, HEX, 40);
const newClientId = (s: string, kind = 'Ov23li'): string => `${kind}${fakeKey(s, ALNUM, 14)}`;

const ghp1 = fakeChecksummedToken('gh-1', 'ghp_');
const gho1 = fakeChecksummedToken('gh-2', 'gho_');
const ghs1 = fakeChecksummedToken('gh-3', 'ghs_');

export const githubSamples: ProviderSamples[] = [
  {
    provider: 'github',
    positives: [
      { text: dotenv('GITHUB_TOKEN', ghp1), secret: ghp1, rule: 'github-classic-token' },
      { text: curlBearer('https://api.github.com/user', gho1), secret: gho1, rule: 'github-classic-token' },
      { text: `git clone https://x-access-token:${ghs1}@github.com/acme/app.git\n`, secret: ghs1, rule: 'github-classic-token' },
      { text: shellExport('GH_TOKEN', finePat('gh-4')), secret: finePat('gh-4'), rule: 'github-fine-grained-pat' },
      { text: jsConst('installationToken', installation('gh-5')), secret: installation('gh-5'), rule: 'github-app-installation-token' },
      { text: yamlEntry('GITHUB_PAT', fakeChecksummedToken('gh-6', 'ghr_')), secret: fakeChecksummedToken('gh-6', 'ghr_'), rule: 'github-classic-token' },
    ],
    negatives: [
      { text: 'GITHUB_TOKEN=ghp_16C7e42F292c69C2E7C10c838347Ae178B4a\n', why: 'documentation sample: its CRC32 tail does not match' },
      { text: dotenv('GITHUB_TOKEN', breakChecksum(fakeChecksummedToken('gh-n1', 'ghp_'))), why: 'edited token: wrong checksum' },
      { text: 'token: ${{ secrets.GITHUB_TOKEN }}\n', why: 'Actions secret reference' },
      { text: 'GH_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'placeholder (fails the checksum)' },
      { text: `# fine-grained tokens start with github_pat_${fakeKey('gh-n2', ALNUM, 22)}_…\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'github-app',
    positives: [
      {
        text: `GITHUB_APP_ID=${fakeKey('ga-1id', DIGITS, 6)}\nGITHUB_APP_PRIVATE_KEY="${rsaPem('ga-1', '\\n')}"\n`,
        secret: rsaBody('ga-1', '\\n'),
        rule: 'github-app-private-key',
      },
      {
        text: `githubApp:\n  appId: ${fakeKey('ga-2id', DIGITS, 7)}\n  privateKey: |\n    ${rsaPem('ga-2', '\n    ')}\n  webhookSecret: from-vault\n`,
        secret: rsaBody('ga-2', '\n    '),
        rule: 'github-app-private-key',
      },
      {
        text: `      - uses: actions/create-github-app-token@v2\n        with:\n          app-id: ${fakeKey('ga-3id', DIGITS, 6)}\n          private-key: |\n            ${rsaPem('ga-3', '\n            ')}\n`,
        secret: rsaBody('ga-3', '\n            '),
        rule: 'github-app-private-key',
      },
    ],
    negatives: [
      { text: 'GITHUB_APP_PRIVATE_KEY="-----BEGIN RSA PRIVATE KEY-----\\n...\\n-----END RSA PRIVATE KEY-----"\n', why: 'elided key body' },
      { text: 'private-key: ${{ secrets.GITHUB_APP_PRIVATE_KEY }}\n', why: 'Actions secret reference' },
      { text: 'GITHUB_APP_PRIVATE_KEY_PATH=./acme-bot.2026-01-05.private-key.pem\n', why: 'a path to the key, not the key' },
    ],
  },
  {
    provider: 'github-oauth-app',
    positives: [
      {
        text: `GITHUB_CLIENT_ID=${newClientId('go-1')}\nGITHUB_CLIENT_SECRET=${clientSecret('go-1s')}\n`,
        secret: clientSecret('go-1s'),
        rule: 'github-oauth-app-client-secret',
        pair: newClientId('go-1'),
      },
      {
        text: `passport.use(new GitHubStrategy({\n  clientID: 'Iv1.${fakeKey('go-2', HEX, 16)}',\n  clientSecret: '${clientSecret('go-2s')}',\n  callbackURL: 'https://app.acme.io/auth/github/callback',\n}, verify));\n`,
        secret: clientSecret('go-2s'),
        rule: 'github-oauth-app-client-secret',
        pair: `Iv1.${fakeKey('go-2', HEX, 16)}`,
      },
      {
        text: `AUTH_GITHUB_ID=${fakeKey('go-3', HEX, 20)}\nAUTH_GITHUB_SECRET=${clientSecret('go-3s')}\n`,
        secret: clientSecret('go-3s'),
        rule: 'github-oauth-app-client-secret',
        pair: fakeKey('go-3', HEX, 20),
      },
      {
        text: `GitHubProvider({\n  clientId: "${newClientId('go-4', 'Iv23li')}",\n  clientSecret: "${clientSecret('go-4s')}",\n})\n`,
        secret: clientSecret('go-4s'),
        rule: 'github-oauth-app-client-secret',
        pair: newClientId('go-4', 'Iv23li'),
      },
    ],
    negatives: [
      { text: `GITHUB_CLIENT_SECRET=${clientSecret('go-n1')}\n`, why: 'a secret without its client ID' },
      { text: `GITHUB_CLIENT_ID=${newClientId('go-n2')}\nGITHUB_SHA=${clientSecret('go-n2s')}\n`, why: 'a commit SHA next to a client ID' },
      { text: 'GITHUB_CLIENT_ID=<client-id>\nGITHUB_CLIENT_SECRET=<client-secret>\n', why: 'placeholders' },
    ],
  },
];
