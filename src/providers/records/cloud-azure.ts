/**
 * Microsoft Azure credentials, one record per service (each has its own rotation page).
 *
 * Many Azure services now issue "identifiable" keys: random bytes with a fixed 4-character
 * service signature at a fixed offset (Storage `+ASt`, Cosmos DB `ACDb`, Service Bus `+ASb`,
 * Event Hubs `+AEh`, Container Registry `+ACR`, Functions `AzFu`, Entra client secrets `7Q~`/`8Q~`,
 * Azure DevOps PATs `AZDO`). The signatures, lengths and offsets are facts from Microsoft's own
 * key-format library (github.com/microsoft/security-utilities, IdentifiableMetadata.cs and the
 * key models beside it) and, for DevOps, Microsoft Learn ("84 characters with a fixed AZDO
 * signature at positions 76-80"). The regexes below are written here from those facts.
 * Older keys of the same services have no signature and are found only in context
 * (connection-string fields, SDK variable names, the service's host name).
 *
 * Live checks: a connection string or key names its own account, namespace or registry, and a
 * check would have to send the key to a host read from the scanned file (forbidden), so these
 * records say `noLive`. Azure DevOps PATs are the exception: one global profile endpoint.
 */
import type { Confidence, ProviderRecord } from '../types.js';
import { errorDetail, near, START_ALNUM, END_ALNUM, verdict, withContext } from './shared.js';

// ---------------------------------------------------------------- shared pieces

/** Standard base64 boundaries: not glued to other base64 characters. */
const B64_START = '(?<![A-Za-z0-9+/])';
const B64_END = '(?![A-Za-z0-9+/=])';
/** A 64-byte identifiable key: 76 base64, the service signature, 5 base64, one of [AQgw], `==` (88 chars). */
const identifiable64 = (signature: string): string => `${B64_START}[A-Za-z0-9+/]{76}${signature}[A-Za-z0-9+/]{5}[AQgw]==${B64_END}`;
/** A 32-byte identifiable key: 33 base64, the service signature, one of [A-P], 5 base64, `=` (44 chars). */
const identifiable32 = (signature: string): string => `${B64_START}[A-Za-z0-9+/]{33}${signature}[A-P][A-Za-z0-9+/]{5}=${B64_END}`;
/** An unsigned 64-byte key (88 base64 chars ending `==`) and an unsigned 32-byte key (44 ending `=`). */
const LEGACY_64 = '[A-Za-z0-9+/]{86}==';
const LEGACY_32 = '[A-Za-z0-9+/]{43}=';
/** An assignment right before a value: optional closing quote, `:`/`=`, blanks, optional opening quote. */
const ASSIGN = `["']?\\s{0,4}[:=]\\s{0,4}["']?`;

/**
 * Microsoft's published emulator keys (Azurite / the storage emulator and the Cosmos DB
 * emulator): in every local-development README, they open nothing in the cloud.
 */
const EMULATOR_KEYS = new Set([
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==',
]);
const notEmulatorKey = (s: string): boolean => !EMULATOR_KEYS.has(s);

// ---------------------------------------------------------------- Microsoft Entra ID

