/**
 * Public clouds: Alibaba Cloud, Tencent Cloud, Huawei Cloud, Yandex Cloud, IBM Cloud, Oracle Cloud.
 *
 * Alibaba, Tencent, Huawei and Oracle sign every API request with the secret (HMAC or RSA
 * signatures over the request, as AWS SigV4): a key cannot be proven with one bearer-style
 * request, so those records say `noLive`. Their access key IDs are identifiers, reported (where
 * the ID has a distinctive prefix) because a committed ID points at a committed secret.
 */
import type { ProviderRecord } from '../types.js';
import { ci, END, END_ALNUM, near, START, START_ALNUM, withContext } from './shared.js';

/** An assignment right before a value: optional closing quote, `:`/`=`, blanks, optional opening quote. */
const ASSIGN = `["']?\\s{0,4}[:=]\\s{0,4}["']?`;
/** A positional argument right after the previous one: `("ID", "secret")`, `'ID', 'secret'`. */
const NEXT_ARG = `["']?\\s{0,4}[,:]\\s{0,4}["']?`;
/** Any of `names` (literal, any case) directly followed by an assignment. */
const assignedTo = (names: string[]): string => `(?<=(?<![A-Za-z0-9])(?:${names.map(ci).join('|')})${ASSIGN})`;

// ---------------------------------------------------------------- Alibaba Cloud

// AccessKey IDs start with LTAI; examples show 16 (older) and 24 characters. The secret is 30
// alphanumerics. Alibaba documents neither length: both are from examples, and the ranges keep
// a little slack around them.
const LTAI = 'LTAI[A-Za-z0-9]{12,20}';
const ALIBABA_SECRET = '[A-Za-z0-9]{30}';

