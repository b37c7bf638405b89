/**
 * Cloud records beyond the shared sample tests: the Azure DevOps live check (request and answer
 * shapes), the legacy PAT checksum, which record wins where Azure key shapes overlap, pairs,
 * the OCI key-file path rule and span edges (SAS signatures, a secret at the end of a sentence).
 */
import { describe, expect, test } from '@jest/globals';
import { scanText } from '../src/engine/index.js';
import { buildRequest, interpretResponse } from '../src/health/live.js';
import { azureDevops, legacyPatChecksumOk } from '../src/providers/records/cloud-azure.js';
import { cloudAzureSamples } from '../src/providers/samples/cloud-azure.js';
import { ALNUM, B64, B64URL, fakeKey } from '../src/providers/samples/fake.js';
import type { LiveResponse } from '../src/providers/types.js';

const res = (status: number, json?: unknown, body = ''): LiveResponse => ({ status, headers: {}, body: json === undefined ? body : JSON.stringify(json), json });
const rules = (text: string, path = 'sample.txt'): string[] => scanText(text, path).map((f) => f.rule);

describe('azure-devops live check', () => {
  const live = azureDevops.live!;

  test('sends the PAT as the Basic password with an empty user name, to the global profile endpoint', () => {
    const pat = `${fakeKey('t-ado', ALNUM, 76)}AZDO${fakeKey('t-ado2', ALNUM, 4)}`;
    const req = buildRequest(live, pat, live.base);
    expect(req.url).toBe('https://app.vssps.visualstudio.com/_apis/profile/profiles/me?api-version=7.1-preview.3');
    expect(req.method).toBe('GET');
    expect(req.headers['authorization']).toBe(`Basic ${Buffer.from(`:${pat}`).toString('base64')}`);
    expect(req.url).not.toContain(pat);
  });

  test('answers: profile (valid, with its name), sign-in page (invalid), 401 (invalid), 403 (restricted)', () => {
    expect(interpretResponse(live, res(200, { id: 'x', displayName: 'Build Bot', emailAddress: 'bot@contoso.com' }))).toEqual({ status: 'valid', detail: 'profile Build Bot' });
    expect(interpretResponse(live, res(200, {}))).toEqual({ status: 'valid' });
    expect(interpretResponse(live, res(203, undefined, '<html><title>Azure DevOps Services | Sign In</title></html>')).status).toBe('invalid');
    const bad = interpretResponse(live, res(401, { message: 'TF400813: The user is not authorized to access this resource.' }));
    expect(bad).toEqual({ status: 'invalid', detail: 'TF400813: The user is not authorized to access this resource.' });
    expect(interpretResponse(live, res(403, {})).status).toBe('restricted');
    expect(interpretResponse(live, res(503, undefined, 'busy')).status).toBe('unknown');
  });
});

describe('legacy Azure DevOps PATs: embedded CRC32', () => {
  const legacy = cloudAzureSamples.find((s) => s.provider === 'azure-devops')!.positives.filter((p) => p.rule === 'azure-devops-pat-legacy');

  test('a PAT built with its checksum verifies; one character changed does not', () => {
    const [withSum, withoutSum] = legacy.map((p) => p.secret);
    expect(legacyPatChecksumOk(withSum!)).toBe(true);
    expect(legacyPatChecksumOk(withoutSum!)).toBe(false);
    const edited = withSum!.slice(0, 10) + (withSum![10] === 'a' ? 'b' : 'a') + withSum!.slice(11);
    expect(legacyPatChecksumOk(edited)).toBe(false);
    expect(legacyPatChecksumOk('not a pat')).toBe(false);
  });

  test('confidence: high with a valid checksum, medium without', () => {
    const [withSum, withoutSum] = legacy;
    expect(scanText(withSum!.text, 'sample.txt').find((f) => f.rule === 'azure-devops-pat-legacy')?.confidence).toBe('high');
    expect(scanText(withoutSum!.text, 'sample.txt').find((f) => f.rule === 'azure-devops-pat-legacy')?.confidence).toBe('medium');
  });
});

describe('overlapping Azure key shapes go to the right record', () => {
  test('an 84-char DevOps PAT (it carries the JQQJ99 marker too) is a DevOps PAT, not an AI services key', () => {
    const pat = `${fakeKey('t-ov', ALNUM, 52)}JQQJ99${fakeKey('t-ov2', ALNUM, 18)}AZDO${fakeKey('t-ov3', ALNUM, 4)}`;
    const f = scanText(`AZURE_DEVOPS_EXT_PAT=${pat}\n`, '.env');
    expect(f.map((x) => [x.provider, x.rule])).toEqual([['azure-devops', 'azure-devops-pat']]);
  });

  test('an Event Hubs identifiable key in a connection string with no Event Hubs words is still Event Hubs', () => {
    const key = `${fakeKey('t-eh', B64, 33)}+AEhK${fakeKey('t-eh2', B64, 5)}=`;
    const text = `conn = "Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${key}"\n`;
    expect(scanText(text, 'app.py').map((x) => x.rule)).toEqual(['azure-event-hubs-key']);
  });

  test('a Service Bus identifiable key in a connection string naming an event hub is still Service Bus', () => {
    const key = `${fakeKey('t-sb', B64, 33)}+ASbC${fakeKey('t-sb2', B64, 5)}=`;
    const text = `EVENTHUB_MIRROR="Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${key}"\n`;
    expect(scanText(text, '.env').map((x) => x.rule)).toEqual(['azure-service-bus-key']);
  });

  test('a Cosmos Table API connection string (Storage shape) is Cosmos DB; a plain storage string is Storage', () => {
    const key = `${fakeKey('t-ct', B64, 86)}==`;
    const cosmos = `DefaultEndpointsProtocol=https;AccountName=t;AccountKey=${key};TableEndpoint=https://t.table.cosmos.azure.com:443/;\n`;
    const storage = `DefaultEndpointsProtocol=https;AccountName=t;AccountKey=${key};EndpointSuffix=core.windows.net\n`;
    expect(rules(cosmos)).toEqual(['azure-cosmos-db-key-legacy']);
    expect(rules(storage)).toEqual(['azure-storage-account-key-legacy']);
  });
});

