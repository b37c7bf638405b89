/** The ai-models group: provider-specific readings of live answers, offline structure checks, overlaps. */
import { describe, expect, test } from '@jest/globals';
import { scanText } from '../src/engine/index.js';
import { elevenlabsLive, interpretBedrock, interpretElevenLabs, structureChecks } from '../src/providers/records/ai-models.js';
import { aiModelFixtures } from '../src/providers/samples/ai-models.js';
import { ALNUM, fakeKey } from '../src/providers/samples/fake.js';
import type { LiveResponse } from '../src/providers/types.js';

const res = (status: number, json: unknown): LiveResponse => ({ status, headers: {}, body: JSON.stringify(json), json });

describe('Amazon Bedrock live answers', () => {
  test('403 "Authentication failed" is a key that does not work there, with the Region caveat', () => {
    const v = interpretBedrock(res(403, { Message: 'Authentication failed: Please make sure your API Key is valid.' }));
    expect(v?.status).toBe('invalid');
    expect(v?.detail).toMatch(/Region/);
  });
  test('403 AccessDenied for the action is a working key without that permission', () => {
    const v = interpretBedrock(res(403, { message: 'User: arn:aws:iam::123456789012:user/BedrockAPIKey-ab12 is not authorized to perform: bedrock:ListFoundationModels' }));
    expect(v?.status).toBe('restricted');
  });
  test('other answers use the default mapping', () => {
    expect(interpretBedrock(res(200, { modelSummaries: [] }))).toBeUndefined();
    expect(interpretBedrock(res(401, {}))).toBeUndefined();
  });
});

describe('Amazon Bedrock key structure', () => {
  test('a short-term key must decode to a signed CallWithBearerToken URL', () => {
    expect(structureChecks.bedrockShortTermLooksReal(aiModelFixtures.bedrockShort('t-1'))).toBe(true);
    const unsigned = `bedrock-api-key-${Buffer.from('bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Expires=900&Version=1').toString('base64')}`;
    expect(structureChecks.bedrockShortTermLooksReal(unsigned)).toBe(false);
  });
  test('a long-term key must decode to printable alias:secret text', () => {
    expect(structureChecks.bedrockLongTermLooksReal(aiModelFixtures.absk('t-2'))).toBe(true);
    expect(structureChecks.bedrockLongTermLooksReal(`ABSK${Buffer.from('no colon in this text at all, just words and more words').toString('base64')}`)).toBe(false);
    expect(structureChecks.bedrockLongTermLooksReal(`ABSK${Buffer.from([0, 1, 2, 250, 251, 58, 3, 4, 5, 6, 7, 8]).toString('base64')}`)).toBe(false);
  });
  test('the short-term key is found whether the URL carried a session token or not', () => {
    for (const key of [aiModelFixtures.bedrockShort('t-3'), aiModelFixtures.bedrockShort('t-4', 'ap-southeast-2', true)]) {
      const f = scanText(`AWS_BEARER_TOKEN_BEDROCK=${key}\n`, 'x.env');
      expect(f.map((x) => [x.rule, x.secret.reveal() === key])).toEqual([['aws-bedrock-short-term-key', true]]);
    }
  });
});

describe('ElevenLabs live answers', () => {
  test('401 missing_permissions is a scoped key that works; 401 invalid_api_key is not', () => {
    expect(interpretElevenLabs(res(401, { detail: { status: 'missing_permissions', message: 'The API key you used is missing the permission user_read to execute this operation.' } }))?.status).toBe('restricted');
    expect(interpretElevenLabs(res(401, { detail: { status: 'invalid_api_key', message: 'Invalid API key' } }))?.status).toBe('invalid');
    expect(interpretElevenLabs(res(200, { subscription: {} }))).toBeUndefined();
  });
  test('the prepared check reads the account with the xi-api-key header', () => {
    expect([elevenlabsLive.method, elevenlabsLive.path, elevenlabsLive.auth]).toEqual(['GET', '/v1/user', { kind: 'header', name: 'xi-api-key' }]);
  });
});

describe('Google service-account keys', () => {
  test('the key file is one finding of the specific rule, not of the generic private-key rule', () => {
    const f = scanText(aiModelFixtures.gsaJson('t-5'), 'sa.json');
    expect(f.map((x) => x.rule)).toEqual(['google-service-account-private-key']);
    expect(f[0]!.secret.reveal()).toBe(aiModelFixtures.pemBody('t-5', '\\n'));
    // Reported where the private_key field starts.
    expect(f[0]!.line).toBe(5);
  });
  test('a PEM block outside a service-account key stays the generic private-key rule', () => {
    const pem = `-----BEGIN PRIVATE KEY-----\n${aiModelFixtures.pemBody('t-6', '\n')}\n-----END PRIVATE KEY-----\n`;
    expect(scanText(pem, 'server.key').map((x) => x.rule)).toEqual(['private-key']);
    const json = `{"private_key": "${aiModelFixtures.pemBody('t-7', '\\n')}", "kind": "tls"}`;
    expect(scanText(json.replace('"private_key": "', '"private_key": "-----BEGIN PRIVATE KEY-----\\n').replace('", "kind"', '\\n-----END PRIVATE KEY-----\\n", "kind"'), 'tls.json').map((x) => x.rule)).toEqual(['private-key']);
  });
  test('a body that is not DER-shaped (no MII…) is not a service-account key', () => {
    expect(structureChecks.gsaBodyLooksReal(fakeKey('t-8', `${ALNUM}+/`, 1600))).toBe(false);
    expect(structureChecks.gsaBodyLooksReal(aiModelFixtures.pemBody('t-9', '\\n'))).toBe(true);
  });
});

describe('sk- + 48 alphanumerics: Stability AI or an OpenAI-compatible proxy', () => {
  const key = `sk-${fakeKey('t-10', ALNUM, 48)}`;
  test('with a Stability name nearby it is Stability AI', () => {
    expect(scanText(`STABILITY_API_KEY=${key}\n`, 'x.env').map((x) => x.rule)).toEqual(['stability-ai-api-key']);
  });
  test('without one it stays the proxy rule', () => {
    expect(scanText(`OPENAI_API_KEY=${key}\nOPENAI_BASE_URL=https://api.chatanywhere.tech/v1\n`, 'x.env').map((x) => x.rule)).toEqual(['openai-compatible-key']);
  });
});
