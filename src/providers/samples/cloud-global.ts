import { curlBearer, dotenv, dotenvQuoted, jsConst, jsonEntry, shellExport, tomlEntry, yamlEntry } from './contexts.js';
import { ALNUM, B64, B64URL, HEX, LOWER_ALNUM, UPPER_ALNUM, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

// ---------------------------------------------------------------- generators

const ltai = (s: string, n = 20): string => `LTAI${fakeKey(s, ALNUM, n)}`;
const aliSecret = (s: string): string => fakeKey(s, ALNUM, 30);
const akid = (s: string): string => `AKID${fakeKey(s, ALNUM, 32)}`;
const tcSecret = (s: string): string => fakeKey(s, ALNUM, 32);
/** Huawei AK: 20 uppercase letters and digits (at least one of each, as issued). */
function hwAk(s: string): string {
  for (let i = 0; ; i++) {
    const v = fakeKey(`${s}:${i}`, UPPER_ALNUM, 20);
    if (/[0-9]/.test(v) && /[A-Z]/.test(v)) return v;
  }
}
const hwSk = (s: string): string => fakeKey(s, ALNUM, 40);
const iamToken = (s: string): string => `t1.${fakeKey(s, B64URL, 120)}.${fakeKey(`${s}/sig`, B64URL, 86)}`;
const aqvn = (s: string, n = 36): string => `AQVN${fakeKey(s, B64URL, n)}`;
const ycId = (s: string): string => `YCAJ${fakeKey(s, B64URL, 21)}`;
const ycSecret = (s: string): string => `YC${fakeKey(s, B64URL, 38)}`;
const yOauth = (s: string): string => `y0_${fakeKey(s, B64URL, 55)}`;
const ibmKey = (s: string): string => fakeKey(s, B64URL, 44);
/** OCI auth tokens: 20 printable characters (letters, digits, punctuation; no quotes, blanks or backslash). */
const OCI_TOKEN_CHARS = `${ALNUM}!#%&()*+,-./:;<=>?@[]^_|~`;
const ociToken = (s: string): string => fakeKey(s, OCI_TOKEN_CHARS, 20);
const ocid = (kind: string, s: string): string => `ocid1.${kind}.oc1..aaaaaaaa${fakeKey(s, LOWER_ALNUM, 52)}`;
const fingerprint = (s: string): string => (fakeKey(s, HEX, 32).match(/../g) ?? []).join(':');
/** A PEM body: 1,600 base64 chars (an RSA-2048 key's size) in 64-char lines. */
const pemBody = (s: string): string => (`MIIEv${fakeKey(s, B64, 1595)}`.match(/.{1,64}/g) ?? []).join('\n');
const pem = (s: string, rsa = false): string => `-----BEGIN ${rsa ? 'RSA ' : ''}PRIVATE KEY-----\n${pemBody(s)}\n-----END ${rsa ? 'RSA ' : ''}PRIVATE KEY-----`;

const ociConfig = (s: string): string =>
  `[DEFAULT]\nuser=${ocid('user', `${s}u`)}\nfingerprint=${fingerprint(`${s}f`)}\ntenancy=${ocid('tenancy', `${s}t`)}\nregion=eu-frankfurt-1\nkey_file=~/.oci/oci_api_key.pem\n`;

export const cloudGlobalSamples: ProviderSamples[] = [
  {
    provider: 'alibaba-cloud',
    positives: [
      {
        text: `ALIBABA_CLOUD_ACCESS_KEY_ID=${ltai('al-1')}\nALIBABA_CLOUD_ACCESS_KEY_SECRET=${aliSecret('al-1s')}\n`,
        secret: aliSecret('al-1s'),
        rule: 'alibaba-cloud-access-key-secret',
        pair: ltai('al-1'),
      },
      {
        text: `import oss2\n\nauth = oss2.Auth('${ltai('al-2', 12)}', '${aliSecret('al-2s')}')\nbucket = oss2.Bucket(auth, 'https://oss-cn-hangzhou.aliyuncs.com', 'assets')\n`,
        secret: aliSecret('al-2s'),
        rule: 'alibaba-cloud-access-key-secret',
        pair: ltai('al-2', 12),
      },
      {
        text: `{\n  "current": "default",\n  "profiles": [{\n    "name": "default",\n    "mode": "AK",\n    "access_key_id": "${ltai('al-3')}",\n    "access_key_secret": "${aliSecret('al-3s')}",\n    "region_id": "cn-shanghai"\n  }]\n}\n`,
        secret: aliSecret('al-3s'),
        rule: 'alibaba-cloud-access-key-secret',
        pair: ltai('al-3'),
      },
      { text: yamlEntry('ALICLOUD_ACCESS_KEY', ltai('al-4')), secret: ltai('al-4'), rule: 'alibaba-cloud-access-key-id' },
      { text: `aliyun configure set --access-key-id ${ltai('al-5', 12)} --region cn-beijing\n`, secret: ltai('al-5', 12), rule: 'alibaba-cloud-access-key-id' },
    ],
    negatives: [
      { text: 'ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI****************\n', why: 'masked ID' },
      { text: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET=<your-access-key-secret>\n', why: 'template placeholder' },
      { text: 'cred = AccessKeyCredential(os.environ["ALIBABA_CLOUD_ACCESS_KEY_ID"], os.environ["ALIBABA_CLOUD_ACCESS_KEY_SECRET"])\n', why: 'env references' },
      { text: `request_checksum = "${aliSecret('al-n1')}"\n`, why: '30 alphanumerics with no Alibaba context' },
    ],
  },
  {
    provider: 'tencent-cloud',
    positives: [
      {
        text: `TENCENTCLOUD_SECRET_ID=${akid('tc-1')}\nTENCENTCLOUD_SECRET_KEY=${tcSecret('tc-1s')}\n`,
        secret: tcSecret('tc-1s'),
        rule: 'tencent-cloud-secret-key',
        pair: akid('tc-1'),
      },
      {
        text: `from tencentcloud.common import credential\n\ncred = credential.Credential("${akid('tc-2')}", "${tcSecret('tc-2s')}")\n`,
        secret: tcSecret('tc-2s'),
        rule: 'tencent-cloud-secret-key',
        pair: akid('tc-2'),
      },
      {
        text: `provider "tencentcloud" {\n  secret_id  = "${akid('tc-3')}"\n  secret_key = "${tcSecret('tc-3s')}"\n  region     = "ap-guangzhou"\n}\n`,
        secret: tcSecret('tc-3s'),
        rule: 'tencent-cloud-secret-key',
        pair: akid('tc-3'),
      },
      { text: jsConst('secretId', akid('tc-4')), secret: akid('tc-4'), rule: 'tencent-cloud-secret-id' },
    ],
    negatives: [
      { text: 'TENCENTCLOUD_SECRET_ID=AKID********************************\n', why: 'masked ID' },
      { text: 'cred = credential.Credential(os.environ.get("TENCENTCLOUD_SECRET_ID"), os.environ.get("TENCENTCLOUD_SECRET_KEY"))\n', why: 'env references' },
      { text: `see AKID${fakeKey('tc-n1', ALNUM, 12)} (cut)\n`, why: 'truncated ID' },
    ],
  },
  {
    provider: 'huawei-cloud',
    positives: [
      {
        text: `HUAWEICLOUD_SDK_AK=${hwAk('hw-1')}\nHUAWEICLOUD_SDK_SK=${hwSk('hw-1s')}\n`,
        secret: hwSk('hw-1s'),
        rule: 'huawei-cloud-secret-key',
        pair: hwAk('hw-1'),
      },
      {
        text: `import com.huaweicloud.sdk.core.auth.BasicCredentials;\n\nICredential auth = new BasicCredentials()\n    .withAk("${hwAk('hw-2')}")\n    .withSk("${hwSk('hw-2s')}");\n`,
        secret: hwSk('hw-2s'),
        rule: 'huawei-cloud-secret-key',
        pair: hwAk('hw-2'),
      },
      {
        text: `provider "huaweicloud" {\n  region = "cn-north-4"\n  access_key = "${hwAk('hw-3')}"\n  secret_key = "${hwSk('hw-3s')}"\n}\n`,
        secret: hwSk('hw-3s'),
        rule: 'huawei-cloud-secret-key',
        pair: hwAk('hw-3'),
      },
      { text: shellExport('CLOUD_SDK_SK', hwSk('hw-4')), secret: hwSk('hw-4'), rule: 'huawei-cloud-secret-key' },
    ],
    negatives: [
      { text: 'ak = os.environ["CLOUD_SDK_AK"]\nsk = os.environ["CLOUD_SDK_SK"]\n', why: 'env references' },
      { text: 'HUAWEICLOUD_SDK_SK=<your-sk>\n', why: 'template placeholder' },
      { text: `sk = "${hwSk('hw-n1')}"  # a sort key\n`, why: '40 alphanumerics with no Huawei context' },
    ],
  },
  {
    provider: 'yandex-cloud',
    positives: [
      {
        text: curlBearer('https://resource-manager.api.cloud.yandex.net/resource-manager/v1/clouds', iamToken('ya-1')),
        secret: iamToken('ya-1'),
        rule: 'yandex-cloud-iam-token',
      },
      { text: dotenv('YC_API_KEY', aqvn('ya-2')), secret: aqvn('ya-2'), rule: 'yandex-cloud-api-key' },
      { text: jsonEntry('api_key', aqvn('ya-3', 38)), secret: aqvn('ya-3', 38), rule: 'yandex-cloud-api-key' },
      {
        text: `resource "yandex_storage_bucket" "logs" {\n  bucket     = "contoso-logs"\n  access_key = "${ycId('ya-4')}"\n  secret_key = "${ycSecret('ya-4s')}"\n}\n`,
        secret: ycSecret('ya-4s'),
        rule: 'yandex-cloud-static-key-secret',
        pair: ycId('ya-4'),
      },
      {
        text: `YC_STORAGE_ACCESS_KEY=${ycId('ya-5')}\nYC_STORAGE_SECRET_KEY=${ycSecret('ya-5s')}\n`,
        secret: ycSecret('ya-5s'),
        rule: 'yandex-cloud-static-key-secret',
        pair: ycId('ya-5'),
      },
      { text: `current: default\nprofiles:\n  default:\n    token: ${yOauth('ya-6')}\n    cloud-id: b1g${fakeKey('ya-6c', LOWER_ALNUM, 17)}\n`, secret: yOauth('ya-6'), rule: 'yandex-cloud-oauth-token' },
    ],
    negatives: [
      { text: 'Yandex docs example: key ID YCchbYEDdcsYFBnxSWbcjDJDn, secret YCVdheub7w9bImcGAnd3dZnf08FRbvjeUFvehGvc\n', why: 'documentation example static key' },
      { text: `curl -H "Authorization: Bearer t1.${fakeKey('ya-n1', B64URL, 40)}" (truncated)\n`, why: 'IAM token without its signature part' },
      { text: 'YC_API_KEY=AQVN...\n', why: 'elided placeholder' },
      { text: `build_ref = "YC${fakeKey('ya-n2', B64URL, 38)}"\n`, why: 'YC-prefixed value with no Yandex context' },
    ],
  },
  {
    provider: 'ibm-cloud',
    positives: [
      { text: shellExport('IBMCLOUD_API_KEY', ibmKey('ib-1')), secret: ibmKey('ib-1'), rule: 'ibm-cloud-api-key' },
      { text: `ibmcloud login --apikey ${ibmKey('ib-2')} -r us-south\n`, secret: ibmKey('ib-2'), rule: 'ibm-cloud-api-key' },
      {
        text: `{\n  "apikey": "${ibmKey('ib-3')}",\n  "iam_apikey_description": "Auto-generated for key crn:v1:bluemix:public:cloud-object-storage:global:a/${fakeKey('ib-3a', HEX, 32)}::",\n  "iam_role_crn": "crn:v1:bluemix:public:iam::::serviceRole:Writer"\n}\n`,
        secret: ibmKey('ib-3'),
        rule: 'ibm-cloud-api-key',
      },
      { text: tomlEntry('ibmcloud_api_key', ibmKey('ib-4')).replace('[auth]', '# terraform.tfvars'), secret: ibmKey('ib-4'), rule: 'ibm-cloud-api-key' },
    ],
    negatives: [
      { text: 'IBMCLOUD_API_KEY=<your-api-key>\n', why: 'template placeholder' },
      { text: 'authenticator = IAMAuthenticator(os.environ["IBMCLOUD_API_KEY"])\n', why: 'env reference' },
      { text: `ibmcloud login --apikey ${fakeKey('ib-n1', B64URL, 20)}... -r us-south\n`, why: 'truncated key' },
    ],
  },
  {
    provider: 'oracle-cloud',
    positives: [
      {
        text: `config = {\n    "user": "${ocid('user', 'or-1u')}",\n    "fingerprint": "${fingerprint('or-1f')}",\n    "tenancy": "${ocid('tenancy', 'or-1t')}",\n    "region": "eu-frankfurt-1",\n    "key_content": """${pem('or-1')}""",\n}\n`,
        secret: pemBody('or-1'),
        rule: 'oracle-cloud-api-signing-key',
      },
      {
        text: `provider "oci" {\n  tenancy_ocid = "${ocid('tenancy', 'or-2t')}"\n  user_ocid    = "${ocid('user', 'or-2u')}"\n  fingerprint  = "${fingerprint('or-2f')}"\n  private_key  = <<EOT\n${pem('or-2', true)}\nEOT\n  region = "us-ashburn-1"\n}\n`,
        secret: pemBody('or-2'),
        rule: 'oracle-cloud-api-signing-key',
      },
      {
        text: `docker login fra.ocir.io -u 'frx1abcd/oracleidentitycloudservice/dev@contoso.com' -p '${ociToken('or-3')}'\n`,
        secret: ociToken('or-3'),
        rule: 'oracle-cloud-auth-token',
      },
      { text: dotenvQuoted('OCI_AUTH_TOKEN', ociToken('or-4')), secret: ociToken('or-4'), rule: 'oracle-cloud-auth-token' },
    ],
    negatives: [
      { text: ociConfig('or-n1'), why: 'API-key config: OCIDs, fingerprint and a key_file path, no secret' },
      { text: 'docker login fra.ocir.io -u "$OCIR_USER" -p "$OCIR_TOKEN"\n', why: 'env references' },
      { text: 'docker login iad.ocir.io -u tenancy/user -p <auth-token>\n', why: 'template placeholder' },
      {
        text: `config = {"user": "${ocid('user', 'or-n2')}", "key_content": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----"}\n`,
        why: 'elided key body',
      },
    ],
  },
];