describe('span edges', () => {
  test('a SAS signature stops at & and #', () => {
    const sig = `${fakeKey('t-sas', B64, 43)}=`.replace(/\+/g, '%2B').replace(/\//g, '%2F').replace(/=/g, '%3D');
    const url = `https://t.blob.core.windows.net/c/f?sv=2022-11-02&sr=b&sp=r&sig=${sig}&se=2030-01-01#frag\n`;
    const f = scanText(url, 'a.txt');
    expect(f.map((x) => [x.rule, x.secret.reveal()])).toEqual([['azure-storage-sas-signature', sig]]);
    const f2 = scanText(url.replace('&se=2030-01-01', ''), 'a.txt');
    expect(f2.map((x) => x.secret.reveal())).toEqual([sig]);
  });

  test('an Entra secret that ends a sentence keeps its last character and drops the full stop', () => {
    const secret = `${fakeKey('t-en', ALNUM, 3)}8Q~${fakeKey('t-en2', ALNUM, 34)}`;
    const f = scanText(`The new secret is ${secret}. Rotate it monthly.\n`, 'notes.txt');
    expect(f.map((x) => [x.rule, x.secret.reveal()])).toEqual([['azure-entra-id-client-secret', secret]]);
  });
});

describe('pairs', () => {
  test('Alibaba: the ID alone is reported; with its secret the pair is one finding', () => {
    const id = `LTAI${fakeKey('t-al', ALNUM, 20)}`;
    const secret = fakeKey('t-al2', ALNUM, 30);
    expect(rules(`ALIBABA_CLOUD_ACCESS_KEY_ID=${id}\n`)).toEqual(['alibaba-cloud-access-key-id']);
    const f = scanText(`ALIBABA_CLOUD_ACCESS_KEY_ID=${id}\nALIBABA_CLOUD_ACCESS_KEY_SECRET=${secret}\n`, '.env');
    expect(f.map((x) => [x.rule, x.secret.reveal(), x.pair?.secret.reveal()])).toEqual([['alibaba-cloud-access-key-secret', secret, id]]);
  });

  test('Entra: the nearest GUID named as a client ID is the pair, not the tenant ID', () => {
    const client = 'd2c7e1a4-5b3f-4c8e-9a61-7f0b2e4d8c13';
    const tenant = 'a91f3c2e-0d4b-47e6-b8a5-2c9e1f7d3b60';
    const secret = `${fakeKey('t-ep', ALNUM, 3)}8Q~${fakeKey('t-ep2', ALNUM, 34)}`;
    const f = scanText(`AZURE_CLIENT_ID=${client}\nAZURE_CLIENT_SECRET=${secret}\nAZURE_TENANT_ID=${tenant}\n`, '.env');
    expect(f.map((x) => [x.rule, x.pair?.secret.reveal()])).toEqual([['azure-entra-id-client-secret', client]]);
  });
});

describe('OCI API signing keys', () => {
  const body = (`MIIEv${fakeKey('t-oci', B64, 1595)}`.match(/.{1,64}/g) ?? []).join('\n');
  const pem = `-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----\n`;

  test('a PEM key in oci_api_key.pem is an OCI signing key; the same key elsewhere is a generic private key', () => {
    expect(rules(pem, 'home/dev/.oci/oci_api_key.pem')).toEqual(['oracle-cloud-api-signing-key']);
    expect(rules(pem, 'keys/server.pem')).toEqual(['private-key']);
  });

  test('a config with OCIDs, a fingerprint and a key_file path alone is not a finding', () => {
    const config = `[DEFAULT]\nuser=ocid1.user.oc1..aaaaaaaa${fakeKey('t-u', 'abcdefghijklmnopqrstuvwxyz0123456789', 52)}\nfingerprint=12:34:56:78:9a:bc:de:f0:12:34:56:78:9a:bc:de:f0\nkey_file=~/.oci/oci_api_key.pem\n`;
    expect(rules(config, 'home/dev/.oci/config')).toEqual([]);
  });
});

describe('Yandex static keys need Yandex context', () => {
  test('a YC-prefixed 40-char value beside an AWS-style name but no Yandex word or YCAJ ID is not Yandex', () => {
    const value = `YC${fakeKey('t-yc', B64URL, 38)}`;
    expect(scanText(`secret_blob_ref = "${value}"\n`, 'a.tf').filter((x) => x.provider === 'yandex-cloud')).toEqual([]);
  });
});
