import { dotenv, jsonEntry } from './contexts.js';
import { B64, BASE32, HEX, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

const keyId = (s: string, prefix = 'AKIA'): string => `${prefix}${fakeKey(s, BASE32, 16)}`;
const secret = (s: string): string => fakeKey(s, B64, 40);

const credentials = `[default]\naws_access_key_id = ${keyId('aw-1')}\naws_secret_access_key = ${secret('aw-1s')}\nregion = eu-west-1\n`;
const sts = `{\n  "Credentials": {\n    "AccessKeyId": "${keyId('aw-2', 'ASIA')}",\n    "SecretAccessKey": "${secret('aw-2s')}",\n    "Expiration": "2030-01-01T00:00:00Z"\n  }\n}\n`;
const sdk = `const s3 = new S3Client({\n  credentials: { accessKeyId: "${keyId('aw-3')}", secretAccessKey: "${secret('aw-3s')}" },\n});\n`;

export const awsSamples: ProviderSamples[] = [
  {
    provider: 'aws',
    positives: [
      { text: credentials, secret: keyId('aw-1'), rule: 'aws-access-key-id' },
      { text: credentials, secret: secret('aw-1s'), rule: 'aws-secret-access-key' },
      { text: sts, secret: keyId('aw-2', 'ASIA'), rule: 'aws-access-key-id' },
      { text: sts, secret: secret('aw-2s'), rule: 'aws-secret-access-key' },
      { text: sdk, secret: secret('aw-3s'), rule: 'aws-secret-access-key' },
      { text: dotenv('AWS_ACCESS_KEY_ID', keyId('aw-4')), secret: keyId('aw-4'), rule: 'aws-access-key-id' },
      { text: `AWS_SECRET_ACCESS_KEY=${secret('aw-5')}\n`, secret: secret('aw-5'), rule: 'aws-secret-access-key' },
    ],
    negatives: [
      { text: 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n', why: 'AWS documentation example pair' },
      { text: '      - uses: aws-actions/configure-aws-credentials@' + fakeKey('aw-n1', HEX, 40) + '\n', why: 'pinned action SHA (40 hex) next to aws' },
      { text: 'AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n', why: 'Actions secret reference' },
      { text: `upload to https://s3.amazonaws.com/bucket/assets/${fakeKey('aw-n2', B64, 40).replace(/[+/]/g, 'k')}.png\n`, why: 'path segment with a file extension after it' },
      { text: jsonEntry('instance', `XAKIA${fakeKey('aw-n3', BASE32, 16)}`), why: 'key-id shape embedded in a longer token' },
      { text: `secret = "${fakeKey('aw-n4', B64, 40)}"  # no AWS context\n`.replace('secret = ', 'digest = '), why: '40 chars with no AWS context' },
    ],
  },
];