/** URL-unreserved characters: the alphabet of Entra client secrets. */
const ENTRA_CHAR = '[A-Za-z0-9_~.-]';
const ENTRA_START = '(?<![A-Za-z0-9_~.-])';
// A sentence may end right after a secret: a `.` ends it when no secret character follows.
const ENTRA_END = '(?![A-Za-z0-9_~-]|\\.[A-Za-z0-9_~-])';
/** Current secrets: 3 chars, `8Q~`, 34 chars (40); the previous generation: 3 chars, `7Q~`, 31 chars (37). */
const ENTRA_SECRET = `${ENTRA_CHAR}{3}(?:8Q~${ENTRA_CHAR}{34}|7Q~${ENTRA_CHAR}{31})`;
const GUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
/** The application (client) ID: a GUID named as one (`AZURE_CLIENT_ID=`, `"appId": "…"`, `client_id=`). */
const CLIENT_ID_PAIR = {
  label: 'client ID',
  pattern: `(?:[Cc][Ll][Ii][Ee][Nn][Tt]|[Aa][Pp][Pp](?:[Ll][Ii][Cc][Aa][Tt][Ii][Oo][Nn])?)[_ .-]?[Ii][Dd]["']?[ \\t]{0,12}[:=,]?[ \\t]{0,4}["']?(?<secret>${GUID})(?![0-9a-fA-F-])`,
  envNames: ['AZURE_CLIENT_ID', 'ARM_CLIENT_ID'],
};
const AZURE_IDENTITY_WORDS = ['azure', 'microsoftonline', 'entra', 'msal', 'aad_', 'azuread', 'arm_client'];

/** Legacy secrets without a signature: 32 or 34 URL-unreserved chars (with a symbol), or 44 base64 ending `=`. */
const ENTRA_LEGACY = `(?:${ENTRA_CHAR}{34}|${ENTRA_CHAR}{32}|[A-Za-z0-9+/]{43}=)`;
/** 32/34-char legacy secrets hold at least one of `-_.~` (a 32-char alphanumeric run is any ID). */
const legacyEntraShape = (s: string): boolean => s.length === 44 || /[-_.~]/.test(s);

/**
 * Entra ID (Azure AD) application client secrets. No live check: proving one means a
 * client-credentials token request, which needs the tenant ID as well as the client ID (three
 * parts, where pairs carry two), issues an access token and records a sign-in on the app.
 */
export const azureEntraId: ProviderRecord = {
  id: 'azure-entra-id',
  name: 'Microsoft Entra ID (Azure AD)',
  rules: [
    {
      id: 'azure-entra-id-client-secret',
      description: 'Entra ID application client secret in the current format (3 chars, 8Q~, 34 chars) or the previous one (7Q~, 37 chars).',
      pattern: `${ENTRA_START}${ENTRA_SECRET}${ENTRA_END}`,
      keywords: ['8q~', '7q~'],
      window: { before: 8, after: 48 },
      confidence: 'high',
      minEntropy: 3.5,
      pair: CLIENT_ID_PAIR,
    },
    {
      id: 'azure-entra-id-client-secret-legacy',
      description: 'Older Entra ID client secret (no signature: 32/34 URL-safe chars or 44 base64) assigned to a client-secret name with Azure context nearby.',
      // The name first (a literal start: the regex fails at once where no name begins), then
      // the value, with Azure context near it.
      pattern: `[Cc][Ll][Ii][Ee][Nn][Tt][_-]?[Ss][Ee][Cc][Rr][Ee][Tt]${ASSIGN}${ENTRA_START}(?=${ENTRA_LEGACY}${ENTRA_END})${near(AZURE_IDENTITY_WORDS, 300, 300)}(?<secret>${ENTRA_LEGACY})${ENTRA_END}`,
      keywords: ['client_secret', 'clientsecret', 'client-secret'],
      startsWithKeyword: true,
      window: { before: 320, after: 360 },
      confidence: 'medium',
      minEntropy: 3.5,
      minDigits: 2,
      verify: legacyEntraShape,
      pair: CLIENT_ID_PAIR,
    },
  ],
  envNames: ['AZURE_CLIENT_SECRET', 'ARM_CLIENT_SECRET'],
  envNote: 'azure-identity (EnvironmentCredential) reads AZURE_CLIENT_SECRET with AZURE_TENANT_ID and AZURE_CLIENT_ID; Terraform azurerm reads ARM_CLIENT_SECRET with ARM_TENANT_ID and ARM_CLIENT_ID.',
  format: {
    prefixes: [],
    charset: '[A-Za-z0-9_~.+/=-]',
    lengths: [[32, 32], [34, 34], [37, 37], [40, 40], [44, 44]],
    full: `${ENTRA_SECRET}|${ENTRA_LEGACY}`,
  },
  rotateUrl: 'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade',
  noLive: 'a check is a client-credentials token request, which needs the tenant ID too, issues a token and records a sign-in',
};

