/**
 * The devops group beyond the shared sample tests: the Bech32 check of age keys, the Kubernetes
 * Secret and kubeconfig rules (path rules, several values, document boundaries), ngrok.yml,
 * the GitHub Container Registry decision (no rule of its own), the two-part live requests
 * (Docker Hub, Twingate) and every `interpret` with the provider's answer shapes.
 */
import { describe, expect, test } from '@jest/globals';
import { scanText } from '../src/engine/index.js';
import { buildRequest, interpretResponse, liveCheck } from '../src/health/live.js';
import { fakeChecksummedToken, fakeKey, ALNUM, B64, B64URL, HEX } from '../src/providers/samples/fake.js';
import {
  age,
  bech32Valid,
  dockerHub,
  ngrok,
  pulumi,
  secretDataIsCredential,
  secretTextIsCredential,
  tailscale,
  terraformCloud,
  twingate,
  zerotier,
} from '../src/providers/records/devops.js';
import type { LiveCheck, LiveResponse } from '../src/providers/types.js';

const res = (status: number, json?: unknown): LiveResponse => ({ status, headers: {}, body: json === undefined ? '' : JSON.stringify(json), json });
const verdictOf = (live: LiveCheck, status: number, json?: unknown) => interpretResponse(live, res(status, json));
const rules = (text: string, path = 'sample.txt'): string[] => scanText(text, path).map((f) => f.rule);
const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

describe('age: Bech32 checksum', () => {
  // BIP 173's own valid test strings (any HRP): the checksum code is the standard one.
  test('accepts BIP 173 test vectors, rejects a changed character and mixed case', () => {
    expect(bech32Valid('A12UEL5L')).toBe(true);
    expect(bech32Valid('abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw')).toBe(true);
    expect(bech32Valid('abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxx')).toBe(false);
    expect(bech32Valid('A12uEL5L')).toBe(false);
  });
  test('the format check uses it too', () => {
    expect(age.format?.checksum).toBe(bech32Valid);
  });
});

describe('kubernetes Secret manifests', () => {
  const manifest = (data: string): string => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n${data}`;

  test('every credential under data: is reported, words are not', () => {
    const a = b64(fakeKey('kx-1', ALNUM, 24));
    const c = b64(fakeKey('kx-2', ALNUM, 32));
    const found = scanText(manifest(`  username: ${b64('admin')}\n  password: ${a}\n\n  # the API key\n  api-key: ${c}\n`), 'k8s/secret.yaml');
    expect(found.filter((f) => f.rule === 'kubernetes-secret-data').map((f) => f.secret.reveal())).toEqual([a, c]);
  });

  test('a ConfigMap in the next document is not a Secret', () => {
    const text = `${manifest(`  password: ${b64(`${fakeKey('kx-3', ALNUM, 23)}7`)}\n`)}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  digest: ${fakeKey('kx-4', B64, 44)}\n`;
    expect(rules(text).filter((r) => r.startsWith('kubernetes'))).toEqual(['kubernetes-secret-data']);
  });

  test('data: judged by what it decodes to', () => {
    expect(secretDataIsCredential(b64('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'))).toBe(false);
    expect(secretDataIsCredential(b64('-----BEGIN EC PRIVATE KEY-----\nMHcC\n-----END EC PRIVATE KEY-----\n'))).toBe(true);
    expect(secretDataIsCredential(b64(`redis://:${fakeKey('kx-5', ALNUM, 16)}@cache:6379/0`))).toBe(true);
    expect(secretDataIsCredential(b64('default'))).toBe(false);
    expect(secretDataIsCredential(Buffer.from(fakeKey('kx-6', HEX, 64), 'hex').toString('base64'))).toBe(true);
    expect(secretDataIsCredential('not*base64')).toBe(false);
    expect(secretTextIsCredential(`DB_HOST=db\nDB_PASSWORD=${fakeKey('kx-7', ALNUM, 20)}\n`)).toBe(true);
    expect(secretTextIsCredential('DB_HOST=db\nDB_PORT=5432\n')).toBe(false);
  });
});

