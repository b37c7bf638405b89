/**
 * Observability-group records beyond the shared sample tests: the structural checks (Grafana's
 * CRC32 tail, Sentry's and Grafana's embedded JSON, Elasticsearch's id:key), the `interpret`
 * functions with the providers' documented answers, the live requests the pairs build, where the
 * Datadog host comes from, and the public identifiers that must stay unreported.
 */
import { describe, expect, test } from '@jest/globals';
import { scanText } from '../src/engine/index.js';
import { buildRequest, needsPair } from '../src/health/live.js';
import { resolveTarget } from '../src/health/targets.js';
import {
  HONEYCOMB_LIVE,
  bugsnag,
  datadog,
  datadogAppKey,
  grafanaServiceAccountChecksumOk,
  interpretNerdGraph,
  isElasticsearchEncodedKey,
  isGrafanaLegacyApiKey,
  isSentryOrgToken,
  launchdarkly,
  mixpanel,
  newrelic,
  opsgenie,
  pagerduty,
  sumoLogic,
} from '../src/providers/records/observability.js';
import { providers } from '../src/providers/registry.js';
import { crc32 } from '../src/providers/checksum.js';
import { ALNUM, B64URL, HEX, fakeKey } from '../src/providers/samples/fake.js';
import type { LiveResponse } from '../src/providers/types.js';

const res = (status: number, json?: unknown): LiveResponse => ({ status, headers: {}, body: json === undefined ? '' : JSON.stringify(json), json });
const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
const ours = new Set(['datadog', 'datadog-app-key', 'newrelic', 'newrelic-ingest', 'posthog', 'launchdarkly', 'sentry', 'sentry-dsn', 'bugsnag', 'rollbar', 'mixpanel', 'mixpanel-project-secret', 'amplitude', 'segment']);
const ourRules = (text: string): string[] => scanText(text, 'config.env').filter((f) => ours.has(f.provider)).map((f) => f.rule);

function glsa(seed: string): string {
  const head = `glsa_${fakeKey(seed, ALNUM, 32)}`;
  const c = crc32(head);
  return `${head}_${[c, c >>> 8, c >>> 16, c >>> 24].map((b) => (b & 0xff).toString(16).padStart(2, '0')).join('')}`;
}

describe('Grafana', () => {
  test('service account tokens: the CRC32 tail is little-endian hex of CRC32("glsa_<secret>")', () => {
    const t = glsa('t-1');
    expect(grafanaServiceAccountChecksumOk(t)).toBe(true);
    const broken = t.slice(0, -1) + (t.endsWith('a') ? 'b' : 'a');
    expect(grafanaServiceAccountChecksumOk(broken)).toBe(false);
    // Big-endian order is not Grafana's.
    const bigEndian = (crc32(t.slice(0, 37)) >>> 0).toString(16).padStart(8, '0');
    if (bigEndian !== t.slice(38)) expect(grafanaServiceAccountChecksumOk(`${t.slice(0, 37)}_${bigEndian}`)).toBe(false);
    expect(scanText(`GRAFANA_AUTH=${broken}\n`, '.env').map((f) => f.rule)).not.toContain('grafana-service-account-token');
  });

  test('legacy API keys decode to {"k","n","id"}; other base64 JSON does not count', () => {
    expect(isGrafanaLegacyApiKey(b64(JSON.stringify({ k: fakeKey('t-2', ALNUM, 32), n: 'deploy', id: 1 })))).toBe(true);
    expect(isGrafanaLegacyApiKey(b64(JSON.stringify({ k: 'x', n: 'y' })))).toBe(false);
    expect(isGrafanaLegacyApiKey('eyJrIjoiT0tTcG1pUlY2RnVKZTFVaDFsNFZXdE9ZWmNrMkZYbk')).toBe(false);
  });
});