// ---------------------------------------------------------------- Cosmos DB

const COSMOS_WORDS = ['documents.azure.com', 'cosmos.azure.com', 'accountendpoint=', 'cosmos'];

/** Cosmos DB account keys. Listed before Storage: a Cosmos Table API connection string has Storage's shape. */
export const azureCosmosDb: ProviderRecord = {
  id: 'azure-cosmos-db',
  name: 'Azure Cosmos DB',
  rules: [
    {
      id: 'azure-cosmos-db-key',
      description: 'Cosmos DB account key in the identifiable format (88 base64 chars with the ACDb signature).',
      pattern: identifiable64('ACDb'),
      keywords: ['acdb'],
      window: { before: 84, after: 16 },
      confidence: 'high',
    },
    {
      id: 'azure-cosmos-db-key-legacy',
      description: 'Cosmos DB account key (88 base64 chars) as AccountKey= of a Cosmos connection string or assigned to a Cosmos key name.',
      pattern: withContext(
        B64_START,
        `(?:(?<=AccountKey=)${near(COSMOS_WORDS, 300, 300)}|(?<=[Cc][Oo][Ss][Mm][Oo][Ss][\\w.-]{0,24}[Kk][Ee][Yy]${ASSIGN}))`,
        LEGACY_64,
        B64_END,
      ),
      keywords: ['accountkey=', 'cosmos'],
      window: { before: 320, after: 320 },
      confidence: 'high',
      verify: notEmulatorKey,
      minDigits: 2,
    },
  ],
  envNames: ['COSMOS_KEY', 'AZURE_COSMOS_KEY', 'COSMOS_CONNECTION_STRING'],
  envNote: 'The Cosmos DB SDKs take the key as an argument; COSMOS_KEY (with COSMOS_ENDPOINT) is the name Microsoft\'s samples use.',
  format: { prefixes: [], charset: '[A-Za-z0-9+/=]', lengths: [[88, 88]], full: LEGACY_64 },
  rotateUrl: 'https://portal.azure.com/#browse/Microsoft.DocumentDb%2FdatabaseAccounts',
  noLive: 'the key is checked against its own account endpoint, which only the scanned file names',
};

// ---------------------------------------------------------------- Storage

const STORAGE_STRING_WORDS = ['accountname=', 'defaultendpointsprotocol=', 'endpointsuffix=', 'core.windows.net', 'blobendpoint='];
const STORAGE_SDK_WORDS = ['core.windows.net', 'azure.storage', '@azure/storage', 'azure-storage', 'storagesharedkeycredential'];
/** Names of a storage account key: AZURE_STORAGE_KEY, AZURE_STORAGE_ACCOUNT_KEY, storage_account_access_key, --account-key. */
const STORAGE_KEY_NAME =
  '(?:[Aa][Zz][Uu][Rr][Ee]_?[Ss][Tt][Oo][Rr][Aa][Gg][Ee]_?(?:[Aa][Cc][Cc][Oo][Uu][Nn][Tt]_?)?(?:[Aa][Cc][Cc][Ee][Ss][Ss]_?)?[Kk][Ee][Yy]|[Ss][Tt][Oo][Rr][Aa][Gg][Ee]_?[Aa][Cc][Cc][Oo][Uu][Nn][Tt]_?(?:[Aa][Cc][Cc][Ee][Ss][Ss]_?)?[Kk][Ee][Yy])';
/** A SAS signature: HMAC-SHA256, 43 base64 units and the `=` pad, raw or URL-encoded (%2B %2F %3D). */
const SAS_SIG = '(?:[A-Za-z0-9]|%2[BbFf]|[+/]){43}(?:=|%3[Dd])';
/** The SAS version field (`sv=2022-11-02`) in the same query string (no blank or quote between). */
const SAS_VERSION = 'sv=\\d{4}-\\d{2}-\\d{2}';

