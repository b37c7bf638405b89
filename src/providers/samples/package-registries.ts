import { dotenv, shellExport, yamlEntry } from './contexts.js';
import { B64URL, HEX, breakChecksum, fakeChecksummedToken, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

const npm1 = fakeChecksummedToken('np-1', 'npm_');
const npm2 = fakeChecksummedToken('np-2', 'npm_');
const npm3 = fakeChecksummedToken('np-3', 'npm_');
const uuid = (s: string): string => {
  const h = fakeKey(s, HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
const pypiTok = (s: string, n = 150): string => `pypi-AgEIcHlwaS5vcmc${fakeKey(s, B64URL, n)}`;
const testPypi = (s: string): string => `pypi-AgENdGVzdC5weXBpLm9yZw${fakeKey(s, B64URL, 140)}`;

export const packageRegistrySamples: ProviderSamples[] = [
  {
    provider: 'npm',
    positives: [
      { text: `//registry.npmjs.org/:_authToken=${npm1}\n`, secret: npm1, rule: 'npm-access-token' },
      { text: dotenv('NPM_TOKEN', npm2), secret: npm2, rule: 'npm-access-token' },
      { text: yamlEntry('NODE_AUTH_TOKEN', npm3), secret: npm3, rule: 'npm-access-token' },
      { text: `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${uuid('np-4')}\n`, secret: uuid('np-4'), rule: 'npm-legacy-auth-token' },
    ],
    negatives: [
      { text: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n', why: 'variable reference' },
      { text: dotenv('NPM_TOKEN', breakChecksum(fakeChecksummedToken('np-n1', 'npm_'))), why: 'wrong checksum' },
      { text: 'NPM_TOKEN=npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'placeholder (fails the checksum)' },
      { text: `const id = "${uuid('np-n2')}"; // request id\n`, why: 'UUID without npm token context' },
    ],
  },
  {
    provider: 'pypi',
    positives: [
      { text: `[pypi]\nusername = __token__\npassword = ${pypiTok('pp-1')}\n`, secret: pypiTok('pp-1'), rule: 'pypi-token' },
      { text: shellExport('TWINE_PASSWORD', pypiTok('pp-2', 170)), secret: pypiTok('pp-2', 170), rule: 'pypi-token' },
      { text: yamlEntry('PYPI_API_TOKEN', pypiTok('pp-3', 90)), secret: pypiTok('pp-3', 90), rule: 'pypi-token' },
      { text: `[testpypi]\nusername = __token__\npassword = ${testPypi('pp-4')}\n`, secret: testPypi('pp-4'), rule: 'pypi-test-token' },
    ],
    negatives: [
      { text: 'password: ${{ secrets.PYPI_API_TOKEN }}\n', why: 'Actions secret reference' },
      { text: 'TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmc...\n', why: 'elided placeholder' },
      { text: `# tokens begin with pypi-AgEIcHlwaS5vcmc${fakeKey('pp-n1', B64URL, 20)}\n`, why: 'truncated' },
    ],
  },
];