export const alibabaCloud: ProviderRecord = {
  id: 'alibaba-cloud',
  name: 'Alibaba Cloud',
  rules: [
    {
      id: 'alibaba-cloud-access-key-id',
      description: 'Alibaba Cloud AccessKey ID (LTAI + 12-20 alphanumerics): it identifies a long-term AccessKey pair.',
      pattern: `${START_ALNUM}${LTAI}${END_ALNUM}`,
      keywords: ['ltai'],
      window: { before: 8, after: 32 },
      confidence: 'high',
      minEntropy: 3,
    },
    {
      id: 'alibaba-cloud-access-key-secret',
      description: 'Alibaba Cloud AccessKey secret (30 alphanumerics) assigned to an AccessKey-secret name or passed right after an LTAI AccessKey ID.',
      pattern: withContext(
        START_ALNUM,
        `(?:${assignedTo(['access_key_secret', 'accesskeysecret', 'access-key-secret', 'alicloud_secret_key', 'alibaba_cloud_secret'])}|(?<=${LTAI}${NEXT_ARG}))`,
        ALIBABA_SECRET,
        END_ALNUM,
      ),
      keywords: ['access_key_secret', 'accesskeysecret', 'access-key-secret', 'alicloud_secret_key', 'ltai'],
      window: { before: 64, after: 96 },
      confidence: 'high',
      minEntropy: 3.8,
      minDigits: 2,
      pair: {
        label: 'AccessKey ID',
        pattern: `${START_ALNUM}(?<secret>${LTAI})${END_ALNUM}`,
        envNames: ['ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALICLOUD_ACCESS_KEY'],
      },
    },
  ],
  envNames: ['ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'ALICLOUD_SECRET_KEY'],
  envNote: 'The Alibaba Cloud credentials SDK reads ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET; Terraform and the aliyun CLI read ALICLOUD_ACCESS_KEY and ALICLOUD_SECRET_KEY.',
  format: { prefixes: ['LTAI'], charset: '[A-Za-z0-9]', lengths: [[16, 24], [30, 30]], full: `${LTAI}|${ALIBABA_SECRET}` },
  rotateUrl: 'https://ram.console.aliyun.com/manage/ak',
  noLive: 'every API call is signed with the secret (HMAC over the request); there is no bearer-style check',
};

// ---------------------------------------------------------------- Tencent Cloud

// SecretId: AKID + 32 alphanumerics, SecretKey: 32 alphanumerics (Tencent's API signature
// examples; lengths not otherwise documented, so the ID accepts 30-34 after AKID).
const AKID = 'AKID[A-Za-z0-9]{30,34}';
const TENCENT_SECRET = '[A-Za-z0-9]{32}';
const TENCENT_WORDS = ['tencent', 'qcloud', 'akid', 'myqcloud.com'];

export const tencentCloud: ProviderRecord = {
  id: 'tencent-cloud',
  name: 'Tencent Cloud',
  rules: [
    {
      id: 'tencent-cloud-secret-id',
      description: 'Tencent Cloud SecretId (AKID + 32 alphanumerics): it identifies an API key pair.',
      pattern: `${START_ALNUM}${AKID}${END_ALNUM}`,
      keywords: ['akid'],
      window: { before: 8, after: 48 },
      confidence: 'high',
      minEntropy: 3.5,
      minDigits: 1,
    },
    {
      id: 'tencent-cloud-secret-key',
      description: 'Tencent Cloud SecretKey (32 alphanumerics) assigned to a SecretKey name with Tencent context nearby, or passed right after an AKID SecretId.',
      pattern: withContext(
        START_ALNUM,
        `(?:${assignedTo(['tencentcloud_secret_key', 'secret_key', 'secretkey', 'secret-key'])}${near(TENCENT_WORDS, 300, 300)}|(?<=${AKID}${NEXT_ARG}))`,
        TENCENT_SECRET,
        END_ALNUM,
      ),
      keywords: ['tencent', 'qcloud', 'akid'],
      window: { before: 320, after: 320 },
      confidence: 'high',
      minEntropy: 3.8,
      minDigits: 2,
      pair: { label: 'SecretId', pattern: `${START_ALNUM}(?<secret>${AKID})${END_ALNUM}`, envNames: ['TENCENTCLOUD_SECRET_ID'] },
    },
  ],
  envNames: ['TENCENTCLOUD_SECRET_KEY'],
  envNote: 'The Tencent Cloud SDKs, tccli and Terraform read TENCENTCLOUD_SECRET_ID with TENCENTCLOUD_SECRET_KEY.',
  format: { prefixes: ['AKID'], charset: '[A-Za-z0-9]', lengths: [[32, 32], [34, 38]], full: `${AKID}|${TENCENT_SECRET}` },
  rotateUrl: 'https://console.cloud.tencent.com/cam/capi',
  noLive: 'every API call is signed with the SecretKey (TC3-HMAC-SHA256); there is no bearer-style check',
};

// ---------------------------------------------------------------- Huawei Cloud

// AK: 20 uppercase letters and digits; SK: 40 alphanumerics (from Huawei's console examples;
// no prefix on either, so both need Huawei context).
const HUAWEI_SK = '[A-Za-z0-9]{40}';
const HUAWEI_AK = '(?=[A-Z0-9]{0,19}[0-9])(?=[0-9]{0,19}[A-Z])[A-Z0-9]{20}';
const HUAWEI_WORDS = ['huawei', 'cloud_sdk_', 'hw_access_key', 'hw_secret_key'];

export const huaweiCloud: ProviderRecord = {
  id: 'huawei-cloud',
  name: 'Huawei Cloud',
  rules: [
    {
      id: 'huawei-cloud-secret-key',
      description: 'Huawei Cloud secret access key (SK, 40 alphanumerics) assigned to an SK name with Huawei context nearby.',
      pattern: withContext(
        START_ALNUM,
        `(?:${assignedTo(['huaweicloud_sdk_sk', 'cloud_sdk_sk', 'hw_secret_key', 'secret_access_key', 'secretaccesskey', 'secret_key', 'secretkey', 'sk'])}|(?<=[Ww]ith[Ss]k\\(\\s{0,4}["']))${near(HUAWEI_WORDS, 300, 300)}`,
        HUAWEI_SK,
        END_ALNUM,
      ),
      keywords: ['huawei', 'cloud_sdk_sk', 'hw_secret_key'],
      window: { before: 320, after: 320 },
      confidence: 'medium',
      minEntropy: 4,
      minDigits: 2,
      pair: {
        label: 'access key ID (AK)',
        pattern: `(?:(?<![A-Za-z0-9])(?:${['huaweicloud_sdk_ak', 'cloud_sdk_ak', 'hw_access_key', 'access_key_id', 'accesskeyid', 'access_key', 'ak'].map(ci).join('|')})${ASSIGN}|[Ww]ith[Aa]k\\(\\s{0,4}["'])(?<secret>${HUAWEI_AK})(?![A-Za-z0-9])`,
        envNames: ['HUAWEICLOUD_SDK_AK', 'CLOUD_SDK_AK', 'HW_ACCESS_KEY'],
      },
    },
  ],
  envNames: ['HUAWEICLOUD_SDK_SK', 'CLOUD_SDK_SK', 'HW_SECRET_KEY'],
  envNote: 'Huawei\'s SDK samples read CLOUD_SDK_AK / CLOUD_SDK_SK (older ones HUAWEICLOUD_SDK_AK / HUAWEICLOUD_SDK_SK); Terraform reads HW_ACCESS_KEY / HW_SECRET_KEY.',
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[40, 40]], full: HUAWEI_SK },
  rotateUrl: 'https://console.huaweicloud.com/iam/#/mine/accessKey',
  noLive: 'every API call is signed with the SK (SDK-HMAC-SHA256); there is no bearer-style check',
};