/** Storage account keys and SAS tokens. */
export const azureStorage: ProviderRecord = {
  id: 'azure-storage',
  name: 'Azure Storage',
  rules: [
    {
      id: 'azure-storage-account-key',
      description: 'Storage account key in the identifiable format (88 base64 chars with the +ASt signature).',
      pattern: identifiable64('\\+ASt'),
      keywords: ['+ast'],
      window: { before: 84, after: 16 },
      confidence: 'high',
    },
    {
      id: 'azure-storage-account-key-legacy',
      description: 'Storage account key (88 base64 chars) as AccountKey= of a storage connection string, in AZURE_STORAGE_KEY or --account-key, or as an SDK credential next to a *.core.windows.net URL.',
      pattern: withContext(
        B64_START,
        `(?:(?<=AccountKey=)${near(STORAGE_STRING_WORDS, 300, 300)}|(?<=(?:${STORAGE_KEY_NAME}${ASSIGN}|--account-key[= ]["']?))|(?<=(?:[Aa]ccount_?[Kk]ey|[Cc]redential|[Ss]hared_?[Kk]ey)${ASSIGN})${near(STORAGE_SDK_WORDS, 300, 300)})`,
        LEGACY_64,
        B64_END,
      ),
      keywords: ['accountkey=', 'azure_storage', 'storage_account', 'storageaccount', '--account-key', 'core.windows.net'],
      window: { before: 320, after: 320 },
      confidence: 'high',
      verify: notEmulatorKey,
      minDigits: 2,
    },
    {
      id: 'azure-storage-sas-signature',
      description: 'The signature (sig=) of a Storage shared access signature: the SAS token grants access until it expires.',
      // The cheap `sig=` look-behind first: the value's shape is tried only right after it.
      pattern: withContext(
        '(?<=[?&;]sig=)',
        `(?:(?<=${SAS_VERSION}[^\\s"'<>]{0,400})|(?=[^\\s"'<>]{0,400}${SAS_VERSION}))`,
        SAS_SIG,
        '(?![A-Za-z0-9+/%=])',
      ),
      keywords: ['sig='],
      window: { before: 420, after: 480 },
      confidence: 'high',
      minEntropy: 3.5,
    },
  ],
  envNames: ['AZURE_STORAGE_CONNECTION_STRING', 'AZURE_STORAGE_KEY', 'AZURE_STORAGE_SAS_TOKEN'],
  envNote: 'The Azure CLI reads AZURE_STORAGE_CONNECTION_STRING, or AZURE_STORAGE_ACCOUNT with AZURE_STORAGE_KEY or AZURE_STORAGE_SAS_TOKEN.',
  format: {
    prefixes: [],
    charset: '[A-Za-z0-9+/=%]',
    lengths: [[44, 52], [88, 88]],
    full: `${LEGACY_64}|${SAS_SIG}`,
  },
  rotateUrl: 'https://portal.azure.com/#browse/Microsoft.Storage%2FStorageAccounts',
  noLive: 'the key or SAS is checked against its own storage account host, which only the scanned file names',
};

// ---------------------------------------------------------------- Service Bus and Event Hubs

/** `Event Hub`, `EventHub`, `event_hub`, `eventhubs` in any case. */
const EVENT_HUB = '[Ee][Vv][Ee][Nn][Tt][ _-]?[Hh][Uu][Bb]';
const SB_HOST = 'servicebus.windows.net';

