import { crc32 } from '../checksum.js';
import { curlBearer, curlHeader, dotenv, goAssign, jsonEntry, pyAssign, shellExport, tomlEntry, yamlEntry } from './contexts.js';
import { ALNUM, B64, B64URL, DIGITS, HEX, LOWER, LOWER_ALNUM, UPPER_ALNUM, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

// ---------------------------------------------------------------- generated values

const hex = (s: string, n: number): string => fakeKey(s, HEX, n);
const uuid = (s: string): string => {
  const h = fakeKey(s, HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
};
const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

const ddApi = (s: string): string => hex(`${s}-api`, 32);
const ddApp = (s: string): string => hex(`${s}-app`, 40);
const ddapp = (s: string): string => `ddapp_${fakeKey(s, ALNUM, 34)}`;

const nrak = (s: string): string => `NRAK-${fakeKey(s, UPPER_ALNUM, 27)}`;
const nral = (s: string, eu = false): string => (eu ? `eu01xx${hex(s, 30)}NRAL` : `${hex(s, 36)}NRAL`);
const nri = (kind: 'I' | 'Q', s: string): string => `NRI${kind}-${fakeKey(s, B64URL, 32)}`;

const glc = (s: string, region = 'prod-us-east-0'): string =>
  `glc_${b64(JSON.stringify({ o: fakeKey(`${s}-o`, DIGITS, 6), n: `alloy-${fakeKey(`${s}-n`, LOWER, 5)}`, k: fakeKey(`${s}-k`, ALNUM, 24), m: { r: region } }))}`;
/** A Grafana service account token with the CRC32 tail Grafana computes (little-endian bytes, hex). */
const glsa = (s: string): string => {
  const head = `glsa_${fakeKey(s, ALNUM, 32)}`;
  const c = crc32(head);
  const tail = [c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff, (c >>> 24) & 0xff].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${head}_${tail}`;
};
const grafanaLegacy = (s: string): string => b64(JSON.stringify({ k: fakeKey(s, ALNUM, 32), n: `ci-${fakeKey(`${s}-n`, LOWER, 6)}`, id: Number(fakeKey(`${s}-id`, '123456789', 3)) }));

const sntrys = (s: string): string =>
  `sntrys_${b64(`{"iat": 17${fakeKey(`${s}-t`, DIGITS, 8)}.${fakeKey(`${s}-f`, DIGITS, 6)}, "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": "${fakeKey(`${s}-org`, LOWER, 7)}"}`)}_${fakeKey(s, `${ALNUM}+/`, 43)}`;
const sntryu = (s: string): string => `sntryu_${hex(s, 64)}`;
const dsn = (s: string, host = `o${fakeKey(`${s}-o`, DIGITS, 6)}.ingest.sentry.io`): string =>
  `https://${hex(`${s}-pub`, 32)}:${hex(`${s}-sec`, 32)}@${host}/${fakeKey(`${s}-p`, DIGITS, 7)}`;
const dsnSecret = (s: string): string => hex(`${s}-sec`, 32);

const hcIngest = (s: string, letter = 'x'): string => `hc${letter}ik_${fakeKey(s, LOWER_ALNUM, 58)}`;

const dt = (s: string, prefix = 'dt0c01'): string => `${prefix}.${fakeKey(`${s}-pub`, UPPER_ALNUM, 24)}.${fakeKey(`${s}-sec`, UPPER_ALNUM, 64)}`;

const sumoKey = (s: string): string => fakeKey(s, ALNUM, 64);
const sumoId = (s: string): string => `su${fakeKey(`${s}-id`, ALNUM, 12)}`;

const pd = (s: string, user = false): string => (user ? `u+${fakeKey(s, `${ALNUM}_-`, 18)}` : fakeKey(s, `${ALNUM}_-+`, 20));

const mpSecret = (s: string): string => fakeKey(s, ALNUM, 32);
const mpUser = (s: string): string => `warehouse-sync.${fakeKey(`${s}-u`, LOWER_ALNUM, 6)}.mp-service-account`;

const phx = (s: string, n = 43): string => `phx_${fakeKey(s, ALNUM, n)}`;
const sgp = (s: string, n = 64): string => `sgp_${fakeKey(s, ALNUM, n)}`;

const esKey = (s: string): string => b64(`${fakeKey(`${s}-id`, B64URL, 20)}:${fakeKey(`${s}-k`, B64URL, 22)}`);
const ecKey = (s: string): string => fakeKey(s, B64, 84);

export const observabilitySamples: ProviderSamples[] = [
  {
    provider: 'datadog',
    liveHost: 'datadoghq.com',
    positives: [
      { text: dotenv('DD_API_KEY', ddApi('dd-1')), secret: ddApi('dd-1'), rule: 'datadog-api-key' },
      { text: `# values.yaml\ndatadog:\n  apiKey: ${ddApi('dd-2')}\n  site: datadoghq.eu\n`, secret: ddApi('dd-2'), rule: 'datadog-api-key' },
      { text: curlHeader('"https://api.datadoghq.com/api/v1/validate"', 'DD-API-KEY', ddApi('dd-3')), secret: ddApi('dd-3'), rule: 'datadog-api-key' },
      { text: `provider "datadog" {\n  api_key = "${ddApi('dd-4')}"\n}\n`, secret: ddApi('dd-4'), rule: 'datadog-api-key' },
    ],
    negatives: [
      { text: 'DD_API_KEY=<DATADOG_API_KEY>\n', why: 'template placeholder' },
      { text: 'export DD_API_KEY="${{ secrets.DD_API_KEY }}"\n', why: 'Actions secret reference' },
      { text: `// datadog browser-logs client token pub${ddApi('dd-n1')} (public by design)\n`, why: 'client token (pub…), public by design' },
      { text: `build_sha = "${ddApi('dd-n2')}"\n`, why: '32 hex with no Datadog context' },
    ],
  },
  {
    provider: 'datadog-app-key',
    liveHost: 'datadoghq.com',
    positives: [
      { text: `DD_API_KEY=${ddApi('da-1')}\nDD_APP_KEY=${ddApp('da-1')}\n`, secret: ddApp('da-1'), rule: 'datadog-application-key', pair: ddApi('da-1') },
      {
        text: `from datadog import initialize\n\noptions = {\n    "api_key": "${ddApi('da-2')}",\n    "app_key": "${ddApp('da-2')}",\n}\ninitialize(**options)  # datadog\n`.replace('# datadog', '# datadog app key'),
        secret: ddApp('da-2'),
        rule: 'datadog-application-key',
        pair: ddApi('da-2'),
      },
      { text: `export DATADOG_APPLICATION_KEY='${ddApp('da-3')}'\n`, secret: ddApp('da-3'), rule: 'datadog-application-key' },
      {
        text: `curl -X GET "https://api.datadoghq.com/api/v2/validate_keys" \\\n  -H "DD-API-KEY: ${ddApi('da-4')}" \\\n  -H "DD-APPLICATION-KEY: ${ddapp('da-4')}"\n`,
        secret: ddapp('da-4'),
        rule: 'datadog-application-key-ddapp',
        pair: ddApi('da-4'),
      },
    ],
    negatives: [
      { text: 'DD_APP_KEY=ddapp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'placeholder' },
      { text: `# datadog-agent ${ddApp('da-n1')}\n`, why: 'a commit SHA after the Datadog name, no key word' },
      { text: `export DD_APP_KEY=ddapp_${fakeKey('da-n2', ALNUM, 20)}\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'newrelic',
    liveHost: 'newrelic.com',
    positives: [
      { text: dotenv('NEW_RELIC_API_KEY', nrak('nr-1')), secret: nrak('nr-1'), rule: 'newrelic-user-api-key' },
      {
        text: `curl https://api.newrelic.com/graphql \\\n  -H 'Content-Type: application/json' \\\n  -H 'API-Key: ${nrak('nr-2')}' \\\n  --data-binary '{"query":"{ actor { user { name } } }"}'\n`,
        secret: nrak('nr-2'),
        rule: 'newrelic-user-api-key',
      },
      { text: `provider "newrelic" {\n  account_id = 1234567\n  api_key    = "${nrak('nr-3')}"\n}\n`, secret: nrak('nr-3'), rule: 'newrelic-user-api-key' },
    ],
    negatives: [
      { text: 'NEW_RELIC_API_KEY=NRAK-YOUR-USER-KEY\n', why: 'template placeholder' },
      { text: `NEW_RELIC_API_KEY=NRAK-${fakeKey('nr-n1', UPPER_ALNUM, 16)}\n`, why: 'truncated' },
      { text: 'api_key = os.environ["NEW_RELIC_API_KEY"]\n', why: 'env reference' },
    ],
  },
  {
    provider: 'newrelic-ingest',
    positives: [
      { text: dotenv('NEW_RELIC_LICENSE_KEY', nral('ni-1')), secret: nral('ni-1'), rule: 'newrelic-license-key' },
      { text: `common: &default_settings\n  license_key: '${nral('ni-2', true)}'\n  app_name: checkout\n`, secret: nral('ni-2', true), rule: 'newrelic-license-key' },
      { text: `# newrelic-infra.yml (New Relic)\nlicense_key: ${hex('ni-3', 40)}\n`, secret: hex('ni-3', 40), rule: 'newrelic-legacy-license-key' },
      { text: jsonEntry('insertKey', nri('I', 'ni-4')), secret: nri('I', 'ni-4'), rule: 'newrelic-insights-insert-key' },
      { text: curlHeader('"https://insights-api.newrelic.com/v1/accounts/1234567/query?nrql=SELECT%20count(*)%20FROM%20Transaction"', 'X-Query-Key', nri('Q', 'ni-5')), secret: nri('Q', 'ni-5'), rule: 'newrelic-insights-query-key' },
    ],
    negatives: [
      { text: 'license_key: YOUR_LICENSE_KEY\n', why: 'template placeholder' },
      { text: `# new relic browser agent key NRJS-${hex('ni-n1', 19)} ships in the page\n`, why: 'browser key (NRJS-), public by design' },
      { text: `commit ${hex('ni-n2', 40)} fixes the new relic dashboard\n`, why: '40 hex without a license name' },
      { text: `# the log shows a license key ending ${hex('ni-n3', 30)}NRAL\n`, why: 'too short' },
    ],
  },
  {
    provider: 'grafana-cloud',
    liveHost: 'grafana.com',
    positives: [
      { text: dotenv('GRAFANA_CLOUD_ACCESS_POLICY_TOKEN', glc('gc-1')), secret: glc('gc-1'), rule: 'grafana-cloud-access-policy-token' },
      {
        text: `prometheus.remote_write "cloud" {\n  endpoint {\n    url = "https://prometheus-prod-13-prod-us-east-0.grafana.net/api/prom/push"\n    basic_auth {\n      username = "1234567"\n      password = "${glc('gc-2')}"\n    }\n  }\n}\n`,
        secret: glc('gc-2'),
        rule: 'grafana-cloud-access-policy-token',
      },
      { text: curlBearer('https://grafana.com/api/instances', glc('gc-3', 'prod-eu-west-2')), secret: glc('gc-3', 'prod-eu-west-2'), rule: 'grafana-cloud-access-policy-token' },
    ],
    negatives: [
      { text: 'GRAFANA_CLOUD_ACCESS_POLICY_TOKEN=glc_xxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'placeholder' },
      { text: `GRAFANA_CLOUD_ACCESS_POLICY_TOKEN=glc_eyJ${fakeKey('gc-n1', ALNUM, 60)}\n`, why: 'glc_ + text that is not base64 JSON' },
      { text: 'token: ${GRAFANA_CLOUD_ACCESS_POLICY_TOKEN}\n', why: 'env reference' },
    ],
  },
  {
    provider: 'grafana',
    positives: [
      { text: dotenv('GRAFANA_SERVICE_ACCOUNT_TOKEN', glsa('gf-1')), secret: glsa('gf-1'), rule: 'grafana-service-account-token' },
      { text: `provider "grafana" {\n  url  = "https://acme.grafana.net/"\n  auth = "${glsa('gf-2')}"\n}\n`, secret: glsa('gf-2'), rule: 'grafana-service-account-token' },
      { text: curlBearer('https://grafana.internal.example/api/dashboards/uid/abc', grafanaLegacy('gf-3')), secret: grafanaLegacy('gf-3'), rule: 'grafana-legacy-api-key' },
      { text: yamlEntry('GRAFANA_API_KEY', grafanaLegacy('gf-4')), secret: grafanaLegacy('gf-4'), rule: 'grafana-legacy-api-key' },
    ],
    negatives: [
      { text: 'GRAFANA_SERVICE_ACCOUNT_TOKEN=glsa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxx\n', why: 'placeholder' },
      { text: `GRAFANA_AUTH=${glsa('gf-n1').slice(0, -1)}${glsa('gf-n1').endsWith('0') ? '1' : '0'}\n`, why: 'CRC32 tail does not match' },
      { text: 'Authorization: Bearer eyJrIjoiT0tTcG1pUlY2RnVKZTFVaDFsNFZXdE9ZWmNrMkZYbk\n', why: "Grafana's documentation example (truncated, not JSON)" },
    ],
  },
  {
    provider: 'sentry',
    liveHost: 'sentry.io',
    positives: [
      { text: dotenv('SENTRY_AUTH_TOKEN', sntrys('se-1')), secret: sntrys('se-1'), rule: 'sentry-org-auth-token' },
      { text: `[defaults]\norg = acme\n\n[auth]\ntoken = ${sntryu('se-2')}\n`, secret: sntryu('se-2'), rule: 'sentry-user-auth-token' },
      { text: `sentryWebpackPlugin({\n  org: "acme",\n  project: "web",\n  authToken: "${sntrys('se-3')}",\n});\n`, secret: sntrys('se-3'), rule: 'sentry-org-auth-token' },
      { text: yamlEntry('SENTRY_AUTH_TOKEN', hex('se-4', 64)), secret: hex('se-4', 64), rule: 'sentry-legacy-auth-token' },
    ],
    negatives: [
      { text: 'SENTRY_AUTH_TOKEN=sntrys_YOUR_TOKEN_HERE\n', why: 'template placeholder' },
      { text: `SENTRY_AUTH_TOKEN=sntrys_eyJ${fakeKey('se-n1', ALNUM, 40)}_${fakeKey('se-n2', ALNUM, 43)}\n`, why: 'payload is not base64 JSON' },
      { text: 'curl -H "Authorization: Bearer sntryu_YOUR_TOKEN_HERE" https://sentry.io/api/0/organizations/\n', why: 'documentation placeholder' },
      { text: `# sentry release ${hex('se-n3', 64)}\n`, why: '64 hex after Sentry with no token word' },
    ],
  },
  {
    provider: 'sentry-dsn',
    positives: [
      { text: dotenv('SENTRY_DSN', dsn('sd-1')), secret: dsnSecret('sd-1'), rule: 'sentry-dsn-secret-key' },
      { text: `sentry_sdk.init(\n    dsn="${dsn('sd-2')}",\n    traces_sample_rate=0.1,\n)\n`, secret: dsnSecret('sd-2'), rule: 'sentry-dsn-secret-key' },
      { text: `SENTRY_DSN: "${dsn('sd-3', 'sentry.internal.example.com')}"\n`, secret: dsnSecret('sd-3'), rule: 'sentry-dsn-secret-key' },
    ],
    negatives: [
      { text: `SENTRY_DSN=https://${hex('sd-n1', 32)}@o123456.ingest.sentry.io/4504123\n`, why: 'current DSN: public key only, meant for clients' },
      { text: 'SENTRY_DSN=https://<key>:<secret>@sentry.io/<project>\n', why: 'template placeholder' },
      { text: 'dsn: process.env.SENTRY_DSN,\n', why: 'env reference' },
    ],
  },
  {
    provider: 'honeycomb',
    liveHost: 'honeycomb.io',
    positives: [
      { text: dotenv('HONEYCOMB_API_KEY', hcIngest('hc-1')), secret: hcIngest('hc-1'), rule: 'honeycomb-ingest-key' },
      { text: `exporters:\n  otlp:\n    endpoint: api.honeycomb.io:443\n    headers:\n      x-honeycomb-team: ${hcIngest('hc-2', 'a')}\n`, secret: hcIngest('hc-2', 'a'), rule: 'honeycomb-ingest-key' },
      { text: curlHeader('https://api.honeycomb.io/1/auth', 'X-Honeycomb-Team', fakeKey('hc-3', ALNUM, 22)), secret: fakeKey('hc-3', ALNUM, 22), rule: 'honeycomb-configuration-key' },
      { text: `provider "honeycombio" {\n  api_key = "${hex('hc-4', 32)}"\n}\n`, secret: hex('hc-4', 32), rule: 'honeycomb-configuration-key' },
    ],
    negatives: [
      { text: 'X-Honeycomb-Team: hcxik_1234567890123456789012345612345678901234567890123456789012\n', why: "the documentation's example key" },
      { text: 'HONEYCOMB_API_KEY=${HONEYCOMB_API_KEY}\n', why: 'env reference' },
      { text: `honeycomb dataset "${fakeKey('hc-n1', ALNUM, 22)}"\n`, why: 'Honeycomb named, no key word' },
    ],
  },
  {
    provider: 'dynatrace',
    positives: [
      { text: dotenv('DYNATRACE_API_TOKEN', dt('dy-1')), secret: dt('dy-1'), rule: 'dynatrace-token' },
      { text: curlHeader('"https://abc12345.live.dynatrace.com/api/v2/metrics"', 'Authorization', `Api-Token ${dt('dy-2')}`), secret: dt('dy-2'), rule: 'dynatrace-token' },
      { text: yamlEntry('DT_PLATFORM_TOKEN', dt('dy-3', 'dt0s16')), secret: dt('dy-3', 'dt0s16'), rule: 'dynatrace-token' },
    ],
    negatives: [
      { text: 'token: dt0s01.ST2EY72KQINMH574WMNVI7YN.G3DFPBEJYMODIDAEX454M7YWBUVEFOWKPRVMWFASS64NFH52PX6BNDVFFM572RZM\n', why: "Dynatrace's documentation example" },
      { text: `-----> Downloading Dynatrace OneAgent with token dt0c01.${fakeKey('dy-n1', UPPER_ALNUM, 24)}.<masked>\n`, why: 'token identifier only, secret masked' },
      { text: 'DT_API_TOKEN=dt0c01.XXXXXXXXXXXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n', why: 'placeholder' },
    ],
  },
  {
    provider: 'splunk-hec',
    positives: [
      { text: dotenv('SPLUNK_HEC_TOKEN', uuid('sh-1').toUpperCase()), secret: uuid('sh-1').toUpperCase(), rule: 'splunk-hec-token' },
      {
        text: `curl -k "https://splunk.example.com:8088/services/collector/event" \\\n  -H "Authorization: Splunk ${uuid('sh-2')}" \\\n  -d '{"event": "hello"}'\n`,
        secret: uuid('sh-2'),
        rule: 'splunk-hec-token',
      },
      { text: `[http://ingest]\n# splunk hec\ntoken = ${uuid('sh-3').toUpperCase()}\n`, secret: uuid('sh-3').toUpperCase(), rule: 'splunk-hec-token' },
    ],
    negatives: [
      { text: 'SPLUNK_HEC_TOKEN=00000000-0000-0000-0000-000000000000\n', why: 'all-zero placeholder' },
      { text: `request_id = "${uuid('sh-n1')}"\n`, why: 'UUID without Splunk nearby' },
      { text: 'token: ${SPLUNK_HEC_TOKEN}\n', why: 'env reference' },
    ],
  },
  {
    provider: 'splunk-observability',
    liveHost: 'signalfx.com',
    positives: [
      { text: dotenv('SPLUNK_ACCESS_TOKEN', fakeKey('so-1', B64URL, 22)), secret: fakeKey('so-1', B64URL, 22), rule: 'splunk-observability-access-token' },
      { text: curlHeader('https://api.us1.signalfx.com/v2/metric?limit=1', 'X-SF-Token', fakeKey('so-2', B64URL, 22)), secret: fakeKey('so-2', B64URL, 22), rule: 'splunk-observability-access-token' },
      { text: `provider "signalfx" {\n  auth_token = "${fakeKey('so-3', ALNUM, 22)}"\n}\n`, secret: fakeKey('so-3', ALNUM, 22), rule: 'splunk-observability-access-token' },
    ],
    negatives: [
      { text: 'SPLUNK_ACCESS_TOKEN=<access_token>\n', why: 'template placeholder' },
      { text: `signalfx metric name "${fakeKey('so-n1', ALNUM, 22)}"\n`, why: 'SignalFx named, no token word' },
      { text: 'X-SF-Token: $SPLUNK_ACCESS_TOKEN\n', why: 'env reference' },
    ],
  },
  {
    provider: 'sumo-logic',
    liveHost: 'sumologic.com',
    positives: [
      { text: `SUMOLOGIC_ACCESSID=${sumoId('su-1')}\nSUMOLOGIC_ACCESSKEY=${sumoKey('su-1')}\n`, secret: sumoKey('su-1'), rule: 'sumologic-access-key', pair: sumoId('su-1') },
      { text: `provider "sumologic" {\n  access_id   = "${sumoId('su-2')}"\n  access_key  = "${sumoKey('su-2')}"\n  environment = "us2"\n}\n`, secret: sumoKey('su-2'), rule: 'sumologic-access-key', pair: sumoId('su-2') },
      { text: shellExport('SUMO_ACCESS_KEY', sumoKey('su-3')), secret: sumoKey('su-3'), rule: 'sumologic-access-key' },
    ],
    negatives: [
      { text: 'SUMOLOGIC_ACCESSKEY=your-access-key\n', why: 'placeholder' },
      { text: `sumologic collector ${fakeKey('su-n1', ALNUM, 64)}\n`, why: 'Sumo Logic named, no key word' },
      { text: `SUMOLOGIC_ACCESSKEY=${fakeKey('su-n2', ALNUM, 40)}\n`, why: 'too short' },
    ],
  },
  {
    provider: 'logzio',
    liveHost: 'logz.io',
    positives: [
      { text: dotenv('LOGZIO_API_TOKEN', uuid('lz-1')), secret: uuid('lz-1'), rule: 'logzio-api-token' },
      { text: `curl -X GET https://api-eu.logz.io/v2/whoami -H "X-API-TOKEN: ${uuid('lz-2')}"  # logz.io\n`.replace('curl', '# logz.io api token\ncurl'), secret: uuid('lz-2'), rule: 'logzio-api-token' },
      { text: `provider "logzio" {\n  api_token = "${uuid('lz-3')}"\n  region    = "eu"\n}\n`, secret: uuid('lz-3'), rule: 'logzio-api-token' },
    ],
    negatives: [
      { text: 'LOGZIO_API_TOKEN=<<API-TOKEN>>\n', why: 'template placeholder' },
      { text: `trace_id = "${uuid('lz-n1')}"\n`, why: 'UUID without Logz.io nearby' },
      { text: 'api_token = var.logzio_api_token\n', why: 'Terraform variable reference' },
    ],
  },
  {
    provider: 'betterstack',
    liveHost: 'betterstack.com',
    positives: [
      { text: dotenv('BETTERSTACK_API_TOKEN', fakeKey('bs-1', ALNUM, 24)), secret: fakeKey('bs-1', ALNUM, 24), rule: 'betterstack-api-token' },
      { text: `provider "betteruptime" {\n  api_token = "${fakeKey('bs-2', ALNUM, 24)}"\n}\n`, secret: fakeKey('bs-2', ALNUM, 24), rule: 'betterstack-api-token' },
      { text: `# better stack uptime\n${curlBearer('https://uptime.betterstack.com/api/v2/monitors', fakeKey('bs-3', ALNUM, 24))}`, secret: fakeKey('bs-3', ALNUM, 24), rule: 'betterstack-api-token' },
    ],
    negatives: [
      { text: 'BETTERSTACK_API_TOKEN=$TOKEN\n', why: 'variable reference' },
      { text: `betterstack monitor "${fakeKey('bs-n1', ALNUM, 24)}"\n`, why: 'Better Stack named, no token word' },
      { text: 'BETTERSTACK_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'placeholder' },
    ],
  },
  {
    provider: 'betterstack-logs',
    positives: [
      { text: dotenv('BETTER_STACK_SOURCE_TOKEN', fakeKey('bl-1', ALNUM, 24)), secret: fakeKey('bl-1', ALNUM, 24), rule: 'betterstack-source-token' },
      { text: `import { Logtail } from "@logtail/node";\n\nconst logtail = new Logtail("${fakeKey('bl-2', ALNUM, 24)}");\n`, secret: fakeKey('bl-2', ALNUM, 24), rule: 'betterstack-source-token' },
      { text: yamlEntry('LOGTAIL_SOURCE_TOKEN', fakeKey('bl-3', ALNUM, 24)), secret: fakeKey('bl-3', ALNUM, 24), rule: 'betterstack-source-token' },
    ],
    negatives: [
      { text: 'LOGTAIL_SOURCE_TOKEN=YOUR_SOURCE_TOKEN\n', why: 'template placeholder' },
      { text: 'const logtail = new Logtail(process.env.LOGTAIL_SOURCE_TOKEN);\n', why: 'env reference' },
      { text: `session_cookie = "${fakeKey('bl-n1', ALNUM, 24)}"\n`, why: 'right shape, no Better Stack context' },
    ],
  },
  {
    provider: 'bugsnag',
    liveHost: 'bugsnag.com',
    positives: [
      { text: dotenv('BUGSNAG_AUTH_TOKEN', uuid('bg-1')), secret: uuid('bg-1'), rule: 'bugsnag-personal-auth-token' },
      { text: `Bugsnag::Api.configure do |config|\n  config.auth_token = "${uuid('bg-2')}"\nend\n`, secret: uuid('bg-2'), rule: 'bugsnag-personal-auth-token' },
      { text: `# bugsnag data access\ncurl --get 'https://api.bugsnag.com/user/organizations' --header 'Authorization: token ${uuid('bg-3')}' --header 'X-Version: 2'\n`, secret: uuid('bg-3'), rule: 'bugsnag-personal-auth-token' },
    ],
    negatives: [
      { text: `Bugsnag.start('${hex('bg-n1', 32)}');\n`, why: 'notifier API key: ships in every app that reports errors' },
      { text: "--header 'Authorization: token {your_user_auth_token}'  # bugsnag\n", why: 'documentation placeholder' },
      { text: `bugsnag release id ${uuid('bg-n2')}\n`, why: 'Bugsnag named, no token word' },
    ],
  },
  {
    provider: 'rollbar',
    liveHost: 'rollbar.com',
    positives: [
      { text: dotenv('ROLLBAR_ACCESS_TOKEN', hex('rb-1', 32)), secret: hex('rb-1', 32), rule: 'rollbar-access-token' },
      { text: `import rollbar\n\nrollbar.init("${hex('rb-2', 32)}", "production")  # rollbar server token\n`.replace('rollbar.init(', '# rollbar post_server_item token\nrollbar.init('), secret: hex('rb-2', 32), rule: 'rollbar-access-token' },
      { text: curlHeader("'https://api.rollbar.com/api/1/items/'", 'X-Rollbar-Access-Token', hex('rb-3', 32)), secret: hex('rb-3', 32), rule: 'rollbar-access-token' },
    ],
    negatives: [
      { text: `// rollbar browser snippet, post_client_item token ${hex('rb-n1', 32)}\n`, why: 'post_client_item token: meant for the browser' },
      { text: "curl --header 'X-Rollbar-Access-Token: YOUR_ACCESS_TOKEN' 'https://api.rollbar.com/api/1/item/12345'\n", why: 'documentation placeholder' },
      { text: `rollbar item fingerprint ${hex('rb-n2', 32)}\n`, why: 'Rollbar named, no token word' },
    ],
  },
  {
    provider: 'pagerduty',
    liveHost: 'pagerduty.com',
    positives: [
      { text: dotenv('PAGERDUTY_TOKEN', pd('pd-1')), secret: pd('pd-1'), rule: 'pagerduty-rest-api-key' },
      { text: `# pagerduty\ncurl https://api.pagerduty.com/abilities -H "Authorization: Token token=${pd('pd-2', true)}"\n`, secret: pd('pd-2', true), rule: 'pagerduty-rest-api-key' },
      { text: `provider "pagerduty" {\n  token = "${pd('pd-3')}"\n}\n`, secret: pd('pd-3'), rule: 'pagerduty-rest-api-key' },
    ],
    negatives: [
      { text: 'PAGERDUTY_TOKEN=<your-api-key-here>\n', why: 'template placeholder' },
      { text: 'token = var.pagerduty_token\n', why: 'Terraform variable reference' },
      { text: `pagerduty service ${pd('pd-n1')}\n`, why: 'PagerDuty named, no key word' },
    ],
  },
  {
    provider: 'pagerduty-integration-key',
    positives: [
      { text: dotenv('PAGERDUTY_ROUTING_KEY', hex('pi-1', 32)), secret: hex('pi-1', 32), rule: 'pagerduty-integration-key' },
      { text: `receivers:\n  - name: pagerduty\n    pagerduty_configs:\n      - routing_key: ${hex('pi-2', 32)}\n`, secret: hex('pi-2', 32), rule: 'pagerduty-integration-key' },
      { text: `pagerduty:\n  service_key: "${hex('pi-3', 32)}"\n`, secret: hex('pi-3', 32), rule: 'pagerduty-integration-key' },
    ],
    negatives: [
      { text: 'PAGERDUTY_ROUTING_KEY=<integration-key>\n', why: 'template placeholder' },
      { text: `pagerduty incident ${hex('pi-n1', 32)}\n`, why: 'PagerDuty named, no routing key word' },
      { text: 'routing_key: ${PAGERDUTY_ROUTING_KEY}\n', why: 'env reference' },
    ],
  },
  {
    provider: 'opsgenie',
    liveHost: 'opsgenie.com',
    positives: [
      { text: dotenv('OPSGENIE_API_KEY', uuid('og-1')), secret: uuid('og-1'), rule: 'opsgenie-api-key' },
      { text: `curl -X GET 'https://api.opsgenie.com/v2/account' --header 'Authorization: GenieKey ${uuid('og-2')}'\n`, secret: uuid('og-2'), rule: 'opsgenie-api-key' },
      { text: `receivers:\n  - name: ops\n    opsgenie_configs:\n      - api_key: ${uuid('og-3')}\n`, secret: uuid('og-3'), rule: 'opsgenie-api-key' },
    ],
    negatives: [
      { text: "--header 'Authorization: GenieKey eb243592-faa2-4ba2-a551q-1afdf565c889'\n", why: 'documentation-style key with a bad character' },
      { text: 'OPSGENIE_API_KEY=${OPSGENIE_API_KEY}\n', why: 'env reference' },
      { text: `opsgenie alert id ${uuid('og-n1')}\n`, why: 'Opsgenie named, no key word' },
    ],
  },
  {
    provider: 'launchdarkly',
    liveHost: 'launchdarkly.com',
    positives: [
      { text: dotenv('LAUNCHDARKLY_ACCESS_TOKEN', `api-${uuid('ld-1')}`), secret: `api-${uuid('ld-1')}`, rule: 'launchdarkly-access-token' },
      { text: `import * as ld from '@launchdarkly/node-server-sdk';\n\nconst client = ld.init('sdk-${uuid('ld-2')}');\n`, secret: `sdk-${uuid('ld-2')}`, rule: 'launchdarkly-sdk-key' },
      { text: yamlEntry('LD_SDK_KEY', `sdk-${uuid('ld-3')}`), secret: `sdk-${uuid('ld-3')}`, rule: 'launchdarkly-sdk-key' },
      { text: `provider "launchdarkly" {\n  access_token = "api-${uuid('ld-4')}"\n}\n`, secret: `api-${uuid('ld-4')}`, rule: 'launchdarkly-access-token' },
    ],
    negatives: [
      { text: `// launchdarkly mobile key mob-${uuid('ld-n1')} is compiled into the app\n`, why: 'mobile key: ships inside the app' },
      { text: `gateway_id = "api-${uuid('ld-n2')}"\n`, why: 'api- + UUID without LaunchDarkly nearby' },
      { text: 'const client = ld.init(process.env.LAUNCHDARKLY_SDK_KEY);\n', why: 'env reference' },
    ],
  },
  {
    provider: 'posthog',
    liveHost: 'posthog.com',
    positives: [
      { text: dotenv('POSTHOG_PERSONAL_API_KEY', phx('ph-1')), secret: phx('ph-1'), rule: 'posthog-personal-api-key' },
      { text: curlBearer('https://us.posthog.com/api/users/@me/', phx('ph-2')), secret: phx('ph-2'), rule: 'posthog-personal-api-key' },
      { text: pyAssign('POSTHOG_PERSONAL_API_KEY', phx('ph-3', 40)), secret: phx('ph-3', 40), rule: 'posthog-personal-api-key' },
    ],
    negatives: [
      { text: `NEXT_PUBLIC_POSTHOG_KEY=phc_${fakeKey('ph-n1', ALNUM, 43)}\n`, why: 'project API key (phc_), public by design' },
      { text: 'phx_IFdqdH62fKoax8x17bwu8gujE0tsTBZRvNmlMJ7eZxz\n', why: "the key of PostHog's own tutorial" },
      { text: "curl -H 'Authorization: Bearer phx_1234567890abcdef' https://us.posthog.com/api/projects/\n", why: 'documentation placeholder (too short)' },
    ],
  },
  {
    provider: 'mixpanel',
    liveHost: 'mixpanel.com',
    positives: [
      {
        text: `MIXPANEL_SERVICE_ACCOUNT_USERNAME=${mpUser('mp-1')}\nMIXPANEL_SERVICE_ACCOUNT_SECRET=${mpSecret('mp-1')}\n`,
        secret: mpSecret('mp-1'),
        rule: 'mixpanel-service-account-secret',
        pair: mpUser('mp-1'),
      },
      {
        text: `mixpanel_username = "${mpUser('mp-2')}"\nmixpanel_secret = "${mpSecret('mp-2')}"\nrequests.get("https://mixpanel.com/api/app/me", auth=(mixpanel_username, mixpanel_secret))\n`,
        secret: mpSecret('mp-2'),
        rule: 'mixpanel-service-account-secret',
        pair: mpUser('mp-2'),
      },
      {
        text: `{\n  "mixpanel": {\n    "username": "${mpUser('mp-3')}",\n    "secret": "${mpSecret('mp-3')}"\n  }\n}\n`,
        secret: mpSecret('mp-3'),
        rule: 'mixpanel-service-account-secret',
        pair: mpUser('mp-3'),
      },
    ],
    negatives: [
      { text: `MIXPANEL_SERVICE_ACCOUNT_SECRET=${mpSecret('mp-n1')}\n`, why: 'secret without its service account username' },
      { text: `mixpanel.init("${hex('mp-n2', 32)}", { track_pageview: true });\n`, why: 'project token: client-side by design' },
      { text: 'MIXPANEL_SERVICE_ACCOUNT_SECRET=<serviceaccount_secret>\n', why: 'template placeholder' },
    ],
  },
  {
    provider: 'mixpanel-project-secret',
    positives: [
      { text: dotenv('MIXPANEL_API_SECRET', hex('ms-1', 32)), secret: hex('ms-1', 32), rule: 'mixpanel-project-secret' },
      { text: `mixpanel:\n  project_secret: ${hex('ms-2', 32)}\n`, secret: hex('ms-2', 32), rule: 'mixpanel-project-secret' },
      { text: tomlEntry('mixpanel_api_secret', hex('ms-3', 32)), secret: hex('ms-3', 32), rule: 'mixpanel-project-secret' },
    ],
    negatives: [
      { text: `MIXPANEL_TOKEN=${hex('ms-n1', 32)}\n`, why: 'project token: public' },
      { text: 'curl https://api.mixpanel.com/import -u <api_secret>:\n', why: 'documentation placeholder' },
      { text: 'MIXPANEL_API_SECRET=${MIXPANEL_API_SECRET}\n', why: 'env reference' },
    ],
  },
  {
    provider: 'amplitude',
    liveHost: 'amplitude.com',
    positives: [
      { text: `AMPLITUDE_API_KEY=${hex('am-1k', 32)}\nAMPLITUDE_SECRET_KEY=${hex('am-1', 32)}\n`, secret: hex('am-1', 32), rule: 'amplitude-secret-key', pair: hex('am-1k', 32) },
      { text: `amplitude:\n  api_key: ${hex('am-2k', 32)}\n  secret_key: ${hex('am-2', 32)}\n`, secret: hex('am-2', 32), rule: 'amplitude-secret-key', pair: hex('am-2k', 32) },
      { text: jsonEntry('amplitude_secret_key', hex('am-3', 32)), secret: hex('am-3', 32), rule: 'amplitude-secret-key' },
    ],
    negatives: [
      { text: `amplitude.init('${hex('am-n1', 32)}');\n`, why: 'API key alone: sent by every browser SDK' },
      { text: "curl -u '{api_key}:{secret_key}' 'https://amplitude.com/api/2/export'\n", why: 'documentation placeholder' },
      { text: 'AMPLITUDE_SECRET_KEY=${AMPLITUDE_SECRET_KEY}\n', why: 'env reference' },
    ],
  },
  {
    provider: 'segment',
    liveHost: 'segmentapis.com',
    positives: [
      { text: dotenv('SEGMENT_PUBLIC_API_TOKEN', sgp('sg-1')), secret: sgp('sg-1'), rule: 'segment-public-api-token' },
      { text: curlBearer('https://api.segmentapis.com/', sgp('sg-2')), secret: sgp('sg-2'), rule: 'segment-public-api-token' },
      { text: goAssign('segmentToken', sgp('sg-3', 48)), secret: sgp('sg-3', 48), rule: 'segment-public-api-token' },
    ],
    negatives: [
      { text: `analytics.load("${fakeKey('sg-n1', ALNUM, 32)}");\n`, why: 'write key: in every page that loads analytics.js' },
      { text: 'SEGMENT_PUBLIC_API_TOKEN=sgp_YOUR_TOKEN\n', why: 'placeholder' },
      { text: `SEGMENT_PUBLIC_API_TOKEN=sgp_${fakeKey('sg-n2', ALNUM, 20)}\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'elastic-cloud',
    liveHost: 'elastic-cloud.com',
    positives: [
      { text: dotenv('EC_API_KEY', ecKey('ec-1')), secret: ecKey('ec-1'), rule: 'elastic-cloud-api-key' },
      { text: `provider "ec" {\n  # elastic cloud\n  apikey = "${ecKey('ec-2')}"\n}\n`, secret: ecKey('ec-2'), rule: 'elastic-cloud-api-key' },
      { text: shellExport('EC_API_KEY', ecKey('ec-3')), secret: ecKey('ec-3'), rule: 'elastic-cloud-api-key' },
    ],
    negatives: [
      { text: 'export EC_API_KEY="YOUR_GENERATED_API_KEY"\n', why: 'documentation placeholder' },
      { text: 'curl -H "Authorization: ApiKey $EC_API_KEY" https://api.elastic-cloud.com/api/v1/deployments\n', why: 'env reference' },
      { text: `elastic_cloud_id: "prod:${b64('us-central1.gcp.cloud.es.io:443$' + hex('ec-n1', 32) + '$' + hex('ec-n2', 32))}"\n`, why: 'cloud_id: not a secret' },
    ],
  },
  {
    provider: 'elasticsearch',
    positives: [
      { text: curlHeader('"https://localhost:9200/_cluster/health"', 'Authorization', `ApiKey ${esKey('es-1')}`), secret: esKey('es-1'), rule: 'elasticsearch-api-key' },
      { text: `from elasticsearch import Elasticsearch\n\nclient = Elasticsearch("https://es.internal:9200", api_key="${esKey('es-2')}")\n`, secret: esKey('es-2'), rule: 'elasticsearch-api-key' },
      { text: `output.elasticsearch:\n  hosts: ["https://es.internal:9200"]\n  api_key: "${esKey('es-3')}"\n`, secret: esKey('es-3'), rule: 'elasticsearch-api-key' },
    ],
    negatives: [
      { text: `Authorization: ApiKey ${b64(fakeKey('es-n1', ALNUM, 44))}\n`, why: 'base64 that does not decode to id:key' },
      { text: 'Authorization: ApiKey ${ES_API_KEY}\n', why: 'env reference' },
      { text: `elasticsearch:\n  cloud_id: "prod:${b64('eu-west-1.aws.found.io$' + hex('es-n2', 32) + '$' + hex('es-n3', 32))}"\n`, why: 'cloud_id: not a secret' },
    ],
  },
];