// ---------------------------------------------------------------- Yandex Cloud

// Formats published by Yandex Cloud for secret scanning
// (yandex.cloud/en/docs/security/operations/search-secrets) and the static key page
// (docs/iam/concepts/authorization/access-key: key ID 25 chars, secret 40 chars, both start
// with YC, charset letters, digits, `_` and `-`). Real key IDs are seen to start YCAJ; the
// documentation's example does not, so YCAJ is only a keyword, not part of the format.
const IAM_TOKEN = 't1\\.[A-Za-z0-9_-]{16,512}={0,2}\\.[A-Za-z0-9_-]{86}={0,2}';
const API_KEY = 'AQVN[A-Za-z0-9_-]{35,38}';
const STATIC_SECRET = 'YC[A-Za-z0-9_-]{38}';
const STATIC_ID = 'YC[A-Za-z0-9_-]{23}';
const OAUTH = 'y[0-3]_[A-Za-z0-9_-]{55}';
/** The documentation's example static key (ID and secret). */
const YANDEX_DOC_EXAMPLES = new Set(['YCchbYEDdcsYFBnxSWbcjDJDn', 'YCVdheub7w9bImcGAnd3dZnf08FRbvjeUFvehGvc']);

/**
 * No live check: the three bearer kinds are presented differently (IAM and OAuth tokens as
 * `Bearer`, API keys as `Api-Key` and only to the services they are scoped to), one record has
 * one check, and a wrong scheme would call a good key invalid; static keys sign requests (SigV4).
 */