/** Service Bus (and Relay) namespaces. Event Hubs namespaces share the host; their record follows. */
export const azureServiceBus: ProviderRecord = {
  id: 'azure-service-bus',
  name: 'Azure Service Bus',
  rules: [
    {
      id: 'azure-service-bus-key',
      description: 'Service Bus shared access key in the identifiable format (44 base64 chars with the +ASb signature).',
      pattern: identifiable32('\\+ASb'),
      keywords: ['+asb'],
      window: { before: 40, after: 16 },
      confidence: 'high',
    },
    {
      id: 'azure-service-bus-connection-string',
      description: 'SharedAccessKey= of a *.servicebus.windows.net connection string with no Event Hubs context nearby.',
      pattern: withContext(
        B64_START,
        `(?<=SharedAccessKey=)${near([SB_HOST], 300, 300)}(?<!${EVENT_HUB}[\\s\\S]{0,600})(?![\\s\\S]{0,600}${EVENT_HUB})(?![A-Za-z0-9+/]{33}\\+AEh)`,
        LEGACY_32,
        B64_END,
      ),
      keywords: ['sharedaccesskey='],
      window: { before: 640, after: 660 },
      confidence: 'high',
      minDigits: 2,
    },
  ],
  envNames: ['SERVICEBUS_CONNECTION_STRING', 'AZURE_SERVICEBUS_CONNECTION_STRING'],
  envNote: 'The Service Bus SDKs take the connection string as an argument; SERVICEBUS_CONNECTION_STRING is the name Microsoft\'s samples use.',
  format: { prefixes: [], charset: '[A-Za-z0-9+/=]', lengths: [[44, 44]], full: LEGACY_32 },
  rotateUrl: 'https://portal.azure.com/#browse/Microsoft.ServiceBus%2Fnamespaces',
  noLive: 'the key is checked against its own namespace host, which only the scanned file names',
};

export const azureEventHubs: ProviderRecord = {
  id: 'azure-event-hubs',
  name: 'Azure Event Hubs',
  rules: [
    {
      id: 'azure-event-hubs-key',
      description: 'Event Hubs shared access key in the identifiable format (44 base64 chars with the +AEh signature).',
      pattern: identifiable32('\\+AEh'),
      keywords: ['+aeh'],
      window: { before: 40, after: 16 },
      confidence: 'high',
    },
    {
      id: 'azure-event-hubs-connection-string',
      description: 'SharedAccessKey= of a *.servicebus.windows.net connection string with Event Hubs named nearby.',
      pattern: withContext(
        B64_START,
        `(?<=SharedAccessKey=)${near([SB_HOST], 300, 300)}(?:(?<=${EVENT_HUB}[\\s\\S]{0,600})|(?=[\\s\\S]{0,600}${EVENT_HUB}))(?![A-Za-z0-9+/]{33}\\+ASb)`,
        LEGACY_32,
        B64_END,
      ),
      keywords: ['sharedaccesskey='],
      window: { before: 640, after: 660 },
      confidence: 'high',
      minDigits: 2,
    },
  ],
  envNames: ['EVENTHUB_CONNECTION_STRING', 'EVENT_HUB_CONN_STR'],
  envNote: 'The Event Hubs SDKs take the connection string as an argument; the names above are the ones Microsoft\'s samples use.',
  format: { prefixes: [], charset: '[A-Za-z0-9+/=]', lengths: [[44, 44]], full: LEGACY_32 },
  rotateUrl: 'https://portal.azure.com/#browse/Microsoft.EventHub%2Fnamespaces',
  noLive: 'the key is checked against its own namespace host, which only the scanned file names',
};

// ---------------------------------------------------------------- Azure DevOps

const B32 = 'abcdefghijklmnopqrstuvwxyz234567';
/** Checksum seeds of legacy user and application PATs (Microsoft security-utilities, IdentifiableMetadata.cs). */
const PAT_SEEDS = [0xe0b9692d, 0x1019f92e];

