import { PAT_LAYOUT, crc32Bytes } from '../records/cloud-azure.js';
import { curlHeader, dotenv, dotenvQuoted, jsConst, jsonEntry, shellExport, yamlEntry } from './contexts.js';
import { ALNUM, B64, B64URL, HEX, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

// ---------------------------------------------------------------- generators (to the documented formats)

const ENTRA_ALPHA = `${ALNUM}_~.-`;
const guid = (s: string): string =>
  `${fakeKey(`${s}a`, HEX, 8)}-${fakeKey(`${s}b`, HEX, 4)}-4${fakeKey(`${s}c`, HEX, 3)}-a${fakeKey(`${s}d`, HEX, 3)}-${fakeKey(`${s}e`, HEX, 12)}`;
/** Current Entra secret: 3 chars, 8Q~, 34 chars; the previous generation: 7Q~ and 31 chars. */
const entra = (s: string, gen: 7 | 8 = 8): string => `${fakeKey(s, ENTRA_ALPHA, 3)}${gen}Q~${fakeKey(`${s}~`, ENTRA_ALPHA, gen === 8 ? 34 : 31)}`;
/** A legacy URL-safe secret of `n` chars holding at least one of `-_.~` (as Microsoft's generator made them). */
function entraLegacy(s: string, n: number): string {
  for (let i = 0; ; i++) {
    const v = fakeKey(`${s}:${i}`, ENTRA_ALPHA, n);
    if (/[-_.~]/.test(v) && /[0-9].*[0-9]/.test(v)) return v;
  }
}

const legacy88 = (s: string): string => `${fakeKey(s, B64, 86)}==`;
const legacy44 = (s: string): string => `${fakeKey(s, B64, 43)}=`;
const pick = (s: string, from: string): string => fakeKey(s, from, 1);
/** Identifiable 64-byte key: 76 base64, signature, 5 base64, [AQgw], ==. */
const id88 = (s: string, sig: string): string => `${fakeKey(s, B64, 76)}${sig}${fakeKey(`${s}/t`, B64, 5)}${pick(`${s}/p`, 'AQgw')}==`;
/** Identifiable 32-byte key: 33 base64, signature, [A-P], 5 base64, =. */
const id44 = (s: string, sig: string): string => `${fakeKey(s, B64, 33)}${sig}${pick(`${s}/p`, 'ABCDEFGHIJKLMNOP')}${fakeKey(`${s}/t`, B64, 5)}=`;
/** A SAS signature: 43 base64 chars and the pad, URL-encoded as SDKs write it (or raw). */
function sasSig(s: string, encoded = true): string {
  const raw = `${fakeKey(s, B64, 43)}=`;
  return encoded ? raw.replace(/\+/g, '%2B').replace(/\//g, '%2F').replace(/=/g, '%3D') : raw;
}
/** Current DevOps PAT: 52 random, the JQQJ99 marker, 18 chars, AZDO at 77-80, 4 checksum chars. */
const pat84 = (s: string): string => `${fakeKey(s, ALNUM, 52)}JQQJ99${fakeKey(`${s}m`, ALNUM, 18)}AZDO${fakeKey(`${s}c`, ALNUM, 4)}`;

const B32 = 'abcdefghijklmnopqrstuvwxyz234567';
function base32(bytes: number[]): string {
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = ((acc << 8) | b) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += B32[(acc >>> bits) & 31];
    }
  }
  if (bits > 0) out += B32[(acc << (5 - bits)) & 31];
  return out;
}
/** A legacy 52-char PAT: 28 random bytes and their CRC32 (XOR the user-PAT seed) in the checksum bytes. */
function pat52(s: string, withChecksum = true): string {
  const hex = fakeKey(s, HEX, 64);
  const bytes = Array.from({ length: 32 }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16));
  if (withChecksum) {
    const covered = PAT_LAYOUT.covered.flatMap(([a, b]) => bytes.slice(a, b));
    const sum = (crc32Bytes(covered) ^ 0xe0b9692d) >>> 0;
    PAT_LAYOUT.checksum.forEach((at, i) => (bytes[at] = (sum >>> (8 * i)) & 0xff));
  }
  return base32(bytes);
}