export const yandexCloud: ProviderRecord = {
  id: 'yandex-cloud',
  name: 'Yandex Cloud',
  rules: [
    {
      id: 'yandex-cloud-iam-token',
      description: 'Yandex Cloud IAM token (t1. + payload + . + 86-char signature); valid for up to 12 hours.',
      pattern: `(?<![A-Za-z0-9_.-])${IAM_TOKEN}(?![A-Za-z0-9_=-])`,
      keywords: ['t1.'],
      window: { before: 8, after: 640 },
      confidence: 'high',
      minEntropy: 4,
    },
    {
      id: 'yandex-cloud-api-key',
      description: 'Yandex Cloud service-account API key (AQVN + 35-38 chars).',
      pattern: `${START}${API_KEY}${END}`,
      keywords: ['aqvn'],
      window: { before: 8, after: 48 },
      confidence: 'high',
      minEntropy: 3.5,
    },
    {
      id: 'yandex-cloud-static-key-secret',
      description: 'Yandex Cloud static access key secret (YC + 38 chars) next to Yandex context or a YCAJ key ID; its key ID (YC + 23 chars) is reported with it.',
      pattern: withContext(START, near(['yandex', 'ycaj', 'yc_storage'], 300, 300), STATIC_SECRET, END),
      keywords: ['ycaj', 'yandex', 'yc_storage'],
      window: { before: 320, after: 320 },
      confidence: 'high',
      minEntropy: 3.8,
      verify: (s) => !YANDEX_DOC_EXAMPLES.has(s),
      pair: { label: 'key ID', pattern: `${START}(?<secret>${STATIC_ID})${END}`, envNames: ['YC_STORAGE_ACCESS_KEY', 'AWS_ACCESS_KEY_ID'] },
    },
    {
      id: 'yandex-cloud-oauth-token',
      description: 'Yandex OAuth token (y0_-y3_ + 55 chars), accepted by the yc CLI and Terraform as a Yandex Cloud credential.',
      pattern: `${START}${OAUTH}${END}`,
      keywords: ['y0_', 'y1_', 'y2_', 'y3_'],
      window: { before: 8, after: 64 },
      confidence: 'medium',
      minEntropy: 4,
      minDigits: 3,
    },
  ],
  envNames: ['YC_TOKEN', 'YC_API_KEY', 'YC_STORAGE_SECRET_KEY'],
  envNote: 'The yc CLI and Terraform read YC_TOKEN (an OAuth or IAM token); Terraform reads YC_STORAGE_ACCESS_KEY / YC_STORAGE_SECRET_KEY for static keys; YC_API_KEY is the ML SDK convention.',
  format: {
    prefixes: ['AQVN', 'y0_', 'y1_', 'y2_', 'y3_', 't1.', 'YC'],
    charset: '[A-Za-z0-9_.=-]',
    lengths: [[39, 42], [58, 58], [100, 620]],
    full: `${IAM_TOKEN}|${API_KEY}|${STATIC_SECRET}|${OAUTH}`,
  },
  rotateUrl: 'https://yandex.cloud/en/docs/iam/operations/compromised-credentials',
  noLive: 'IAM tokens, API keys and OAuth tokens need different schemes (and API keys work only in their scoped services); static keys sign requests',
};

// ---------------------------------------------------------------- IBM Cloud

// IBM Cloud API keys are 44 characters of letters, digits, `_` and `-` (seen in examples; IBM
// does not document the format) with no prefix: the name or IBM context must be nearby.
const IBM_KEY = '[A-Za-z0-9_-]{44}';
const IBM_WORDS = ['ibmcloud', 'ibm_cloud', 'ibm-cloud', 'cloud.ibm.com', 'bluemix', 'crn:v1:', 'iam_apikey', 'iam_serviceid'];

export const ibmCloud: ProviderRecord = {
  id: 'ibm-cloud',
  name: 'IBM Cloud',
  rules: [
    {
      id: 'ibm-cloud-api-key',
      description: 'IBM Cloud API key (44 chars, no prefix) in IBMCLOUD_API_KEY / IC_API_KEY, after --apikey, or as an apikey field next to IBM Cloud context.',
      pattern: withContext(
        START,
        `(?:${assignedTo(['ibmcloud_api_key', 'ibm_cloud_api_key', 'ic_api_key'])}|(?<=--apikey[= ]["']?)|${assignedTo(['apikey', 'api_key'])}${near(IBM_WORDS, 300, 300)})`,
        IBM_KEY,
        END,
      ),
      keywords: [...IBM_WORDS, 'ic_api_key', '--apikey'],
      window: { before: 320, after: 320 },
      confidence: 'medium',
      minEntropy: 4,
      minDigits: 2,
    },
  ],
  envNames: ['IBMCLOUD_API_KEY', 'IC_API_KEY'],
  envNote: 'The ibmcloud CLI reads IBMCLOUD_API_KEY; the Terraform provider reads IC_API_KEY (or IBMCLOUD_API_KEY).',
  format: { prefixes: [], charset: '[A-Za-z0-9_-]', lengths: [[44, 44]], full: IBM_KEY },
  rotateUrl: 'https://cloud.ibm.com/iam/apikeys',
  noLive: 'the only check is the IAM token exchange, which takes the key in a form body (not a header) and mints an access token',
};