const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32Bytes(bytes: readonly number[]): number {
  let crc = 0xffffffff;
  for (const b of bytes) crc = CRC_TABLE[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The 32 bytes a 52-char lowercase base32 PAT encodes (most significant bit first; the last 4 bits are padding). */
export function decodePatBase32(pat: string): number[] | undefined {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const ch of pat) {
    const v = B32.indexOf(ch);
    if (v < 0) return undefined;
    acc = ((acc << 5) | v) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >>> bits) & 0xff);
    }
  }
  return out;
}

/** The bytes a legacy PAT's CRC32 covers and where its checksum bytes sit (little-endian: bytes 22, 8, 7, 2). */
export const PAT_LAYOUT = { covered: [[0, 2], [3, 7], [9, 22], [23, 32]] as Array<[number, number]>, checksum: [22, 8, 7, 2] };

/**
 * Legacy 52-char PATs carry a CRC32 of 28 of their 32 bytes, XORed with a seed (one for user
 * PATs, one for application PATs). Microsoft has not said every PAT ever issued has it, so a
 * PAT without a valid one is reported with medium confidence rather than dropped.
 */
export function legacyPatChecksumOk(pat: string): boolean {
  if (pat.length !== 52) return false;
  const bytes = decodePatBase32(pat);
  if (!bytes || bytes.length !== 32) return false;
  const covered = PAT_LAYOUT.covered.flatMap(([a, b]) => bytes.slice(a, b));
  const [b0, b1, b2, b3] = PAT_LAYOUT.checksum.map((i) => bytes[i]!);
  const embedded = (b0! | (b1! << 8) | (b2! << 16) | (b3! << 24)) >>> 0;
  const crc = crc32Bytes(covered);
  return PAT_SEEDS.some((seed) => ((crc ^ seed) >>> 0) === embedded);
}

const DEVOPS_WORDS = ['dev.azure.com', 'visualstudio.com', 'azure_devops', 'azure-devops', 'azuredevops', 'azure devops', 'azdo', 'vsts'];
const PAT_84 = '[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}';
const PAT_52 = '[a-z2-7]{52}';

/**
 * Azure DevOps personal access tokens. Live check: `GET
 * https://app.vssps.visualstudio.com/_apis/profile/profiles/me` (Profiles - Get, the
 * authenticated user's own profile; scope vso.profile) with Basic auth, an empty user name and
 * the PAT as password. 200: the PAT authenticates (the profile's display name is shown). 401:
 * not accepted (revoked, expired, or a PAT scoped without the profile scope). 203 with a sign-in
 * page: Azure DevOps did not accept the credential either. 403: authenticated, not allowed.
 */
export const azureDevops: ProviderRecord = {
  id: 'azure-devops',
  name: 'Azure DevOps',
  rules: [
    {
      id: 'azure-devops-pat',
      description: 'Azure DevOps personal access token in the current format (84 chars with the AZDO signature at positions 77-80).',
      pattern: `${START_ALNUM}${PAT_84}${END_ALNUM}`,
      keywords: ['azdo'],
      window: { before: 80, after: 12 },
      // High: the signature names the service, and it outranks the generic 84-char Azure key shape.
      confidence: 'high',
      minEntropy: 4,
    },
    {
      id: 'azure-devops-pat-legacy',
      description: 'Older Azure DevOps PAT (52 lowercase base32 chars) next to an Azure DevOps host or variable name; high confidence when its embedded CRC32 checks.',
      pattern: withContext(START_ALNUM, near(DEVOPS_WORDS, 200, 200), PAT_52, END_ALNUM),
      keywords: DEVOPS_WORDS,
      window: { before: 256, after: 256 },
      confidence: 'medium',
      confidenceOf: (s): Confidence => (legacyPatChecksumOk(s) ? 'high' : 'medium'),
      minEntropy: 4,
      minDigits: 2,
    },
  ],
  envNames: ['AZURE_DEVOPS_EXT_PAT', 'AZDO_PERSONAL_ACCESS_TOKEN'],
  envNote: 'The az devops CLI extension reads AZURE_DEVOPS_EXT_PAT; the Terraform azuredevops provider reads AZDO_PERSONAL_ACCESS_TOKEN.',
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[52, 52], [84, 84]], full: `${PAT_84}|${PAT_52}` },
  rotateUrl: 'https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate#revoke-a-pat',
  live: {
    base: 'https://app.vssps.visualstudio.com',
    path: '/_apis/profile/profiles/me?api-version=7.1-preview.3',
    method: 'GET',
    auth: { kind: 'basic', user: '' },
    interpret: (res) => {
      if (res.status === 203) return verdict('invalid', 'Azure DevOps answered with its sign-in page: the token was not accepted');
      if (res.status === 200) {
        const name = (res.json as { displayName?: unknown } | undefined)?.displayName;
        return typeof name === 'string' && name !== '' ? { status: 'valid', detail: `profile ${name}` } : { status: 'valid' };
      }
      if (res.status === 401) return verdict('invalid', errorDetail(res));
      return undefined;
    },
  },
};