describe('kubeconfig', () => {
  const token = fakeKey('kc-1', B64URL, 48);
  const plain = `apiVersion: v1\nclusters: []\nusers:\n- name: ci\n  user:\n    token: ${token}\n`;

  test('a file named .kube/config is read without keywords', () => {
    expect(rules(plain, 'home/ci/.kube/config')).toContain('kubernetes-kubeconfig-token');
    expect(rules(plain, 'notes.yaml')).not.toContain('kubernetes-kubeconfig-token');
  });

  test('the user: of a context is a name, not a credential block', () => {
    const text = `current-context: prod\ncontexts:\n- context:\n    cluster: prod\n    user: ci\n    token: ${token}\n`;
    expect(rules(text)).not.toContain('kubernetes-kubeconfig-token');
  });
});

describe('1Password Secret Key', () => {
  const key = `A3-${fakeKey('opx-a', 'ABCDEFGHJKLMNPQRSTVWXYZ23456789', 6)}-${fakeKey('opx-b', 'ABCDEFGHJKLMNPQRSTVWXYZ23456789', 6)}-Q7WZ4-K2MPR-9XTVB-H5NJC`;
  test('reported in the clear, not inside the decoded JSON of a service account token (format documentation)', () => {
    expect(rules(`op account add --secret-key ${key}\n`)).toEqual(['onepassword-secret-key']);
    const decoded = `// decoded: {"email":"bot@1passwordserviceaccounts.com","muk":{"alg":"A256GCM","kty":"oct"},"secretKey":"${key}","srpX":"${fakeKey('opx-x', HEX, 64)}"}\n`;
    expect(rules(decoded)).not.toContain('onepassword-secret-key');
  });
});

describe('ngrok', () => {
  const value = `2${fakeKey('ngx-id', ALNUM, 26)}_${fakeKey('ngx', ALNUM, 21)}`;
  test('ngrok.yml is read by path: `authtoken:` needs no ngrok word there', () => {
    const yml = `version: 3\nagent:\n  authtoken: ${value}\n`;
    expect(rules(yml, 'home/me/.config/ngrok/ngrok.yml')).toEqual(['ngrok-authtoken']);
  });
});

describe('GitHub Container Registry: covered by github and docker-config-auth, no rule of its own', () => {
  const pat = fakeChecksummedToken('ghcr-1', 'ghp_');

  test('docker login ghcr.io with a GitHub token is a github finding', () => {
    const found = scanText(`docker login ghcr.io -u octocat -p ${pat}\n`, 'deploy.sh');
    expect(found.map((f) => [f.provider, f.secret.reveal()])).toEqual([['github', pat]]);
  });

  test('a ghcr.io entry of .docker/config.json: the GitHub token inside the base64 is named, at the encoded span', () => {
    const auth = b64(`octocat:${pat}`);
    const text = `{\n  "auths": {\n    "ghcr.io": {\n      "auth": "${auth}"\n    }\n  }\n}\n`;
    const found = scanText(text, 'home/me/.docker/config.json');
    expect(found.map((f) => [f.provider, f.secret.reveal(), f.encoding])).toEqual([['github', pat, 'base64']]);
    const at = text.split('\n')[3]!.indexOf(auth) + 1;
    expect([found[0]!.line, found[0]!.column]).toEqual([4, at]);
  });

  test('a ghcr.io entry holding a password (no provider key inside) is the docker-config-auth finding', () => {
    const auth = b64('octocat:Tr0ub4dor&3-horse-battery');
    const found = scanText(`{"auths": {"ghcr.io": {"auth": "${auth}"}}}\n`, 'home/me/.docker/config.json');
    expect(found.map((f) => f.rule)).toEqual(['docker-config-auth']);
  });
});

