/**
 * AI tooling records: provider-specific readings of live answers (Zilliz, Clarifai, W&B), the
 * two-part credentials (Modal, Langfuse) and the rules that share a shape with others
 * (Braintrust against OpenAI-compatible relay keys, Clarifai ids against keys).
 */
import { describe, expect, test } from '@jest/globals';
import { scanText } from '../src/engine/index.js';
import { buildRequest } from '../src/health/live.js';
import { clarifai, interpretClarifai, interpretWandb, interpretZilliz, langfuse, nvidia, wandb } from '../src/providers/records/ai-tooling.js';
import type { LiveResponse } from '../src/providers/types.js';
import { ALNUM, HEX, LOWER_ALNUM, fakeKey } from '../src/providers/samples/fake.js';

const res = (status: number, json: unknown): LiveResponse => ({ status, headers: {}, body: JSON.stringify(json), json });
const uuid = (s: string): string => {
  const h = fakeKey(s, HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
const rulesOf = (text: string): string[] => scanText(text, 'config.env').map((f) => f.rule);

describe('Zilliz: the body code decides', () => {
  test('code 0 is the default (valid)', () => {
    expect(interpretZilliz(res(200, { code: 0, data: [{ projectId: 'proj-1' }] }))).toBeUndefined();
  });
  test('a token error in a 200 body is invalid', () => {
    expect(interpretZilliz(res(200, { code: 80001, message: 'Invalid token: your token is not valid' }))).toEqual({ status: 'invalid', detail: '80001 Invalid token: your token is not valid' });
  });
  test('another non-zero code in a 200 body is unknown, not valid', () => {
    expect(interpretZilliz(res(200, { code: 90001, message: 'Service is busy' }))?.status).toBe('unknown');
  });
  test('no code: the default mapping', () => {
    expect(interpretZilliz(res(401, { message: 'Unauthorized' }))).toBeUndefined();
  });
});

describe('Clarifai: status.code in the body', () => {
  test('10000 is success (default mapping)', () => {
    expect(interpretClarifai(res(200, { status: { code: 10000, description: 'Ok' }, user: { id: 'someone' } }))).toBeUndefined();
  });
  test('an auth failure code is invalid', () => {
    expect(interpretClarifai(res(401, { status: { code: 11009, description: 'API key not found' } }))).toEqual({ status: 'invalid', detail: '11009 API key not found' });
    expect(interpretClarifai(res(200, { status: { code: 11102, description: 'Invalid token' } }))?.status).toBe('invalid');
  });
  test('another failure in a 200 body is unknown', () => {
    expect(interpretClarifai(res(200, { status: { code: 21200, description: 'Model does not exist' } }))?.status).toBe('unknown');
  });
  test('the key goes in a "Key" authorization header', () => {
    const req = buildRequest(clarifai.live!, 'a'.repeat(32), 'https://api.clarifai.com');
    expect(req.headers['Authorization'] ?? req.headers['authorization']).toBe(`Key ${'a'.repeat(32)}`);
  });
});

describe('W&B: GraphQL viewer', () => {
  test('a viewer is valid, with the user name', () => {
    expect(interpretWandb(res(200, { data: { viewer: { id: 'VXNlcjox', username: 'ada' } } }))).toEqual({ status: 'valid', detail: 'user ada' });
  });
  test('viewer null is invalid', () => {
    expect(interpretWandb(res(200, { data: { viewer: null } }))?.status).toBe('invalid');
  });
  test('non-200: the default mapping', () => {
    expect(interpretWandb(res(401, { errors: [{ message: 'user is not logged in' }] }))).toBeUndefined();
  });
  test('the check is a read-only query with basic auth api:<key>', () => {
    const req = buildRequest(wandb.live!, 'k'.repeat(40), 'https://api.wandb.ai');
    expect(JSON.parse(wandb.live!.body!).query).toMatch(/^query \{ viewer/);
    const auth = req.headers['Authorization'] ?? req.headers['authorization'];
    expect(Buffer.from(auth!.replace(/^Basic /, ''), 'base64').toString()).toBe(`api:${'k'.repeat(40)}`);
  });
});

describe('two-part credentials', () => {
  const lfSk = `sk-lf-${uuid('t-lf-sk')}`;
  const lfPk = `pk-lf-${uuid('t-lf-pk')}`;
  test('Langfuse: the public key is the pair, never a finding of its own', () => {
    const f = scanText(`LANGFUSE_SECRET_KEY=${lfSk}\nLANGFUSE_PUBLIC_KEY=${lfPk}\n`, '.env');
    expect(f.map((x) => [x.rule, x.secret.reveal(), x.pair?.secret.reveal()])).toEqual([['langfuse-secret-key', lfSk, lfPk]]);
    expect(scanText(`LANGFUSE_PUBLIC_KEY=${lfPk}\n`, '.env')).toEqual([]);
  });
  test('Langfuse live check sends public:secret and is not sent without the public key', () => {
    const req = buildRequest(langfuse.live!, lfSk, 'https://cloud.langfuse.com', { pair: lfPk });
    const auth = req.headers['Authorization'] ?? req.headers['authorization'];
    expect(Buffer.from(auth!.replace(/^Basic /, ''), 'base64').toString()).toBe(`${lfPk}:${lfSk}`);
    expect(() => buildRequest(langfuse.live!, lfSk, 'https://cloud.langfuse.com')).toThrow();
  });
  test('Modal: the secret needs its token ID nearby', () => {
    const id = `ak-${fakeKey('t-md-id', ALNUM, 22)}`;
    const secret = `as-${fakeKey('t-md-sec', ALNUM, 22)}`;
    const f = scanText(`token_id = "${id}"\ntoken_secret = "${secret}"\n`, '.modal.toml');
    expect(f.map((x) => [x.rule, x.secret.reveal(), x.pair?.secret.reveal()])).toEqual([['modal-token-secret', secret, id]]);
    expect(rulesOf(`echo "as-${fakeKey('t-md-2', ALNUM, 22)}" # modal\n`)).toEqual([]);
  });
});

describe('shared shapes', () => {
  test('Braintrust sk- keys: Braintrust with the name nearby, the relay rule without it', () => {
    const key = `sk-${fakeKey('t-bt', ALNUM, 48)}`;
    expect(rulesOf(`BRAINTRUST_API_KEY=${key}\n`)).toEqual(['braintrust-api-key']);
    expect(rulesOf(`relay_key: ${key}\n`)).toEqual(['openai-compatible-key']);
  });
  test('Clarifai: a 32-hex model version id is not a key; the same value as CLARIFAI_PAT is', () => {
    const hex = fakeKey('t-cf', HEX, 32);
    expect(rulesOf(`MODEL_VERSION_ID = "${hex}"  # clarifai general model\n`)).toEqual([]);
    expect(rulesOf(`clarifai_pat = "${hex}"\n`)).toEqual(['clarifai-pat']);
    expect(rulesOf(`CLARIFAI_API_KEY = "${hex}"\n`)).toEqual(['clarifai-app-key']);
  });
  test('NGC legacy keys are checked by decoding: id:uuid only', () => {
    const good = Buffer.from(`${fakeKey('t-ngc', LOWER_ALNUM, 26)}:${uuid('t-ngc-u')}`).toString('base64');
    expect(nvidia.rules[1]!.verify!(good)).toBe(true);
    expect(nvidia.rules[1]!.verify!(Buffer.from(fakeKey('t-ngc-2', ALNUM, 63)).toString('base64'))).toBe(false);
  });
  test('Helicone write-only keys are their own rule; EU and proxy keys are read-write keys', () => {
    const g = [0, 1, 2, 3].map((i) => fakeKey(`t-hc-${i}`, LOWER_ALNUM, 7)).join('-');
    expect(rulesOf(`x = "pk-helicone-eu-${g}"\n`)).toEqual(['helicone-write-key']);
    expect(rulesOf(`x = "sk-helicone-proxy-${g}-${uuid('t-hc-u')}"\n`)).toEqual(['helicone-api-key']);
  });
});