// ---------------------------------------------------------------- Container Registry

const ACR_IDENTIFIABLE = '[A-Za-z0-9+/]{42}\\+ACR[A-D][A-Za-z0-9+/]{5}';
const ACR_LEGACY = '[A-Za-z0-9+/=]{32}';

/** Container Registry admin-user and token passwords. */
export const azureContainerRegistry: ProviderRecord = {
  id: 'azure-container-registry',
  name: 'Azure Container Registry',
  rules: [
    {
      id: 'azure-container-registry-password',
      description: 'Container Registry admin or token password in the identifiable format (52 base64 chars with the +ACR signature).',
      pattern: `${B64_START}${ACR_IDENTIFIABLE}${B64_END}`,
      keywords: ['+acr'],
      window: { before: 48, after: 16 },
      confidence: 'high',
    },
    {
      id: 'azure-container-registry-password-legacy',
      description: 'Older Container Registry password (32 base64 chars) given as a password next to a *.azurecr.io login server.',
      pattern: withContext(
        B64_START,
        `(?<=(?:\\s-p\\s{1,4}["']?|-password[= ]["']?|[Pp][Aa][Ss][Ss][Ww](?:[Oo][Rr])?[Dd]${ASSIGN}))${near(['azurecr.io'], 300, 300)}`,
        ACR_LEGACY,
        B64_END,
      ),
      keywords: ['azurecr.io'],
      window: { before: 320, after: 320 },
      confidence: 'medium',
      minEntropy: 3.8,
      minDigits: 2,
    },
  ],
  envNames: ['ACR_PASSWORD', 'AZURE_CONTAINER_REGISTRY_PASSWORD'],
  envNote: 'Docker and the Azure CLI take registry passwords as arguments; ACR_PASSWORD is a CI convention, not an SDK variable.',
  format: { prefixes: [], charset: '[A-Za-z0-9+/=]', lengths: [[32, 32], [52, 52]], full: `${ACR_IDENTIFIABLE}|${ACR_LEGACY}` },
  rotateUrl: 'https://portal.azure.com/#browse/Microsoft.ContainerRegistry%2Fregistries',
  noLive: 'the password is checked against its own registry login server, which only the scanned file names',
};

// ---------------------------------------------------------------- Functions

const FUNC_IDENTIFIABLE = '[A-Za-z0-9_-]{44}AzFu[A-Za-z0-9_-]{5}[AQgw](?:==|%3[Dd]%3[Dd])';
/** Older function keys: base64 of about 40 random bytes (examples show 54-56 chars); no signature. */
const FUNC_LEGACY = '[A-Za-z0-9+/_-]{40,56}(?:={0,2}|(?:%3[Dd]){1,2})';