const acr52 = (s: string): string => `${fakeKey(s, B64, 42)}+ACR${pick(`${s}/p`, 'ABCD')}${fakeKey(`${s}/t`, B64, 5)}`;
const func56 = (s: string): string => `${fakeKey(s, B64URL, 44)}AzFu${fakeKey(`${s}/t`, B64URL, 5)}${pick(`${s}/p`, 'AQgw')}==`;
const funcLegacy = (s: string, n = 54): string => `${fakeKey(s, B64URL, n)}==`;
const appConfigId = (s: string): string => `${fakeKey(s, ALNUM, 4)}-l0-s0:${fakeKey(`${s}/i`, ALNUM, 20)}`;

// ---------------------------------------------------------------- contexts

const storageConn = (account: string, key: string): string =>
  `DefaultEndpointsProtocol=https;AccountName=${account};AccountKey=${key};EndpointSuffix=core.windows.net`;
const sbConn = (ns: string, key: string, entity = ''): string =>
  `Endpoint=sb://${ns}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${key}${entity ? `;EntityPath=${entity}` : ''}`;
const appConfigConn = (id: string, secret: string): string => `Endpoint=https://contoso-settings.azconfig.io;Id=${id};Secret=${secret}`;

const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='; // keylint:allow (Azurite's published development key)
const COSMOS_EMULATOR_KEY = 'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';