// ---------------------------------------------------------------- Oracle Cloud (OCI)

/**
 * What is a finding for OCI. An API-signing-key config (`~/.oci/config`: user and tenancy
 * OCIDs, the key's fingerprint, region, `key_file=` path) holds identifiers only: not a finding
 * by itself. The secret is the RSA private key: the generic private-key rule finds any PEM
 * key; next to OCI config (an OCID, `key_content`) or in `oci_api_key.pem` this rule claims
 * it for OCI. (No pair: a user OCID starts `aaaaaaaa`, which the engine's placeholder gate rejects.) Auth tokens (20 random printable chars,
 * the password for OCIR `docker login` and Swift) are findings next to OCIR or an auth-token name.
 */
const PEM_BLOCK =
  '-----BEGIN (?:RSA )?PRIVATE KEY-----(?:\\s|\\\\[rn])*(?<secret>(?:[A-Za-z0-9+/=]|\\s|\\\\[rn]){60,8000}?)(?:\\s|\\\\[rn])*-----END (?:RSA )?PRIVATE KEY-----';
const AUTH_TOKEN = '[^\\s"\'`\\\\]{20}';
const OCI_WORDS = ['ocir.io', 'ocir_', 'oci_auth_token', 'oracle', 'ocid1.'];

function pemBodyLooksReal(body: string): boolean {
  const b64 = body.replace(/\\[rn]|\s/g, '');
  if (b64.length < 200) return false;
  if (/\.\.\.|…|xxxx/i.test(b64)) return false;
  return new Set(b64).size >= 40;
}

export const oracleCloud: ProviderRecord = {
  id: 'oracle-cloud',
  name: 'Oracle Cloud (OCI)',
  rules: [
    {
      id: 'oracle-cloud-api-signing-key',
      description: 'OCI API signing key: a PEM private key next to OCI config (user/tenancy OCIDs, key_content) or in oci_api_key.pem.',
      pattern: PEM_BLOCK,
      keywords: ['ocid1.user', 'ocid1.tenancy', 'key_content'],
      paths: ['oci_api_key.pem'],
      requires: ['-----END'],
      window: { before: 4096, after: 8192 },
      confidence: 'high',
      locateAtMatch: true,
      skipPlaceholderGate: true,
      verify: pemBodyLooksReal,
    },
    {
      id: 'oracle-cloud-auth-token',
      description: 'OCI auth token (20 printable chars) given as the password of an OCIR docker login or assigned to an OCI auth-token name.',
      pattern: withContext(
        '',
        `(?:(?<=(?:\\s-p|-password)[= ]{1,4}["']?)|${assignedTo(['oci_auth_token', 'ocir_auth_token', 'ocir_token', 'ocir_password', 'auth_token', 'password'])})${near(OCI_WORDS, 300, 300)}`,
        AUTH_TOKEN,
        '(?![^\\s"\'`\\\\])',
      ),
      keywords: ['ocir', 'oci_auth_token'],
      window: { before: 320, after: 320 },
      confidence: 'medium',
      minEntropy: 3.6,
      minDigits: 1,
    },
  ],
  envNames: ['OCI_CLI_KEY_CONTENT', 'OCI_AUTH_TOKEN'],
  envNote: 'The OCI CLI reads OCI_CLI_USER, OCI_CLI_TENANCY, OCI_CLI_FINGERPRINT with OCI_CLI_KEY_FILE or OCI_CLI_KEY_CONTENT; OCI_AUTH_TOKEN is a CI convention for OCIR logins.',
  format: { prefixes: [], charset: '[!-~\\s]', lengths: [[20, 20], [200, 8000]] },
  rotateUrl: 'https://docs.oracle.com/en-us/iaas/Content/Identity/access/managing-user-credentials.htm',
  noLive: 'API calls are signed with the RSA key (HTTP Signatures); an auth token is checked only against a regional registry with the user name',
};

export const cloudGlobalRecords: ProviderRecord[] = [alibabaCloud, tencentCloud, huaweiCloud, yandexCloud, ibmCloud, oracleCloud];