/** Azure Functions function, host (master) and system keys. */
export const azureFunctions: ProviderRecord = {
  id: 'azure-functions',
  name: 'Azure Functions',
  rules: [
    {
      id: 'azure-functions-key',
      description: 'Azure Functions key in the identifiable format (56 URL-safe base64 chars with the AzFu signature).',
      pattern: `(?<![A-Za-z0-9_-])${FUNC_IDENTIFIABLE}(?![A-Za-z0-9_=%-])`,
      keywords: ['azfu'],
      window: { before: 48, after: 24 },
      confidence: 'high',
    },
    {
      id: 'azure-functions-key-legacy',
      description: 'Older Azure Functions key in an x-functions-key header or the code= parameter of a *.azurewebsites.net/api/ URL.',
      pattern: withContext(
        '(?<![A-Za-z0-9+/_-])',
        `(?:(?<=[Xx]-[Ff]unctions-[Kk]ey${ASSIGN})|(?<=\\.azurewebsites\\.net/api/[^\\s"'#<>]{1,200}[?&]code=))`,
        FUNC_LEGACY,
        '(?![A-Za-z0-9+/_=%-])',
      ),
      keywords: ['x-functions-key', 'azurewebsites.net/api/'],
      window: { before: 24, after: 320 },
      confidence: 'medium',
      minEntropy: 3.8,
      minDigits: 2,
    },
  ],
  envNames: ['AZURE_FUNCTIONS_KEY', 'FUNCTION_KEY'],
  envNote: 'Function keys are sent as the x-functions-key header or the code= parameter; the variable names are conventions, not SDK settings.',
  format: { prefixes: [], charset: '[A-Za-z0-9+/_=%-]', lengths: [[40, 62]], full: `${FUNC_IDENTIFIABLE}|${FUNC_LEGACY}` },
  rotateUrl: 'https://portal.azure.com/#browse/Microsoft.Web%2Fsites/kind/functionapp',
  noLive: 'a key is checked by calling its own function app, which only the scanned file names (and calling a function runs it)',
};

// ---------------------------------------------------------------- App Configuration

const APPCONFIG_SECRET = '[A-Za-z0-9+/]{40,88}={0,2}';

/** App Configuration access keys, in their connection string (`Endpoint=…azconfig.io;Id=…;Secret=…`). */
export const azureAppConfiguration: ProviderRecord = {
  id: 'azure-app-configuration',
  name: 'Azure App Configuration',
  rules: [
    {
      id: 'azure-app-configuration-secret',
      description: 'Secret= of an App Configuration connection string (Endpoint=https://<store>.azconfig.io;Id=…;Secret=…).',
      pattern: withContext(B64_START, `(?<=\\.azconfig\\.io/?;Id=[^;\\s"']{1,64};Secret=)`, APPCONFIG_SECRET, B64_END),
      keywords: ['azconfig.io'],
      window: { before: 16, after: 200 },
      confidence: 'high',
      minDigits: 2,
      pair: { label: 'credential ID', pattern: `\\.azconfig\\.io/?;Id=(?<secret>[^;\\s"']{4,64});Secret=`, window: { before: 120, after: 0 } },
    },
  ],
  envNames: ['AZURE_APPCONFIG_CONNECTION_STRING', 'APPCONFIGURATION_CONNECTION_STRING'],
  envNote: 'az appconfig reads AZURE_APPCONFIG_CONNECTION_STRING; the SDK samples use APPCONFIGURATION_CONNECTION_STRING.',
  format: { prefixes: [], charset: '[A-Za-z0-9+/=]', lengths: [[40, 90]], full: APPCONFIG_SECRET },
  rotateUrl: 'https://portal.azure.com/#browse/Microsoft.AppConfiguration%2FconfigurationStores',
  noLive: 'the secret signs requests (HMAC) to its own store host, which only the scanned file names',
};

export const cloudAzureRecords: ProviderRecord[] = [
  azureEntraId,
  azureCosmosDb,
  azureStorage,
  azureServiceBus,
  azureEventHubs,
  azureDevops,
  azureContainerRegistry,
  azureFunctions,
  azureAppConfiguration,
];