describe('two-part live requests', () => {
  test('Docker Hub: Basic username:token to the registry token service, only with the username', () => {
    const req = buildRequest(dockerHub.live!, 'dckr_pat_x', dockerHub.live!.base, { pair: 'octodev' });
    expect(req.url).toBe('https://auth.docker.io/token?service=registry.docker.io');
    expect(req.headers['authorization']).toBe(`Basic ${Buffer.from('octodev:dckr_pat_x').toString('base64')}`);
    expect(() => buildRequest(dockerHub.live!, 'dckr_pat_x', dockerHub.live!.base)).toThrow();
  });

  test('Twingate: the network is a host label under twingate.com, never a host of its own', () => {
    const req = buildRequest(twingate.live!, 'tok', twingate.live!.base, { pair: 'AutoCo' });
    expect(req.url).toBe('https://autoco.twingate.com/api/graphql/');
    expect(req.headers['x-api-key']).toBe('tok');
    expect(JSON.parse(req.body!)).toMatchObject({ query: expect.stringContaining('remoteNetworks(first: 1)') });
    expect(() => buildRequest(twingate.live!, 'tok', twingate.live!.base, { pair: 'evil.example/x' })).toThrow();
  });
});

describe('interpret', () => {
  test('HCP Terraform: 404 on account/details is an organization or team token', () => {
    expect(verdictOf(terraformCloud.live!, 404, { errors: [{ status: '404', title: 'not found' }] }).status).toBe('valid');
    expect(verdictOf(terraformCloud.live!, 401, { errors: [{ status: '401', title: 'unauthorized' }] }).status).toBe('invalid');
  });

  test('Pulumi: 200 names the user', () => {
    expect(verdictOf(pulumi.live!, 200, { name: 'Ada', githubLogin: 'ada' })).toEqual({ status: 'valid', detail: 'user ada' });
    expect(verdictOf(pulumi.live!, 401, { code: 401, message: 'Unauthorized: Bad token' }).status).toBe('invalid');
  });

  test('Tailscale: only API access tokens are sent (other tskey- kinds would be refused even when valid)', async () => {
    expect(tailscale.live!.prefixes).toEqual(['tskey-api-']);
    const notSent = await liveCheck(tailscale.live!, `tskey-auth-${'k'.repeat(8)}-${'Q7w9Z2x'.repeat(4)}`, 'http://127.0.0.1:9', { retry: { retries: 0 } });
    expect(notSent).toMatchObject({ status: 'unknown', notCheckable: true, attempts: 0 });
    expect(verdictOf(tailscale.live!, 401, { message: 'API token invalid' }).status).toBe('invalid');
    expect(verdictOf(tailscale.live!, 200, { keys: [] }).status).toBe('valid');
    expect(verdictOf(tailscale.live!, 403, { message: 'forbidden' }).status).toBe('restricted');
  });

  test('ngrok: the error code and message are quoted; an authtoken is named as the likely cause', () => {
    const v = verdictOf(ngrok.live!, 401, { error_code: 'ERR_NGROK_202', status_code: 401, msg: 'The API key you specified is not valid.' });
    expect(v.status).toBe('invalid');
    expect(v.detail).toMatch(/^ERR_NGROK_202 The API key you specified is not valid\.: .*authtoken/);
    expect(verdictOf(ngrok.live!, 200, { keys: [], uri: 'https://api.ngrok.com/api_keys' }).status).toBe('valid');
  });

  test('ZeroTier: 403 is a refused token', () => {
    expect(verdictOf(zerotier.live!, 403, { message: 'Forbidden' })).toEqual({ status: 'invalid', detail: 'Forbidden' });
  });

  test('Docker Hub: 401 quotes the registry detail', () => {
    expect(verdictOf(dockerHub.live!, 401, { details: 'incorrect username or password' })).toEqual({ status: 'invalid', detail: 'incorrect username or password' });
    expect(verdictOf(dockerHub.live!, 200, { token: 'x', access_token: 'x', expires_in: 300 }).status).toBe('valid');
  });

  test('Twingate: GraphQL errors in a 200', () => {
    expect(verdictOf(twingate.live!, 200, { errors: [{ message: 'Invalid API key' }] }).status).toBe('invalid');
    expect(verdictOf(twingate.live!, 200, { errors: [{ message: 'Permission denied for remoteNetworks' }] }).status).toBe('restricted');
    expect(verdictOf(twingate.live!, 200, { errors: [{ message: 'Syntax Error' }] }).status).toBe('unknown');
    expect(verdictOf(twingate.live!, 200, { data: { remoteNetworks: { edges: [] } } }).status).toBe('valid');
  });
});