describe('Sentry', () => {
  const payload = b64('{"iat": 1700000000.5, "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": "acme"}');
  test('organization tokens: the payload must be base64 JSON with iat, as Sentry parses it', () => {
    expect(isSentryOrgToken(`sntrys_${payload}_${fakeKey('t-3', `${ALNUM}+/`, 43)}`)).toBe(true);
    expect(isSentryOrgToken(`sntrys_${b64('{"url": "https://sentry.io"}')}_${fakeKey('t-4', ALNUM, 43)}`)).toBe(false);
    expect(isSentryOrgToken(`sntrys_${payload}_${fakeKey('t-5', ALNUM, 40)}`)).toBe(false);
  });
  test('a DSN with only the public key is not reported; with a secret key it is', () => {
    const pub = fakeKey('t-6', HEX, 32);
    const sec = fakeKey('t-7', HEX, 32);
    expect(ourRules(`SENTRY_DSN=https://${pub}@o123.ingest.sentry.io/456\n`)).toEqual([]);
    const f = scanText(`SENTRY_DSN=https://${pub}:${sec}@o123.ingest.sentry.io/456\n`, '.env').filter((x) => x.provider === 'sentry-dsn');
    expect(f.map((x) => x.secret.reveal())).toEqual([sec]);
  });
});

describe('Elasticsearch and Elastic Cloud', () => {
  test('an encoded API key decodes to id:key; a cloud_id does not', () => {
    expect(isElasticsearchEncodedKey(b64(`${fakeKey('t-8', B64URL, 20)}:${fakeKey('t-9', B64URL, 22)}`))).toBe(true);
    expect(isElasticsearchEncodedKey(b64(`us-central1.gcp.cloud.es.io:443$${fakeKey('t-10', HEX, 32)}$${fakeKey('t-11', HEX, 32)}`))).toBe(false);
  });
});

describe('Datadog', () => {
  test('validate: 403 (the documented answer for a bad key) and {"valid": false} are invalid', () => {
    expect(datadog.live!.interpret!(res(403, { errors: ['Forbidden'] }))).toEqual({ status: 'invalid', detail: 'Forbidden' });
    expect(datadog.live!.interpret!(res(200, { valid: false }))).toEqual({ status: 'invalid', detail: 'valid: false' });
    expect(datadog.live!.interpret!(res(200, { valid: true }))).toBeUndefined();
  });

  test('validate_keys: both keys go in their own headers; without the API key nothing is sent', () => {
    expect(needsPair(datadogAppKey.live!)).toBe(true);
    expect(needsPair(datadog.live!)).toBe(false);
    const req = buildRequest(datadogAppKey.live!, 'APPKEY', datadogAppKey.live!.base, { pair: 'APIKEY' });
    expect(req.url).toBe('https://api.datadoghq.com/api/v2/validate_keys');
    expect(req.headers['dd-application-key']).toBe('APPKEY');
    expect(req.headers['DD-API-KEY']).toBe('APIKEY');
    expect(datadogAppKey.live!.interpret!(res(403, { errors: ['Forbidden'] }))).toEqual({ status: 'invalid', detail: 'Forbidden' });
  });

  test('the site comes from the record or --endpoint, never from DD_SITE / DATADOG_HOST', () => {
    expect(datadog.live!.baseUrlEnv).toBeUndefined();
    expect(datadogAppKey.live!.baseUrlEnv).toBeUndefined();
    const env = { DD_API_KEY: fakeKey('t-12', HEX, 32), DD_SITE: 'datadoghq.eu', DATADOG_HOST: 'https://attacker.example' };
    expect(resolveTarget({ name: 'DD_API_KEY' }, { providers, env }).baseUrl).toBe('https://api.datadoghq.com');
    const eu = resolveTarget({ name: 'DD_API_KEY' }, { providers, env, endpoints: new Map([['datadog', 'https://api.datadoghq.eu']]) });
    expect([eu.baseUrl, eu.baseUrlSource]).toEqual(['https://api.datadoghq.eu', 'endpoint-flag']);
  });

  test('an application key is reported with its API key; the client token is not reported', () => {
    const api = fakeKey('t-13', HEX, 32);
    const app = fakeKey('t-14', HEX, 40);
    const f = scanText(`DD_API_KEY=${api}\nDD_APP_KEY=${app}\n`, '.env').find((x) => x.rule === 'datadog-application-key');
    expect([f?.secret.reveal(), f?.pair?.secret.reveal()]).toEqual([app, api]);
    expect(ourRules(`const clientToken = 'pub${fakeKey('t-15', HEX, 32)}'; // datadog RUM\n`)).toEqual([]);
  });
});

