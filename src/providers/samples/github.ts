import { curlBearer, dotenv, jsConst, shellExport, yamlEntry } from './contexts.js';
import { ALNUM, B64URL, DIGITS, breakChecksum, fakeChecksummedToken, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

const finePat = (s: string): string => `github_pat_${fakeKey(`${s}a`, ALNUM, 22)}_${fakeKey(`${s}b`, ALNUM, 59)}`;
const installation = (s: string): string =>
  `ghs_${fakeKey(`${s}id`, DIGITS, 7)}_eyJ${fakeKey(`${s}h`, B64URL, 33)}.${fakeKey(`${s}p`, B64URL, 260)}.${fakeKey(`${s}s`, B64URL, 43)}`;

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
];
