import { curlBearer, curlHeader, dotenv, dotenvQuoted, goAssign, jsConst, jsObject, jsonEntry, pyAssign, pyKwarg, shellExport, tomlEntry, yamlEntry } from './contexts.js';
import { ALNUM, B64URL, HEX, LOWER_ALNUM, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

const uuid = (s: string): string => {
  const h = fakeKey(s, HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

const modalId = (s: string, p = 'ak'): string => `${p}-${fakeKey(`${s}-id`, ALNUM, 22)}`;
const modalSecret = (s: string, p = 'as'): string => `${p}-${fakeKey(`${s}-sec`, ALNUM, 22)}`;
const baseten = (s: string): string => `${fakeKey(`${s}-a`, ALNUM, 8)}.${fakeKey(`${s}-b`, ALNUM, 32)}`;
const anyscale = (s: string, n = 64): string => fakeKey(s, B64URL, n);
const lepton = (s: string, n = 32): string => fakeKey(s, ALNUM, n);
const novita = (s: string, n = 43): string => `sk_${fakeKey(s, B64URL, n)}`;
const b64url = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
const hyperbolic = (s: string): string =>
  `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ sub: `user-${fakeKey(`${s}-u`, LOWER_ALNUM, 8)}@example.org`, iat: 1731000000 })}.${fakeKey(`${s}-sig`, B64URL, 43)}`;
const lambdaKey = (s: string, name = 'dev-box'): string => `secret_${name}_${fakeKey(`${s}-h`, HEX, 32)}.${fakeKey(`${s}-t`, ALNUM, 32)}`;
const pcsk = (s: string): string => `pcsk_${fakeKey(`${s}-i`, ALNUM, 6)}_${fakeKey(`${s}-s`, ALNUM, 63)}`;
const weaviate = (s: string, n = 40): string => fakeKey(s, ALNUM, n);
const qdrant = (s: string): string => `${uuid(`${s}-u`)}|${fakeKey(`${s}-k`, B64URL, 46)}`;
const zilliz = (s: string, n = 104): string => fakeKey(s, HEX, n);
const wandbV1 = (s: string): string => `wandb_v1_${fakeKey(`${s}-a`, ALNUM, 27)}_${fakeKey(`${s}-b`, ALNUM, 49)}`;
const wandbHex = (s: string): string => fakeKey(s, HEX, 40);
const lsv2 = (s: string, kind: 'pt' | 'sk'): string => `lsv2_${kind}_${fakeKey(`${s}-a`, HEX, 32)}_${fakeKey(`${s}-b`, HEX, 10)}`;
const lfSecret = (s: string): string => `sk-lf-${uuid(`${s}-sk`)}`;
const lfPublic = (s: string): string => `pk-lf-${uuid(`${s}-pk`)}`;
const heliGroups = (s: string): string => [0, 1, 2, 3].map((i) => fakeKey(`${s}-${i}`, LOWER_ALNUM, 7)).join('-');
const heliSk = (s: string, infix = ''): string => `sk-helicone-${infix}${heliGroups(s)}`;
const heliPk = (s: string, infix = ''): string => `pk-helicone-${infix}${heliGroups(s)}`;
const portkey = (s: string, n = 28): string => fakeKey(s, `${ALNUM}+/`, n);
const btKey = (s: string): string => `sk-${fakeKey(s, ALNUM, 48)}`;
const btService = (s: string): string => `bt-st-${fakeKey(s, ALNUM, 48)}`;
const clarifai = (s: string): string => fakeKey(s, HEX, 32);
const nvapi = (s: string): string => `nvapi-${fakeKey(s, B64URL, 64)}`;
const ngcLegacy = (s: string): string => Buffer.from(`${fakeKey(`${s}-i`, LOWER_ALNUM, 26)}:${uuid(`${s}-u`)}`).toString('base64');
const sgp = (s: string, instance = ''): string => `sgp_${instance}${fakeKey(s, HEX, 40)}`;
const privateAi = (s: string, n = 32): string => fakeKey(s, ALNUM, n);

export const aiToolingSamples: ProviderSamples[] = [
  {
    provider: 'modal',
    positives: [
      {
        text: `# local settings\nMODAL_TOKEN_ID=${modalId('md-1')}\nMODAL_TOKEN_SECRET=${modalSecret('md-1')}\n`,
        secret: modalSecret('md-1'),
        rule: 'modal-token-secret',
        pair: modalId('md-1'),
      },
      {
        text: `[default]\ntoken_id = "${modalId('md-2')}"\ntoken_secret = "${modalSecret('md-2')}"\nactive = true\n`,
        secret: modalSecret('md-2'),
        rule: 'modal-token-secret',
        pair: modalId('md-2'),
      },
      {
        text: `jobs:\n  deploy:\n    env:\n      MODAL_TOKEN_ID: ${modalId('md-3')}\n      MODAL_TOKEN_SECRET: ${modalSecret('md-3')}\n    run: modal deploy app.py\n`,
        secret: modalSecret('md-3'),
        rule: 'modal-token-secret',
        pair: modalId('md-3'),
      },
      {
        text: `curl -H "Modal-Key: ${modalId('md-4', 'wk')}" \\\n     -H "Modal-Secret: ${modalSecret('md-4', 'ws')}" \\\n     https://acme--infer.modal.run\n`,
        secret: modalSecret('md-4', 'ws'),
        rule: 'modal-proxy-token-secret',
        pair: modalId('md-4', 'wk'),
      },
    ],
    negatives: [
      { text: 'export MODAL_TOKEN_ID=ak-12345...\nexport MODAL_TOKEN_SECRET=as-12345...\n', why: 'documentation placeholder' },
      { text: `MODAL_TOKEN_SECRET=${modalSecret('md-n1')}\n`, why: 'secret without its token ID: not reported alone' },
      { text: 'modal.Client.from_credentials(os.environ["MODAL_TOKEN_ID"], os.environ["MODAL_TOKEN_SECRET"])\n', why: 'env reference' },
    ],
  },
  {
    provider: 'baseten',
    liveHost: 'baseten.co',
    positives: [
      { text: `[baseten]\nremote_provider = baseten\napi_key = ${baseten('bt-1')}\nremote_url = https://app.baseten.co\n`, secret: baseten('bt-1'), rule: 'baseten-api-key' },
      { text: dotenv('BASETEN_API_KEY', baseten('bt-2')), secret: baseten('bt-2'), rule: 'baseten-api-key' },
      { text: curlHeader('https://model-abcd1234.api.baseten.co/production/predict', 'Authorization', `Api-Key ${baseten('bt-3')}`), secret: baseten('bt-3'), rule: 'baseten-api-key' },
    ],
    negatives: [
      { text: "headers = {'Authorization': 'Api-Key abcdefgh.1234567890ABCDEFGHIJKL1234567890'}  # baseten docs\n", why: 'documentation example key' },
      { text: 'export BASETEN_API_KEY=<your-baseten-key>\n', why: 'template placeholder' },
      { text: `version = "${baseten('bt-n1')}"\n`, why: 'right shape, no Baseten context' },
    ],
  },
  {
    provider: 'anyscale',
    positives: [
      { text: shellExport('ANYSCALE_CLI_TOKEN', anyscale('an-1')), secret: anyscale('an-1'), rule: 'anyscale-api-key' },
      { text: jsonEntry('anyscale_cli_token', anyscale('an-2', 96)), secret: anyscale('an-2', 96), rule: 'anyscale-api-key' },
      { text: yamlEntry('ANYSCALE_API_KEY', anyscale('an-3', 40)), secret: anyscale('an-3', 40), rule: 'anyscale-api-key' },
    ],
    negatives: [
      { text: 'export ANYSCALE_CLI_TOKEN=$YOUR_CLI_TOKEN  # retrieved from Anyscale credentials page\n', why: 'shell reference' },
      { text: 'ANYSCALE_CLI_TOKEN=$(cat ~/.anyscale/credentials.json | jq .cli_token)\n', why: 'command substitution' },
      { text: 'anyscale_cli_token: anyscale_service_account_token_for_production\n', why: 'identifier, no digits' },
    ],
  },
  {
    provider: 'lepton',
    positives: [
      { text: dotenv('LEPTON_API_TOKEN', lepton('lp-1')), secret: lepton('lp-1'), rule: 'lepton-api-token' },
      { text: pyKwarg('leptonai.api.v1.client.APIClient', 'lepton_token', lepton('lp-2', 48)), secret: lepton('lp-2', 48), rule: 'lepton-api-token' },
      { text: shellExport('LEPTON_API_TOKEN', lepton('lp-3', 24)), secret: lepton('lp-3', 24), rule: 'lepton-api-token' },
    ],
    negatives: [
      { text: 'LEPTON_API_TOKEN=<your-workspace-token>\n', why: 'template placeholder' },
      { text: 'token = os.environ["LEPTON_API_TOKEN"]\n', why: 'env reference' },
      { text: `LEPTON_WORKSPACE_ID=${fakeKey('lp-n1', LOWER_ALNUM, 8)}\n`, why: 'workspace id, not a token' },
    ],
  },
  {
    provider: 'novita',
    liveHost: 'novita.ai',
    positives: [
      { text: dotenv('NOVITA_API_KEY', novita('nv-1')), secret: novita('nv-1'), rule: 'novita-api-key' },
      { text: `client = OpenAI(base_url="https://api.novita.ai/openai", api_key="${novita('nv-2', 32)}")\n`, secret: novita('nv-2', 32), rule: 'novita-api-key' },
      { text: curlBearer('https://api.novita.ai/openai/v1/chat/completions', novita('nv-3', 60)), secret: novita('nv-3', 60), rule: 'novita-api-key' },
    ],
    negatives: [
      { text: 'NOVITA_API_KEY=sk_your_novita_key_here\n', why: 'placeholder words' },
      { text: 'curl "https://api.novita.ai/openai/v1/models" -H "Authorization: Bearer $NOVITA_API_KEY"\n', why: 'shell reference' },
      { text: `see sk_${fakeKey('nv-n1', ALNUM, 16)} (cut) in the novita console\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'hyperbolic',
    positives: [
      { text: dotenv('HYPERBOLIC_API_KEY', hyperbolic('hb-1')), secret: hyperbolic('hb-1'), rule: 'hyperbolic-api-key' },
      { text: `client = OpenAI(base_url="https://api.hyperbolic.xyz/v1", api_key="${hyperbolic('hb-2')}")\n`, secret: hyperbolic('hb-2'), rule: 'hyperbolic-api-key' },
      { text: jsConst('HYPERBOLIC_API_KEY', hyperbolic('hb-3')), secret: hyperbolic('hb-3'), rule: 'hyperbolic-api-key' },
    ],
    negatives: [
      { text: 'HYPERBOLIC_API_KEY=your-hyperbolic-api-key\n', why: 'placeholder words' },
      { text: 'export HYPERBOLIC_API_KEY=...   # your key\n', why: 'elided placeholder' },
      { text: 'api_key = os.getenv("HYPERBOLIC_API_KEY")\n', why: 'env reference' },
    ],
  },
  {
    provider: 'lambda',
    liveHost: 'lambda.ai',
    positives: [
      { text: shellExport('LAMBDA_API_KEY', lambdaKey('lm-1')), secret: lambdaKey('lm-1'), rule: 'lambda-cloud-api-key' },
      { text: curlBearer('https://cloud.lambda.ai/api/v1/instances', lambdaKey('lm-2', 'ci_runner-7')), secret: lambdaKey('lm-2', 'ci_runner-7'), rule: 'lambda-cloud-api-key' },
      { text: pyAssign('LAMBDA_CLOUD_API_KEY', lambdaKey('lm-3', 'k')), secret: lambdaKey('lm-3', 'k'), rule: 'lambda-cloud-api-key' },
    ],
    negatives: [
      { text: 'LAMBDA_API_KEY=secret_your_id.your_token\n', why: 'documentation placeholder' },
      { text: 'export LAMBDA_API_KEY=secret_...\n', why: 'elided placeholder' },
      { text: `see secret_dev-box_${fakeKey('lm-n1', HEX, 32)} (cut before the dot)\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'pinecone',
    liveHost: 'pinecone.io',
    positives: [
      { text: dotenv('PINECONE_API_KEY', pcsk('pc-1')), secret: pcsk('pc-1'), rule: 'pinecone-api-key' },
      { text: pyKwarg('Pinecone', 'api_key', pcsk('pc-2')), secret: pcsk('pc-2'), rule: 'pinecone-api-key' },
      { text: `curl https://api.pinecone.io/indexes -H "Api-Key: ${pcsk('pc-3')}"\n`, secret: pcsk('pc-3'), rule: 'pinecone-api-key' },
      { text: `PINECONE_API_KEY=${uuid('pc-4')}\nPINECONE_ENVIRONMENT=us-west1-gcp\n`, secret: uuid('pc-4'), rule: 'pinecone-legacy-key' },
    ],
    negatives: [
      { text: 'PINECONE_API_KEY=pcsk_YOUR_PINECONE_API_KEY\n', why: 'template placeholder' },
      { text: `PINECONE_PROJECT_ID=${uuid('pc-n1')}\n`, why: 'a project id, not a key' },
      { text: `see pcsk_${fakeKey('pc-n2', ALNUM, 6)}_${fakeKey('pc-n3', ALNUM, 20)} (cut)\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'weaviate',
    positives: [
      { text: `WEAVIATE_URL=https://abc123xyz.c0.europe-west3.gcp.weaviate.cloud\nWEAVIATE_API_KEY=${weaviate('wv-1')}\n`, secret: weaviate('wv-1'), rule: 'weaviate-api-key' },
      {
        text: `client = weaviate.connect_to_weaviate_cloud(\n    cluster_url=url,\n    auth_credentials=Auth.api_key("${weaviate('wv-2', 64)}"),\n)\n`,
        secret: weaviate('wv-2', 64),
        rule: 'weaviate-api-key',
      },
      { text: yamlEntry('WEAVIATE_API_KEY', weaviate('wv-3', 36)), secret: weaviate('wv-3', 36), rule: 'weaviate-api-key' },
    ],
    negatives: [
      { text: 'WEAVIATE_API_KEY="your-weaviate-api-key"\n', why: 'placeholder words' },
      { text: 'auth_credentials=Auth.api_key(os.environ["WEAVIATE_API_KEY"])\n', why: 'env reference' },
      { text: 'WEAVIATE_URL=https://your-cluster.weaviate.network\n', why: 'a cluster URL, no key' },
    ],
  },
  {
    provider: 'qdrant',
    positives: [
      { text: `QDRANT_URL=https://xyz-example.eu-central.aws.cloud.qdrant.io:6333\nQDRANT_API_KEY=${qdrant('qd-1')}\n`, secret: qdrant('qd-1'), rule: 'qdrant-api-key' },
      { text: `client = QdrantClient(url=QDRANT_URL, api_key="${fakeKey('qd-2', B64URL, 48)}")\n`, secret: fakeKey('qd-2', B64URL, 48), rule: 'qdrant-api-key' },
      { text: jsObject('qdrantApiKey', fakeKey('qd-3', ALNUM, 40)), secret: fakeKey('qd-3', ALNUM, 40), rule: 'qdrant-api-key' },
    ],
    negatives: [
      { text: 'QDRANT_API_KEY=your-qdrant-api-key-here\n', why: 'placeholder words' },
      { text: 'qdrant_api_key=os.environ.get("QDRANT_API_KEY"),\n', why: 'env reference' },
      { text: 'QDRANT_URL=https://your-cluster.region.cloud.qdrant.io:6333\n', why: 'a cluster URL, no key' },
    ],
  },
  {
    provider: 'zilliz',
    liveHost: 'zilliz.com',
    positives: [
      { text: `ZILLIZ_URI=https://in03-0123456789abcde.serverless.gcp-us-west1.cloud.zilliz.com\nZILLIZ_API_KEY=${zilliz('zl-1')}\n`, secret: zilliz('zl-1'), rule: 'zilliz-api-key' },
      { text: shellExport('ZILLIZ_CLOUD_API_KEY', zilliz('zl-2', 64)), secret: zilliz('zl-2', 64), rule: 'zilliz-api-key' },
      { text: goAssign('zillizToken', fakeKey('zl-3', ALNUM, 48)), secret: fakeKey('zl-3', ALNUM, 48), rule: 'zilliz-api-key' },
    ],
    negatives: [
      { text: 'ZILLIZ_API_KEY=your_zilliz_api_key_here\n', why: 'placeholder words' },
      { text: 'export ZILLIZ_API_KEY="..."  # For vector storage\n', why: 'elided placeholder' },
      { text: 'token = os.environ["ZILLIZ_API_KEY"]\n', why: 'env reference' },
    ],
  },
  {
    provider: 'wandb',
    liveHost: 'wandb.ai',
    positives: [
      { text: shellExport('WANDB_API_KEY', wandbV1('wb-1')), secret: wandbV1('wb-1'), rule: 'wandb-api-key' },
      { text: `import wandb\n\nwandb.login(key="${wandbV1('wb-2')}")\n`, secret: wandbV1('wb-2'), rule: 'wandb-api-key' },
      { text: dotenv('WANDB_API_KEY', wandbHex('wb-3')), secret: wandbHex('wb-3'), rule: 'wandb-legacy-api-key' },
      { text: `machine api.wandb.ai\n  login user\n  password ${wandbHex('wb-4')}\n`, secret: wandbHex('wb-4'), rule: 'wandb-legacy-api-key' },
    ],
    negatives: [
      { text: 'export WANDB_API_KEY=<your_api_key>\n', why: 'template placeholder' },
      { text: `wandb @ git+https://github.com/wandb/wandb.git@${wandbHex('wb-n1')}\n`, why: 'a git commit next to "wandb"' },
      { text: 'export WANDB_API_KEY="$(cat "$KEYS_DIR/wandb_api_key")"\n', why: 'command substitution' },
    ],
  },
  {
    provider: 'langsmith',
    liveHost: 'langchain.com',
    positives: [
      { text: dotenv('LANGSMITH_API_KEY', lsv2('ls-1', 'pt')), secret: lsv2('ls-1', 'pt'), rule: 'langsmith-personal-token' },
      { text: pyKwarg('Client', 'api_key', lsv2('ls-2', 'pt')), secret: lsv2('ls-2', 'pt'), rule: 'langsmith-personal-token' },
      { text: yamlEntry('LANGCHAIN_API_KEY', lsv2('ls-3', 'sk')), secret: lsv2('ls-3', 'sk'), rule: 'langsmith-service-key' },
    ],
    negatives: [
      { text: 'LANGSMITH_API_KEY=lsv2_pt_xxxxx\n', why: 'placeholder' },
      { text: 'LANGSMITH_API_KEY=lsv2_pt_your_api_key_here          # Required\n', why: 'placeholder words' },
      { text: `see lsv2_sk_${fakeKey('ls-n1', HEX, 32)} (cut)\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'langfuse',
    liveHost: 'langfuse.com',
    positives: [
      {
        text: `LANGFUSE_PUBLIC_KEY=${lfPublic('lf-1')}\nLANGFUSE_SECRET_KEY=${lfSecret('lf-1')}\nLANGFUSE_BASE_URL=https://cloud.langfuse.com\n`,
        secret: lfSecret('lf-1'),
        rule: 'langfuse-secret-key',
        pair: lfPublic('lf-1'),
      },
      {
        text: `langfuse = Langfuse(\n    secret_key="${lfSecret('lf-2')}",\n    public_key="${lfPublic('lf-2')}",\n    host="https://us.cloud.langfuse.com",\n)\n`,
        secret: lfSecret('lf-2'),
        rule: 'langfuse-secret-key',
        pair: lfPublic('lf-2'),
      },
      { text: dotenvQuoted('LANGFUSE_SECRET_KEY', lfSecret('lf-3')), secret: lfSecret('lf-3'), rule: 'langfuse-secret-key' },
    ],
    negatives: [
      { text: 'LANGFUSE_PUBLIC_KEY=pk-lf-...\nLANGFUSE_SECRET_KEY=sk-lf-...\n', why: 'elided placeholders' },
      { text: `LANGFUSE_PUBLIC_KEY=${lfPublic('lf-n1')}\n`, why: 'the public key alone is not a secret' },
      { text: 'secret_key=os.environ["LANGFUSE_SECRET_KEY"],\n', why: 'env reference' },
    ],
  },
  {
    provider: 'helicone',
    positives: [
      { text: dotenv('HELICONE_API_KEY', heliSk('hc-1')), secret: heliSk('hc-1'), rule: 'helicone-api-key' },
      { text: `const openai = new OpenAI({\n  baseURL: "https://oai.helicone.ai/v1",\n  defaultHeaders: { "Helicone-Auth": "Bearer ${heliSk('hc-2', 'eu-')}" },\n});\n`, secret: heliSk('hc-2', 'eu-'), rule: 'helicone-api-key' },
      { text: `OPENAI_API_BASE=https://oai.helicone.ai/${heliPk('hc-3')}/v1\n`, secret: heliPk('hc-3'), rule: 'helicone-write-key' },
      { text: yamlEntry('HELICONE_API_KEY', heliSk('hc-4', 'rl-')), secret: heliSk('hc-4', 'rl-'), rule: 'helicone-api-key' },
    ],
    negatives: [
      { text: 'HELICONE_API_KEY=sk-helicone-...\n', why: 'elided placeholder' },
      { text: '"Helicone-Auth": `Bearer ${process.env.HELICONE_API_KEY}`,\n', why: 'env reference' },
      { text: 'HELICONE_API_KEY=sk-helicone-xxxxxxx-xxxxxxx-xxxxxxx-xxxxxxx\n', why: 'repeated-x placeholder' },
    ],
  },
  {
    provider: 'portkey',
    liveHost: 'portkey.ai',
    positives: [
      { text: shellExport('PORTKEY_API_KEY', portkey('pk-1')), secret: portkey('pk-1'), rule: 'portkey-api-key' },
      { text: pyKwarg('Portkey', 'api_key', portkey('pk-2', 32)), secret: portkey('pk-2', 32), rule: 'portkey-api-key' },
      { text: curlHeader('https://api.portkey.ai/v1/chat/completions', 'x-portkey-api-key', portkey('pk-3', 24)), secret: portkey('pk-3', 24), rule: 'portkey-api-key' },
    ],
    negatives: [
      { text: 'export PORTKEY_API_KEY="your-portkey-api-key"\n', why: 'placeholder words' },
      { text: 'PORTKEY_API_KEY=${PORTKEY_API_KEY}\nPORTKEY_CONFIG=pc-gemini-85dd0b\n', why: 'reference and a config id' },
      { text: 'const portkey = new Portkey({ config: "pc-gemini-85dd0b", apiKey: process.env.PORTKEY_API_KEY });\n', why: 'a config id and an env reference' },
    ],
  },
  {
    provider: 'braintrust',
    liveHost: 'braintrust.dev',
    positives: [
      { text: dotenv('BRAINTRUST_API_KEY', btKey('bt-1')), secret: btKey('bt-1'), rule: 'braintrust-api-key' },
      { text: `import { initLogger } from "braintrust";\n\nconst logger = initLogger({ projectName: "evals", apiKey: "${btKey('bt-2')}" });\n`, secret: btKey('bt-2'), rule: 'braintrust-api-key' },
      { text: shellExport('BRAINTRUST_API_KEY', btService('bt-3')), secret: btService('bt-3'), rule: 'braintrust-service-token' },
    ],
    negatives: [
      { text: 'BRAINTRUST_API_KEY=sk-...\n', why: 'elided placeholder' },
      { text: 'export BRAINTRUST_API_KEY=sk-bt-your-key-here\n', why: 'placeholder words' },
      { text: 'apiKey: process.env.BRAINTRUST_API_KEY,\n', why: 'env reference' },
    ],
  },
  {
    provider: 'clarifai',
    liveHost: 'clarifai.com',
    positives: [
      { text: dotenv('CLARIFAI_PAT', clarifai('cf-1')), secret: clarifai('cf-1'), rule: 'clarifai-pat' },
      {
        text: `curl -X GET https://api.clarifai.com/v2/users/me \\\n  -H "Authorization: Key ${clarifai('cf-2')}"\n`,
        secret: clarifai('cf-2'),
        rule: 'clarifai-pat',
      },
      { text: pyAssign('CLARIFAI_API_KEY', clarifai('cf-3')), secret: clarifai('cf-3'), rule: 'clarifai-app-key' },
    ],
    negatives: [
      { text: 'export CLARIFAI_PAT=YOUR_PERSONAL_ACCESS_TOKEN_HERE\n', why: 'placeholder words' },
      { text: `CLARIFAI_MODEL_VERSION_ID = "${clarifai('cf-n1')}"\n`, why: 'a model version id (32 hex) next to "clarifai"' },
      { text: 'ENV CLARIFAI_PAT=${{CLARIFAI_PAT}}\n', why: 'template reference' },
    ],
  },
  {
    provider: 'nvidia',
    liveHost: 'nvidia.com',
    positives: [
      { text: dotenv('NVIDIA_API_KEY', nvapi('nv-1')), secret: nvapi('nv-1'), rule: 'nvidia-api-key' },
      { text: `client = OpenAI(base_url="https://integrate.api.nvidia.com/v1", api_key="${nvapi('nv-2')}")\n`, secret: nvapi('nv-2'), rule: 'nvidia-api-key' },
      { text: `docker login nvcr.io --username '$oauthtoken' --password ${ngcLegacy('nv-3')}\n`, secret: ngcLegacy('nv-3'), rule: 'nvidia-ngc-legacy-key' },
      { text: shellExport('NGC_API_KEY', ngcLegacy('nv-4')), secret: ngcLegacy('nv-4'), rule: 'nvidia-ngc-legacy-key' },
    ],
    negatives: [
      { text: 'export NVIDIA_API_KEY="nvapi-..."\n', why: 'elided placeholder' },
      { text: 'NVIDIA_API_KEY=nvapi-xxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: `# layer pulled from nvcr.io/nvidia/pytorch\nchecksum = "${Buffer.from(fakeKey('nv-n1', ALNUM, 63)).toString('base64')}"\n`, why: 'base64 near nvcr.io that is not id:uuid' },
    ],
  },
  {
    provider: 'sourcegraph',
    positives: [
      { text: `export SRC_ENDPOINT=https://sourcegraph.example.com\nexport SRC_ACCESS_TOKEN=${sgp('sg-1')}\n`, secret: sgp('sg-1'), rule: 'sourcegraph-access-token' },
      { text: `curl -H 'Authorization: token ${sgp('sg-2', `${fakeKey('sg-2i', HEX, 16)}_`)}' -d '{"query":"query { currentUser { username } }"}' https://sourcegraph.example.com/.api/graphql\n`, secret: sgp('sg-2', `${fakeKey('sg-2i', HEX, 16)}_`), rule: 'sourcegraph-access-token' },
      { text: jsonEntry('cody.accessToken', sgp('sg-3', 'local_')), secret: sgp('sg-3', 'local_'), rule: 'sourcegraph-access-token' },
      { text: dotenv('SRC_ACCESS_TOKEN', sgp('sg-4', `ws${fakeKey('sg-4w', HEX, 32)}_`)), secret: sgp('sg-4', `ws${fakeKey('sg-4w', HEX, 32)}_`), rule: 'sourcegraph-access-token' },
    ],
    negatives: [
      { text: 'export SRC_ACCESS_TOKEN=sgp_YOUR_ACCESS_TOKEN\n', why: 'template placeholder' },
      { text: 'SRC_ACCESS_TOKEN=sgp_example\n', why: 'placeholder' },
      { text: `see sgp_${fakeKey('sg-n1', HEX, 24)} (cut)\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'private-ai',
    positives: [
      { text: dotenv('PRIVATE_AI_API_KEY', privateAi('pa-1')), secret: privateAi('pa-1'), rule: 'private-ai-api-key' },
      { text: `from privateai_client import PAIClient\n\nclient = PAIClient(url="https://api.private-ai.com/community/", api_key="${privateAi('pa-2', 40)}")\n`, secret: privateAi('pa-2', 40), rule: 'private-ai-api-key' },
      { text: tomlEntry('private_ai_key', privateAi('pa-3', 64)), secret: privateAi('pa-3', 64), rule: 'private-ai-api-key' },
    ],
    negatives: [
      { text: 'PRIVATE_AI_API_KEY=<your-private-ai-key>\n', why: 'template placeholder' },
      { text: 'client = PAIClient(url=url, api_key=os.environ["PRIVATE_AI_API_KEY"])\n', why: 'env reference' },
      { text: `private_ai_request_id = "${fakeKey('pa-n1', ALNUM, 20)}"\n`, why: 'short id, not a key' },
    ],
  },
];
