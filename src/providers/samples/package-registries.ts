import { crc32 } from '../checksum.js';
import { curlHeader, dotenv, jsonEntry, shellExport, tomlEntry, yamlEntry } from './contexts.js';
import { ALNUM, B64URL, HEX, LOWER_ALNUM, breakChecksum, fakeChecksummedToken, fakeKey } from './fake.js';
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
const rubygemsKey = (s: string): string => `rubygems_${fakeKey(s, HEX, 48)}`;
const nugetKey = (s: string): string => `oy2${fakeKey(s, LOWER_ALNUM, 43)}`;
const clojarsToken = (s: string): string => `CLOJARS_${fakeKey(s, HEX, 60)}`;
const cratesToken = (s: string): string => `cio${fakeKey(s, ALNUM, 32)}`;
const packagistToken = (s: string, kind = 'ort'): string => {
  const head = `packagist_${kind}_${fakeKey(s, HEX, 60)}`;
  return head + crc32(head).toString(16).padStart(8, '0');
};
const hexKey = (s: string): string => fakeKey(s, HEX, 32);

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
  {
    provider: 'rubygems',
    liveHost: 'rubygems.org',
    positives: [
      { text: `---\n:rubygems_api_key: ${rubygemsKey('rg-1')}\n`, secret: rubygemsKey('rg-1'), rule: 'rubygems-api-key' },
      { text: shellExport('GEM_HOST_API_KEY', rubygemsKey('rg-2')), secret: rubygemsKey('rg-2'), rule: 'rubygems-api-key' },
      { text: curlHeader('https://rubygems.org/api/v1/gems.json', 'Authorization', rubygemsKey('rg-3')), secret: rubygemsKey('rg-3'), rule: 'rubygems-api-key' },
    ],
    negatives: [
      { text: 'GEM_HOST_API_KEY: ${{ secrets.RUBYGEMS_API_KEY }}\n', why: 'Actions secret reference' },
      { text: `GEM_HOST_API_KEY=rubygems_${fakeKey('rg-n1', HEX, 20)}\n`, why: 'truncated' },
      { text: 'GEM_HOST_API_KEY=rubygems_<your-api-key>\n', why: 'placeholder' },
    ],
  },
  {
    provider: 'nuget',
    positives: [
      { text: `dotnet nuget push bin/Release/Acme.Core.2.1.0.nupkg --api-key ${nugetKey('ng-1')} --source https://api.nuget.org/v3/index.json\n`, secret: nugetKey('ng-1'), rule: 'nuget-api-key' },
      { text: dotenv('NUGET_API_KEY', nugetKey('ng-2')), secret: nugetKey('ng-2'), rule: 'nuget-api-key' },
      { text: `<configuration>\n  <apikeys>\n    <add key="https://www.nuget.org/api/v2/package" value="${nugetKey('ng-3')}" />\n  </apikeys>\n</configuration>\n`, secret: nugetKey('ng-3'), rule: 'nuget-api-key' },
    ],
    negatives: [
      { text: 'dotnet nuget push *.nupkg --api-key ${{ secrets.NUGET_API_KEY }}\n', why: 'Actions secret reference' },
      { text: `NUGET_API_KEY=oy2${fakeKey('ng-n1', LOWER_ALNUM, 20)}\n`, why: 'truncated' },
      { text: 'NUGET_API_KEY=oy2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'placeholder' },
    ],
  },
  {
    provider: 'clojars',
    positives: [
      { text: dotenv('CLOJARS_PASSWORD', clojarsToken('cj-1')), secret: clojarsToken('cj-1'), rule: 'clojars-deploy-token' },
      { text: `{:auth {:repository-auth {#"clojars" {:username "jdoe" :password "${clojarsToken('cj-2')}"}}}}\n`, secret: clojarsToken('cj-2'), rule: 'clojars-deploy-token' },
      { text: yamlEntry('CLOJARS_TOKEN', clojarsToken('cj-3')), secret: clojarsToken('cj-3'), rule: 'clojars-deploy-token' },
    ],
    negatives: [
      { text: 'CLOJARS_PASSWORD: ${{ secrets.CLOJARS_DEPLOY_TOKEN }}\n', why: 'Actions secret reference' },
      { text: `CLOJARS_PASSWORD=CLOJARS_${fakeKey('cj-n1', HEX, 30)}\n`, why: 'truncated' },
      { text: 'CLOJARS_USERNAME=jdoe\nCLOJARS_PASSWORD=CLOJARS_<deploy-token>\n', why: 'placeholder' },
    ],
  },
  {
    provider: 'crates-io',
    positives: [
      { text: tomlEntry('token', cratesToken('cr-1')).replace('[auth]', '[registry]'), secret: cratesToken('cr-1'), rule: 'crates-io-api-token' },
      { text: shellExport('CARGO_REGISTRY_TOKEN', cratesToken('cr-2')), secret: cratesToken('cr-2'), rule: 'crates-io-api-token' },
      { text: `cargo login ${cratesToken('cr-3')}\n`, secret: cratesToken('cr-3'), rule: 'crates-io-api-token' },
    ],
    negatives: [
      { text: 'CARGO_REGISTRY_TOKEN: ${{ secrets.CARGO_REGISTRY_TOKEN }}\n', why: 'Actions secret reference' },
      { text: `CARGO_REGISTRY_TOKEN=cio${fakeKey('cr-n1', ALNUM, 12)}\n`, why: 'truncated' },
      { text: 'let spacious = "ciousness"; // precious delicious\n', why: 'words containing cio' },
    ],
  },
  {
    provider: 'packagist',
    positives: [
      {
        text: `composer config --global --auth http-basic.repo.packagist.com token ${packagistToken('pk-1')}\n`,
        secret: packagistToken('pk-1'),
        rule: 'packagist-token',
      },
      { text: jsonEntry('password', packagistToken('pk-2', 'uut')), secret: packagistToken('pk-2', 'uut'), rule: 'packagist-token' },
      { text: dotenv('PRIVATE_PACKAGIST_TOKEN', packagistToken('pk-3', 'out')), secret: packagistToken('pk-3', 'out'), rule: 'packagist-token' },
      { text: yamlEntry('PACKAGIST_TOKEN', packagistToken('pk-4', 'cut')), secret: packagistToken('pk-4', 'cut'), rule: 'packagist-token' },
    ],
    negatives: [
      { text: `PRIVATE_PACKAGIST_TOKEN=${packagistToken('pk-n1').slice(0, -1)}${packagistToken('pk-n1').endsWith('0') ? '1' : '0'}\n`, why: 'wrong checksum' },
      { text: 'composer config --global --auth http-basic.repo.packagist.com token packagist_ort_...\n', why: 'elided placeholder' },
      { text: 'PRIVATE_PACKAGIST_TOKEN: ${{ secrets.PRIVATE_PACKAGIST_TOKEN }}\n', why: 'Actions secret reference' },
    ],
  },
  {
    provider: 'hex',
    liveHost: 'hex.pm',
    positives: [
      { text: dotenv('HEX_API_KEY', hexKey('hx-1')), secret: hexKey('hx-1'), rule: 'hex-api-key' },
      { text: `mix hex.organization auth acme --key ${hexKey('hx-2')}\n`, secret: hexKey('hx-2'), rule: 'hex-api-key' },
      { text: yamlEntry('HEX_API_KEY', hexKey('hx-3')), secret: hexKey('hx-3'), rule: 'hex-api-key' },
    ],
    negatives: [
      { text: 'HEX_API_KEY: ${{ secrets.HEX_API_KEY }}\n', why: 'Actions secret reference' },
      { text: `hexdigest = "${hexKey('hx-n1')}"  # md5 of the tarball\n`, why: '32 hex without a Hex key name' },
      { text: 'HEX_API_KEY=<your-hex-api-key>\n', why: 'placeholder' },
    ],
  },
];