describe('New Relic NerdGraph', () => {
  test('the request is a GraphQL read with the API-Key header', () => {
    const req = buildRequest(newrelic.live!, 'NRAK-KEY', newrelic.live!.base);
    expect([req.method, req.url, req.headers['api-key']]).toEqual(['POST', 'https://api.newrelic.com/graphql', 'NRAK-KEY']);
    expect(JSON.parse(req.body!)).toEqual({ query: '{ actor { user { id } } }' });
  });
  test('errors inside a 200 are read: a key error is invalid, anything else unknown', () => {
    expect(interpretNerdGraph(res(200, { errors: [{ message: 'Invalid API key' }] }))).toEqual({ status: 'invalid', detail: 'Invalid API key' });
    expect(interpretNerdGraph(res(200, { errors: [{ message: 'Internal error' }] }))).toEqual({ status: 'unknown', detail: 'Internal error' });
    expect(interpretNerdGraph(res(200, { data: { actor: { user: { id: 1 } } } }))).toBeUndefined();
    expect(interpretNerdGraph(res(401, { errors: [{ message: 'Invalid API key' }] }))).toBeUndefined();
  });
  test('browser keys (NRJS-) are not reported by the New Relic rules', () => {
    expect(ourRules(`licenseKey: "NRJS-${fakeKey('t-16', HEX, 19)}"  // new relic browser\n`)).toEqual([]);
  });
});

describe('live requests of the other records', () => {
  test('schemes: PagerDuty Token token=, Bugsnag token + X-Version, Opsgenie GenieKey, LaunchDarkly bare', () => {
    expect(buildRequest(pagerduty.live!, 'K', pagerduty.live!.base).headers['authorization']).toBe('Token token=K');
    const bs = buildRequest(bugsnag.live!, 'K', bugsnag.live!.base);
    expect([bs.headers['authorization'], bs.headers['X-Version']]).toEqual(['token K', '2']);
    expect(buildRequest(opsgenie.live!, 'K', opsgenie.live!.base).headers['authorization']).toBe('GenieKey K');
    expect(buildRequest(launchdarkly.live!, 'sdk-K', launchdarkly.live!.base).headers['authorization']).toBe('sdk-K');
  });
  test('pairs: Sumo Logic and Mixpanel send Basic id:secret', () => {
    const sumo = buildRequest(sumoLogic.live!, 'KEY', sumoLogic.live!.base, { pair: 'suABCDEF123456' });
    expect(sumo.headers['authorization']).toBe(`Basic ${Buffer.from('suABCDEF123456:KEY').toString('base64')}`);
    const mp = buildRequest(mixpanel.live!, 'SECRET', mixpanel.live!.base, { pair: 'etl.abc123.mp-service-account' });
    expect(mp.headers['authorization']).toBe(`Basic ${Buffer.from('etl.abc123.mp-service-account:SECRET').toString('base64')}`);
  });
  test('Honeycomb (not yet wired): GET /1/auth with X-Honeycomb-Team', () => {
    const req = buildRequest(HONEYCOMB_LIVE, 'KEY', HONEYCOMB_LIVE.base);
    expect([req.url, req.headers['x-honeycomb-team']]).toEqual(['https://api.honeycomb.io/1/auth', 'KEY']);
  });
});

describe('public identifiers stay unreported', () => {
  test.each([
    ['PostHog project key', `posthog.init('phc_${fakeKey('t-17', ALNUM, 43)}', { api_host: 'https://us.i.posthog.com' })\n`],
    ['LaunchDarkly mobile key', `let config = LDConfig(mobileKey: "mob-${fakeKey('t-18', HEX, 8)}-1234-4abc-a123-${fakeKey('t-19', HEX, 12)}") // launchdarkly\n`],
    ['Mixpanel project token', `mixpanel.init("${fakeKey('t-20', HEX, 32)}")\n`],
    ['Amplitude API key alone', `amplitude.init("${fakeKey('t-21', HEX, 32)}")\n`],
    ['Bugsnag notifier key', `Bugsnag.start({ apiKey: '${fakeKey('t-22', HEX, 32)}' })\n`],
    ['Rollbar client token', `var _rollbarConfig = { accessToken: "${fakeKey('t-23', HEX, 32)}", captureUncaught: true }; // rollbar\n`],
    ['Segment write key', `analytics.load("${fakeKey('t-24', ALNUM, 32)}") // segment\n`],
  ])('%s', (_name, text) => {
    expect(ourRules(text)).toEqual([]);
  });
});