export const cloudAzureSamples: ProviderSamples[] = [
  {
    provider: 'azure-entra-id',
    positives: [
      {
        text: `AZURE_TENANT_ID=${guid('en-t1')}\nAZURE_CLIENT_ID=${guid('en-c1')}\nAZURE_CLIENT_SECRET=${entra('en-1')}\n`,
        secret: entra('en-1'),
        rule: 'azure-entra-id-client-secret',
        pair: guid('en-c1'),
      },
      {
        // az ad sp create-for-rbac output, with a secret of the previous (7Q~) generation.
        text: `{\n  "appId": "${guid('en-c2')}",\n  "displayName": "deploy-bot",\n  "password": "${entra('en-2', 7)}",\n  "tenant": "${guid('en-t2')}"\n}\n`,
        secret: entra('en-2', 7),
        rule: 'azure-entra-id-client-secret',
        pair: guid('en-c2'),
      },
      {
        text: `app = msal.ConfidentialClientApplication(\n    CLIENT_ID,\n    client_credential="${entra('en-3')}",\n    authority="https://login.microsoftonline.com/contoso.onmicrosoft.com",\n)\n`,
        secret: entra('en-3'),
        rule: 'azure-entra-id-client-secret',
      },
      {
        text: `{\n  "AzureAd": {\n    "Instance": "https://login.microsoftonline.com/",\n    "ClientId": "${guid('en-c4')}",\n    "ClientSecret": "${entraLegacy('en-4', 34)}"\n  }\n}\n`,
        secret: entraLegacy('en-4', 34),
        rule: 'azure-entra-id-client-secret-legacy',
        pair: guid('en-c4'),
      },
      {
        text: `provider "azurerm" {\n  features {}\n  client_id     = "${guid('en-c5')}"\n  client_secret = "${entraLegacy('en-5', 32)}"\n}\n`,
        secret: entraLegacy('en-5', 32),
        rule: 'azure-entra-id-client-secret-legacy',
        pair: guid('en-c5'),
      },
    ],
    negatives: [
      { text: 'AZURE_CLIENT_SECRET=<your-client-secret>\n', why: 'template placeholder' },
      { text: 'credential = ClientSecretCredential(tenant, client_id, os.environ["AZURE_CLIENT_SECRET"])\n', why: 'env reference' },
      { text: `secrets look like ${fakeKey('en-n1', ALNUM, 3)}8Q~${fakeKey('en-n1b', ALNUM, 12)} (cut here)\n`, why: 'truncated current-format secret' },
      { text: `AZURE_CLIENT_ID=${guid('en-n2')}\nAZURE_TENANT_ID=${guid('en-n3')}\n`, why: 'IDs only, no secret' },
    ],
  },
  {
    provider: 'azure-cosmos-db',
    positives: [
      {
        text: jsonEntry('CosmosDb', `AccountEndpoint=https://contoso-orders.documents.azure.com:443/;AccountKey=${legacy88('co-1')};`),
        secret: legacy88('co-1'),
        rule: 'azure-cosmos-db-key-legacy',
      },
      { text: dotenv('COSMOS_KEY', legacy88('co-2')), secret: legacy88('co-2'), rule: 'azure-cosmos-db-key-legacy' },
      { text: jsConst('primaryKey', id88('co-3', 'ACDb')), secret: id88('co-3', 'ACDb'), rule: 'azure-cosmos-db-key' },
      {
        text: `DefaultEndpointsProtocol=https;AccountName=contoso-tables;AccountKey=${legacy88('co-4')};TableEndpoint=https://contoso-tables.table.cosmos.azure.com:443/;\n`,
        secret: legacy88('co-4'),
        rule: 'azure-cosmos-db-key-legacy',
      },
    ],
    negatives: [
      { text: `AccountEndpoint=https://localhost:8081/;AccountKey=${COSMOS_EMULATOR_KEY};\n`, why: 'Cosmos DB emulator well-known key' },
      { text: 'COSMOS_KEY: ${{ secrets.COSMOS_KEY }}\n', why: 'Actions secret reference' },
      { text: `AccountEndpoint=https://contoso.documents.azure.com:443/;AccountKey=${fakeKey('co-n1', B64, 40)}...\n`, why: 'truncated key (elided)' },
    ],
  },
  {
    provider: 'azure-storage',
    positives: [
      {
        text: dotenvQuoted('AZURE_STORAGE_CONNECTION_STRING', storageConn('contosodata', legacy88('st-1'))),
        secret: legacy88('st-1'),
        rule: 'azure-storage-account-key-legacy',
      },
      { text: jsonEntry('storageKey', id88('st-2', '+ASt')), secret: id88('st-2', '+ASt'), rule: 'azure-storage-account-key' },
      {
        text: `az storage blob upload --account-name contosodata --account-key ${legacy88('st-3')} \\\n  --container-name backups --file db.bak --name db.bak\n`,
        secret: legacy88('st-3'),
        rule: 'azure-storage-account-key-legacy',
      },
      { text: dotenv('AZURE_STORAGE_KEY', legacy88('st-4')), secret: legacy88('st-4'), rule: 'azure-storage-account-key-legacy' },
      {
        text: `blob_url = "https://contosodata.blob.core.windows.net/backups/db.bak?sp=r&st=2024-05-01T00:00:00Z&se=2024-05-02T00:00:00Z&spr=https&sv=2022-11-02&sr=b&sig=${sasSig('st-5')}"\n`,
        secret: sasSig('st-5'),
        rule: 'azure-storage-sas-signature',
      },
      {
        text: shellExport('AZURE_STORAGE_SAS_TOKEN', `?sv=2021-06-08&ss=b&srt=sco&sp=rl&se=2030-01-01T00:00:00Z&spr=https&sig=${sasSig('st-6', false)}`),
        secret: sasSig('st-6', false),
        rule: 'azure-storage-sas-signature',
      },
      {
        text: `service = BlobServiceClient(\n    account_url="https://contosodata.blob.core.windows.net",\n    credential="${legacy88('st-7')}",\n)\n`,
        secret: legacy88('st-7'),
        rule: 'azure-storage-account-key-legacy',
      },
    ],
    negatives: [
      { text: `${storageConn('devstoreaccount1', AZURITE_KEY)}\n`, why: 'Azurite / storage emulator well-known key' },
      { text: 'AZURE_STORAGE_CONNECTION_STRING=UseDevelopmentStorage=true\n', why: 'emulator shortcut, no key' },
      { text: 'curl "https://contosodata.blob.core.windows.net/c/f.txt?sv=2022-11-02&sr=b&sp=r&sig=<signature>"\n', why: 'placeholder signature' },
      { text: `thumbprint_b64 = "${legacy88('st-n1')}"\n`, why: '88 base64 chars with no Storage context' },
      { text: `sig=${sasSig('st-n2')} # no sv= field: not a SAS token\n`, why: 'signature-shaped value outside a SAS query' },
    ],
  },
  {
    provider: 'azure-service-bus',
    positives: [
      { text: jsonEntry('ServiceBusConnection', sbConn('contoso-orders', legacy44('sb-1'))), secret: legacy44('sb-1'), rule: 'azure-service-bus-connection-string' },
      {
        text: dotenvQuoted('SERVICEBUS_CONNECTION_STRING', sbConn('contoso-billing', id44('sb-2', '+ASb'), 'invoices')),
        secret: id44('sb-2', '+ASb'),
        rule: 'azure-service-bus-key',
      },
      {
        text: `client = ServiceBusClient.from_connection_string(\n    "${sbConn('contoso-jobs', legacy44('sb-3'), 'work')}"\n)\n`,
        secret: legacy44('sb-3'),
        rule: 'azure-service-bus-connection-string',
      },
    ],
    negatives: [
      { text: 'Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<key>\n', why: 'placeholder key' },
      { text: 'conn = os.environ["SERVICEBUS_CONNECTION_STRING"]\n', why: 'env reference' },
      { text: `Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${fakeKey('sb-n1', B64, 20)}...\n`, why: 'truncated key (elided)' },
    ],
  },
  {
    provider: 'azure-event-hubs',
    positives: [
      {
        text: dotenvQuoted('EVENTHUB_CONNECTION_STRING', sbConn('contoso-telemetry', legacy44('eh-1'), 'device-events')),
        secret: legacy44('eh-1'),
        rule: 'azure-event-hubs-connection-string',
      },
      {
        text: `producer = EventHubProducerClient.from_connection_string(\n    conn_str="${sbConn('contoso-stream', id44('eh-2', '+AEh'), 'clicks')}"\n)\n`,
        secret: id44('eh-2', '+AEh'),
        rule: 'azure-event-hubs-key',
      },
      {
        text: `# Event Hubs Kafka endpoint\nbootstrap.servers=contoso-kafka.servicebus.windows.net:9093\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="$ConnectionString" password="${sbConn('contoso-kafka', legacy44('eh-3'))}";\n`,
        secret: legacy44('eh-3'),
        rule: 'azure-event-hubs-connection-string',
      },
    ],
    negatives: [
      { text: 'EVENTHUB_CONNECTION_STRING=Endpoint=sb://<namespace>.servicebus.windows.net/;SharedAccessKeyName=<name>;SharedAccessKey=<key>\n', why: 'template placeholders' },
      { text: 'producer = EventHubProducerClient.from_connection_string(os.environ["EVENT_HUB_CONN_STR"])\n', why: 'env reference' },
      { text: '# Event Hubs: policy RootManageSharedAccessKey on contoso-telemetry.servicebus.windows.net\n', why: 'policy name and host, no key' },
    ],
  },
  {
    provider: 'azure-devops',
    liveHost: 'visualstudio.com',
    positives: [
      { text: dotenv('AZURE_DEVOPS_EXT_PAT', pat84('ado-1')), secret: pat84('ado-1'), rule: 'azure-devops-pat' },
      {
        text: `git clone https://build:${pat84('ado-2')}@dev.azure.com/contoso/Platform/_git/infra\n`,
        secret: pat84('ado-2'),
        rule: 'azure-devops-pat',
      },
      { text: `curl -u :${pat52('ado-3')} https://dev.azure.com/contoso/_apis/projects?api-version=7.1\n`, secret: pat52('ado-3'), rule: 'azure-devops-pat-legacy' },
      { text: yamlEntry('AZDO_PERSONAL_ACCESS_TOKEN', pat52('ado-4', false)), secret: pat52('ado-4', false), rule: 'azure-devops-pat-legacy' },
    ],
    negatives: [
      { text: '  env:\n    AZURE_DEVOPS_EXT_PAT: $(System.AccessToken)\n', why: 'pipeline variable reference' },
      { text: 'AZURE_DEVOPS_EXT_PAT=<your-pat>\n', why: 'template placeholder' },
      { text: `artifact_digest = "${fakeKey('ado-n1', ALNUM, 70)}AZDO${fakeKey('ado-n1b', ALNUM, 10)}"\n`, why: 'AZDO at the wrong position' },
      { text: `onion_id = "${fakeKey('ado-n2', B32, 52)}"\n`, why: '52 base32 chars with no Azure DevOps context' },
    ],
  },
  {
    provider: 'azure-container-registry',
    positives: [
      {
        text: `docker login contosoacr.azurecr.io -u contosoacr -p ${fakeKey('acr-1', B64, 32)}\n`,
        secret: fakeKey('acr-1', B64, 32),
        rule: 'azure-container-registry-password-legacy',
      },
      {
        text: `      - uses: azure/docker-login@v2\n        with:\n          login-server: contosoacr.azurecr.io\n          username: contosoacr\n          password: ${acr52('acr-2')}\n`,
        secret: acr52('acr-2'),
        rule: 'azure-container-registry-password',
      },
      {
        text: `kubectl create secret docker-registry acr-pull --docker-server=contosoacr.azurecr.io --docker-username=contosoacr --docker-password=${fakeKey('acr-3', B64, 32)}\n`,
        secret: fakeKey('acr-3', B64, 32),
        rule: 'azure-container-registry-password-legacy',
      },
    ],
    negatives: [
      { text: 'docker login contosoacr.azurecr.io -u contosoacr -p "$ACR_PASSWORD"\n', why: 'env reference' },
      { text: `image: contosoacr.azurecr.io/api:${fakeKey('acr-n1', ALNUM, 32)}\n`, why: '32-char image tag, not a password' },
      { text: 'docker login contosoacr.azurecr.io -u contosoacr -p <password>\n', why: 'template placeholder' },
    ],
  },
  {
    provider: 'azure-functions',
    positives: [
      {
        text: curlHeader('https://contoso-fn.azurewebsites.net/api/orders', 'x-functions-key', funcLegacy('fn-1')),
        secret: funcLegacy('fn-1'),
        rule: 'azure-functions-key-legacy',
      },
      {
        text: `const url = "https://contoso-fn.azurewebsites.net/api/HttpTrigger1?code=${func56('fn-2')}";\n`,
        secret: func56('fn-2'),
        rule: 'azure-functions-key',
      },
      {
        text: `await fetch("https://contoso-reports.azurewebsites.net/api/report?name=weekly&code=${funcLegacy('fn-3', 52)}");\n`,
        secret: funcLegacy('fn-3', 52),
        rule: 'azure-functions-key-legacy',
      },
    ],
    negatives: [
      { text: "curl https://contoso-fn.azurewebsites.net/api/orders -H 'x-functions-key: <your-function-key>'\n", why: 'template placeholder' },
      { text: `fetch("https://auth.contoso.net/api/callback?code=${funcLegacy('fn-n1')}")\n`, why: 'code= on a host that is not a function app' },
      { text: 'headers = {"x-functions-key": os.environ["FUNCTION_KEY"]}\n', why: 'env reference' },
    ],
  },
  {
    provider: 'azure-app-configuration',
    positives: [
      {
        text: dotenvQuoted('AZURE_APPCONFIG_CONNECTION_STRING', appConfigConn(appConfigId('ac-1'), legacy44('ac-1s'))),
        secret: legacy44('ac-1s'),
        rule: 'azure-app-configuration-secret',
        pair: appConfigId('ac-1'),
      },
      {
        text: `builder.Configuration.AddAzureAppConfiguration("${appConfigConn(appConfigId('ac-2'), legacy44('ac-2s'))}");\n`,
        secret: legacy44('ac-2s'),
        rule: 'azure-app-configuration-secret',
        pair: appConfigId('ac-2'),
      },
      {
        text: `{\n  "ConnectionStrings": {\n    "AppConfig": "${appConfigConn(appConfigId('ac-3'), legacy44('ac-3s'))}"\n  }\n}\n`,
        secret: legacy44('ac-3s'),
        rule: 'azure-app-configuration-secret',
        pair: appConfigId('ac-3'),
      },
    ],
    negatives: [
      { text: 'AZURE_APPCONFIG_CONNECTION_STRING="Endpoint=https://<store>.azconfig.io;Id=<id>;Secret=<secret>"\n', why: 'template placeholders' },
      { text: 'builder.Configuration.AddAzureAppConfiguration(Environment.GetEnvironmentVariable("AZURE_APPCONFIG_CONNECTION_STRING"));\n', why: 'env reference' },
      { text: 'endpoint: https://contoso-settings.azconfig.io\n', why: 'endpoint only' },
    ],
  },
];
