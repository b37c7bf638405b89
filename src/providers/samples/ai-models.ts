import { curlBearer, curlHeader, dotenv, dotenvQuoted, goAssign, jsConst, jsObject, jsonEntry, pyKwarg, shellExport, yamlEntry } from './contexts.js';
import { ALNUM, B64URL, DIGITS, HEX, LOWER, LOWER_ALNUM, UPPER_ALNUM, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

const b64 = (s: string): string => Buffer.from(s, 'latin1').toString('base64');
const uuid = (s: string): string =>
  `${fakeKey(`${s}a`, HEX, 8)}-${fakeKey(`${s}b`, HEX, 4)}-4${fakeKey(`${s}c`, HEX, 3)}-a${fakeKey(`${s}d`, HEX, 3)}-${fakeKey(`${s}e`, HEX, 12)}`;

// ---------------------------------------------------------------- Amazon Bedrock

/** Long-term key: ABSK + base64("<IAM user>-at-<account>:<secret>"). */
const absk = (s: string, user = `BedrockAPIKey-${fakeKey(`${s}u`, LOWER, 4)}`, secretLen = 60): string =>
  `ABSK${b64(`${user}-at-${fakeKey(`${s}acct`, DIGITS, 12)}:${fakeKey(`${s}sec`, `${ALNUM}+/`, secretLen)}`)}`;

/** Short-term key: bedrock-api-key- + base64 of a presigned CallWithBearerToken URL (+ &Version=1). */
const bedrockShort = (s: string, region = 'us-east-1', sessionToken = false): string => {
  const keyId = `${sessionToken ? 'ASIA' : 'AKIA'}${fakeKey(`${s}id`, UPPER_ALNUM, 16)}`;
  const token = sessionToken ? `&X-Amz-Security-Token=${encodeURIComponent(fakeKey(`${s}tok`, `${ALNUM}+/`, 900))}` : '';
  const url =
    `bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256` +
    `&X-Amz-Credential=${keyId}%2F20250912%2F${region}%2Fbedrock%2Faws4_request&X-Amz-Date=20250912T081500Z` +
    `&X-Amz-Expires=43200${token}&X-Amz-SignedHeaders=host&X-Amz-Signature=${fakeKey(`${s}sig`, HEX, 64)}&Version=1`;
  return `bedrock-api-key-${b64(url)}`;
};

// ---------------------------------------------------------------- Google service account

/** A PKCS#8 body as PEM lines (64 chars), DER-shaped start (`MIIEv…`). */
const pemLines = (s: string, lines = 26): string[] => {
  const out = [`MIIEv${fakeKey(`${s}0`, `${ALNUM}+/`, 59)}`];
  for (let i = 1; i < lines - 1; i++) out.push(fakeKey(`${s}${i}`, `${ALNUM}+/`, 64));
  out.push(`${fakeKey(`${s}last`, `${ALNUM}+/`, 31)}=`);
  return out;
};
const pemBody = (s: string, sep: string, lines?: number): string => pemLines(s, lines).join(sep);
const pemValue = (s: string, sep: string, lines?: number): string =>
  `-----BEGIN PRIVATE KEY-----${sep}${pemBody(s, sep, lines)}${sep}-----END PRIVATE KEY-----${sep}`;
const project = 'vertex-batch-413920';
const saEmail = `vertex-runner@${project}.iam.gserviceaccount.com`;

const gsaJson = (s: string): string =>
  `{\n  "type": "service_account",\n  "project_id": "${project}",\n  "private_key_id": "${fakeKey(`${s}kid`, HEX, 40)}",\n` +
  `  "private_key": "${pemValue(s, '\\n')}",\n  "client_email": "${saEmail}",\n  "client_id": "${fakeKey(`${s}cid`, DIGITS, 21)}",\n` +
  `  "auth_uri": "https://accounts.google.com/o/oauth2/auth",\n  "token_uri": "https://oauth2.googleapis.com/token",\n` +
  `  "universe_domain": "googleapis.com"\n}\n`;

/** The same key as a JSON string inside YAML (quotes and `\n` escaped once more), key fields reordered. */
const gsaInYaml = (s: string): string =>
  `stringData:\n  GOOGLE_CREDENTIALS: "{\\"client_email\\": \\"${saEmail}\\", \\"private_key\\": \\"${pemValue(s, '\\\\n', 28)}\\", ` +
  `\\"private_key_id\\": \\"${fakeKey(`${s}kid`, HEX, 40)}\\", \\"project_id\\": \\"${project}\\", \\"type\\": \\"service_account\\"}"\n`;

/** Streamlit's secrets.toml layout: a table per key file, `\n` escaped in a basic string. */
const gsaToml = (s: string): string =>
  `[connections.gcs]\ntype = "service_account"\nproject_id = "${project}"\nprivate_key_id = "${fakeKey(`${s}kid`, HEX, 40)}"\n` +
  `private_key = "${pemValue(s, '\\n', 27)}"\nclient_email = "${saEmail}"\n`;

/** YAML block scalar: real line breaks, indented. */
const gsaYamlBlock = (s: string): string =>
  `gcp_service_account:\n  type: service_account\n  private_key_id: ${fakeKey(`${s}kid`, HEX, 40)}\n  private_key: |\n` +
  `    -----BEGIN PRIVATE KEY-----\n${pemLines(s).map((l) => `    ${l}\n`).join('')}    -----END PRIVATE KEY-----\n  client_email: ${saEmail}\n`;

// ---------------------------------------------------------------- prefixed and prefix-less keys

const csk = (s: string, n = 48): string => `csk-${fakeKey(s, LOWER_ALNUM, n)}`;
const ai21Key = (s: string, n = 32): string => fakeKey(s, ALNUM, n);
const voyage = (s: string, n = 43): string => `pa-${fakeKey(s, B64URL, n)}`;
const jina = (s: string): string => `jina_${fakeKey(`${s}a`, HEX, 32)}${fakeKey(`${s}b`, `${ALNUM}_-`, 28)}`;
const nk = (s: string, n = 43): string => `nk-${fakeKey(s, B64URL, n)}`;
const xi = (s: string): string => `sk_${fakeKey(s, HEX, 48)}`;
const hex = (s: string, n: number): string => fakeKey(s, HEX, n);
const rev = (s: string, n = 66): string => `02${fakeKey(s, B64URL, n)}`;
const stab = (s: string): string => `sk-${fakeKey(s, ALNUM, 48)}`;
const rwy = (s: string, n = 128): string => `key_${fakeKey(s, HEX, n)}`;
const fal = (s: string): string => `${uuid(`${s}id`)}:${fakeKey(`${s}sec`, HEX, 32)}`;

export const aiModelSamples: ProviderSamples[] = [
  {
    provider: 'aws-bedrock',
    liveHost: 'amazonaws.com',
    positives: [
      { text: shellExport('AWS_BEARER_TOKEN_BEDROCK', absk('bd-1')), secret: absk('bd-1'), rule: 'aws-bedrock-long-term-key' },
      {
        text: jsonEntry('bedrockApiKey', absk('bd-2', 'ci-bedrock-invoke-role-user', 80)),
        secret: absk('bd-2', 'ci-bedrock-invoke-role-user', 80),
        rule: 'aws-bedrock-long-term-key',
      },
      { text: dotenv('AWS_BEARER_TOKEN_BEDROCK', bedrockShort('bd-3')), secret: bedrockShort('bd-3'), rule: 'aws-bedrock-short-term-key' },
      {
        text: curlBearer('https://bedrock-runtime.eu-west-1.amazonaws.com/model/amazon.nova-lite-v1:0/converse', bedrockShort('bd-4', 'eu-west-1', true)),
        secret: bedrockShort('bd-4', 'eu-west-1', true),
        rule: 'aws-bedrock-short-term-key',
      },
    ],
    negatives: [
      { text: 'export AWS_BEARER_TOKEN_BEDROCK=your-api-key-here\n', why: 'placeholder from the launch posts' },
      { text: `AWS_BEARER_TOKEN_BEDROCK=${absk('bd-n1').slice(0, 60)}\n`, why: 'truncated long-term key' },
      { text: `token = "ABSK${b64(fakeKey('bd-n2', LOWER_ALNUM, 90))}"\n`, why: 'ABSK + base64 of text without the alias:secret colon' },
      {
        text: `AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-${b64(`bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Expires=43200&note=${fakeKey('bd-n3', LOWER, 300)}`)}\n`,
        why: 'a short-term key without a signature',
      },
      { text: 'api_key = os.environ["AWS_BEARER_TOKEN_BEDROCK"]\n', why: 'env reference' },
    ],
  },
  {
    provider: 'azure-ai-services',
    positives: [
      { text: `${dotenv('SPEECH_KEY', hex('az-1', 32))}SPEECH_REGION=westeurope\n`, secret: hex('az-1', 32), rule: 'azure-ai-services-resource-key' },
      {
        text: `import azure.cognitiveservices.speech as speechsdk\n\nspeech_config = speechsdk.SpeechConfig(subscription="${hex('az-2', 32)}", region="eastus")\n`,
        secret: hex('az-2', 32),
        rule: 'azure-ai-services-resource-key',
      },
      {
        text: `var endpoint = "https://api.cognitive.microsofttranslator.com/translate?api-version=3.0&to=de";\nrequest.Headers.Add("Ocp-Apim-Subscription-Key", "${hex('az-3', 32)}");\nrequest.Headers.Add("Ocp-Apim-Subscription-Region", "westus2");\n`,
        secret: hex('az-3', 32),
        rule: 'azure-ai-services-resource-key',
      },
      { text: yamlEntry('LANGUAGE_KEY', hex('az-4', 32)), secret: hex('az-4', 32), rule: 'azure-ai-services-resource-key' },
    ],
    negatives: [
      { text: 'SPEECH_KEY=<your-speech-resource-key>\nSPEECH_REGION=eastus\n', why: 'placeholder' },
      { text: 'speech_config = speechsdk.SpeechConfig(subscription=os.environ.get("SPEECH_KEY"), region=os.environ.get("SPEECH_REGION"))\n', why: 'env reference' },
      { text: `build_hash = "${hex('az-n1', 32)}"  # release metadata\n`, why: '32 hex without any Azure context' },
      { text: `speech_config.speech_synthesis_voice_name = "en-US-AvaMultilingualNeural"  # speechconfig ${hex('az-n2', 24)}\n`, why: 'too short' },
    ],
  },
  {
    provider: 'google-service-account',
    positives: [
      { text: gsaJson('gs-1'), secret: pemBody('gs-1', '\\n'), rule: 'google-service-account-private-key' },
      { text: gsaInYaml('gs-2'), secret: pemBody('gs-2', '\\\\n', 28), rule: 'google-service-account-private-key' },
      { text: gsaToml('gs-3'), secret: pemBody('gs-3', '\\n', 27), rule: 'google-service-account-private-key' },
      { text: gsaYamlBlock('gs-4'), secret: pemBody('gs-4', '\n    '), rule: 'google-service-account-private-key' },
    ],
    negatives: [
      {
        text: `{\n  "type": "service_account",\n  "private_key_id": "<key-id>",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\n<your private key>\\n-----END PRIVATE KEY-----\\n",\n  "client_email": "name@project.iam.gserviceaccount.com"\n}\n`,
        why: 'template key file',
      },
      {
        text: `{\n  "type": "service_account",\n  "private_key_id": "${fakeKey('gs-n1', HEX, 40)}",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC...\\n-----END PRIVATE KEY-----\\n",\n  "client_email": "${saEmail}"\n}\n`,
        why: 'elided key body',
      },
      { text: `credentials = {\n    "type": "service_account",\n    "private_key_id": os.environ["GCP_KEY_ID"],\n    "private_key": os.environ["GCP_PRIVATE_KEY"].replace("\\\\n", "\\n"),\n}\n`, why: 'env references' },
      {
        text: `{\n  "type": "service_account",\n  "private_key_id": "${fakeKey('gs-n2', HEX, 40)}",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\n${pemLines('gs-n3', 6).join('\\n')}\n`,
        why: 'truncated paste, no END line',
      },
    ],
  },
  {
    provider: 'cerebras',
    liveHost: 'cerebras.ai',
    positives: [
      { text: dotenv('CEREBRAS_API_KEY', csk('cb-1')), secret: csk('cb-1'), rule: 'cerebras-api-key' },
      { text: pyKwarg('Cerebras', 'api_key', csk('cb-2', 44)), secret: csk('cb-2', 44), rule: 'cerebras-api-key' },
      { text: curlBearer('https://api.cerebras.ai/v1/chat/completions', csk('cb-3', 52)), secret: csk('cb-3', 52), rule: 'cerebras-api-key' },
    ],
    negatives: [
      { text: 'export CEREBRAS_API_KEY="csk-your-api-key"\n', why: 'placeholder' },
      { text: `CEREBRAS_API_KEY=csk-${fakeKey('cb-n1', LOWER_ALNUM, 20)}\n`, why: 'truncated' },
      { text: 'client = Cerebras(api_key=os.environ.get("CEREBRAS_API_KEY"))\n', why: 'env reference' },
      { text: `csk-${fakeKey('cb-n2', LOWER, 48)}\n`, why: 'letters only: a slug, not a key' },
    ],
  },
  {
    provider: 'sambanova',
    liveHost: 'sambanova.ai',
    positives: [
      { text: dotenv('SAMBANOVA_API_KEY', uuid('sn-1')), secret: uuid('sn-1'), rule: 'sambanova-api-key' },
      {
        text: `client = OpenAI(\n    base_url="https://api.sambanova.ai/v1",\n    api_key="${uuid('sn-2')}",\n)\n`,
        secret: uuid('sn-2'),
        rule: 'sambanova-api-key',
      },
      { text: curlBearer('https://api.sambanova.ai/v1/chat/completions', uuid('sn-3')), secret: uuid('sn-3'), rule: 'sambanova-api-key' },
    ],
    negatives: [
      { text: 'SAMBANOVA_API_KEY=your-sambanova-api-key\n', why: 'placeholder' },
      { text: `request_id = "${uuid('sn-n1')}"\n`, why: 'a UUID without SambaNova nearby' },
      { text: 'llm = SambaNovaCloud(sambanova_api_key=os.getenv("SAMBANOVA_API_KEY"))\n', why: 'env reference' },
      { text: `# sambanova model Meta-Llama-3.3-70B-Instruct, run ${uuid('sn-n2')}\n`, why: 'SambaNova named, but no key word before the UUID' },
    ],
  },
  {
    provider: 'ai21',
    liveHost: 'ai21.com',
    positives: [
      { text: dotenv('AI21_API_KEY', ai21Key('a2-1')), secret: ai21Key('a2-1'), rule: 'ai21-api-key' },
      { text: `from ai21 import AI21Client\n\nclient = AI21Client(api_key="${ai21Key('a2-2', 36)}")\n`, secret: ai21Key('a2-2', 36), rule: 'ai21-api-key' },
      { text: yamlEntry('AI21_API_KEY', ai21Key('a2-3', 40)), secret: ai21Key('a2-3', 40), rule: 'ai21-api-key' },
    ],
    negatives: [
      { text: 'export AI21_API_KEY="your_api_key"\n', why: 'placeholder' },
      { text: 'client = AI21Client(api_key=os.environ["AI21_API_KEY"])\n', why: 'env reference' },
      { text: `# ai21 jamba-mini run ${ai21Key('a2-n1', 32)}\n`, why: 'AI21 named, but no key word before the value' },
    ],
  },
  {
    provider: 'voyage-ai',
    positives: [
      { text: dotenv('VOYAGE_API_KEY', voyage('vo-1')), secret: voyage('vo-1'), rule: 'voyage-ai-api-key' },
      { text: pyKwarg('voyageai.Client', 'api_key', voyage('vo-2', 40)), secret: voyage('vo-2', 40), rule: 'voyage-ai-api-key' },
      { text: jsonEntry('voyage_api_key', voyage('vo-3', 48)), secret: voyage('vo-3', 48), rule: 'voyage-ai-api-key' },
    ],
    negatives: [
      { text: 'export VOYAGE_API_KEY="pa-your-api-key-here"\n', why: 'placeholder' },
      { text: `VOYAGE_API_KEY=pa-${fakeKey('vo-n1', B64URL, 20)}\n`, why: 'truncated' },
      { text: `<div class="spa-${fakeKey('vo-n2', B64URL, 43)}"></div>\n`, why: 'pa- inside a longer word' },
      { text: 'vo = voyageai.Client(api_key=os.environ.get("VOYAGE_API_KEY"))\n', why: 'env reference' },
    ],
  },
  {
    provider: 'jina-ai',
    positives: [
      { text: dotenv('JINA_API_KEY', jina('ji-1')), secret: jina('ji-1'), rule: 'jina-ai-api-key' },
      { text: curlBearer('https://api.jina.ai/v1/embeddings', jina('ji-2')), secret: jina('ji-2'), rule: 'jina-ai-api-key' },
      { text: jsConst('JINA_KEY', jina('ji-3')), secret: jina('ji-3'), rule: 'jina-ai-api-key' },
    ],
    negatives: [
      { text: 'model = "jina_embeddings_v2_base_en_multilingual_code_search_model"\n', why: 'model identifier' },
      { text: 'JINA_API_KEY=jina_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: `JINA_API_KEY=jina_${fakeKey('ji-n1', HEX, 24)}\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'nomic',
    liveHost: 'nomic.ai',
    positives: [
      { text: dotenv('NOMIC_API_KEY', nk('nm-1')), secret: nk('nm-1'), rule: 'nomic-api-key' },
      { text: `pip install nomic\nnomic login ${nk('nm-2', 40)}\n`, secret: nk('nm-2', 40), rule: 'nomic-api-key' },
      { text: dotenvQuoted('ATLAS_API_KEY', nk('nm-3', 47)), secret: nk('nm-3', 47), rule: 'nomic-api-key' },
    ],
    negatives: [
      { text: "embed(['so much depends upon'], `nk-123456789`)\n", why: 'README placeholder' },
      { text: `<a class="link-${fakeKey('nm-n1', B64URL, 43)}">\n`, why: 'nk- inside a longer word' },
      { text: 'nomic.login(os.environ["NOMIC_API_KEY"])\n', why: 'env reference' },
    ],
  },
  {
    provider: 'elevenlabs',
    liveHost: 'elevenlabs.io',
    positives: [
      { text: dotenv('ELEVENLABS_API_KEY', xi('el-1')), secret: xi('el-1'), rule: 'elevenlabs-api-key' },
      { text: curlHeader('https://api.elevenlabs.io/v1/voices', 'xi-api-key', xi('el-2')), secret: xi('el-2'), rule: 'elevenlabs-api-key' },
      {
        text: `from elevenlabs.client import ElevenLabs\n\nclient = ElevenLabs(api_key="${hex('el-3', 32)}")\n`,
        secret: hex('el-3', 32),
        rule: 'elevenlabs-legacy-api-key',
      },
      { text: yamlEntry('XI_API_KEY', hex('el-4', 32)), secret: hex('el-4', 32), rule: 'elevenlabs-legacy-api-key' },
    ],
    negatives: [
      { text: 'ELEVENLABS_API_KEY=sk_your_api_key_here\n', why: 'placeholder' },
      { text: 'client = ElevenLabs(api_key=os.getenv("ELEVENLABS_API_KEY"))\n', why: 'env reference' },
      { text: `ELEVENLABS_API_KEY=sk_${fakeKey('el-n1', HEX, 20)}\n`, why: 'truncated' },
      { text: `voice_id = "${fakeKey('el-n2', ALNUM, 20)}"  # elevenlabs voice\n`, why: 'voice id, not a key' },
    ],
  },
  {
    provider: 'assemblyai',
    liveHost: 'assemblyai.com',
    positives: [
      { text: dotenv('ASSEMBLYAI_API_KEY', hex('aa-1', 32)), secret: hex('aa-1', 32), rule: 'assemblyai-api-key' },
      { text: `import assemblyai as aai\n\naai.settings.api_key = "${hex('aa-2', 32)}"\n`, secret: hex('aa-2', 32), rule: 'assemblyai-api-key' },
      { text: curlHeader('https://api.assemblyai.com/v2/transcript', 'authorization', hex('aa-3', 32)), secret: hex('aa-3', 32), rule: 'assemblyai-api-key' },
    ],
    negatives: [
      { text: 'ASSEMBLYAI_API_KEY=<YOUR_API_KEY>\n', why: 'placeholder' },
      { text: 'aai.settings.api_key = os.environ["ASSEMBLYAI_API_KEY"]\n', why: 'env reference' },
      { text: `transcript_id = "${hex('aa-n1', 32)}"\n`, why: '32 hex without AssemblyAI nearby' },
    ],
  },
  {
    provider: 'deepgram',
    liveHost: 'deepgram.com',
    positives: [
      { text: dotenv('DEEPGRAM_API_KEY', hex('dg-1', 40)), secret: hex('dg-1', 40), rule: 'deepgram-api-key' },
      { text: curlHeader('https://api.deepgram.com/v1/listen?model=nova-3', 'Authorization', `Token ${hex('dg-2', 40)}`), secret: hex('dg-2', 40), rule: 'deepgram-api-key' },
      { text: `from deepgram import DeepgramClient\n\ndeepgram = DeepgramClient("${hex('dg-3', 40)}")\n`, secret: hex('dg-3', 40), rule: 'deepgram-api-key' },
    ],
    negatives: [
      { text: 'DEEPGRAM_API_KEY=YOUR_DEEPGRAM_API_KEY\n', why: 'placeholder' },
      { text: `commit ${hex('dg-n1', 40)}\nAuthor: dev <dev@example.org>\n`, why: 'a git SHA without Deepgram nearby' },
      { text: 'deepgram = DeepgramClient(os.getenv("DEEPGRAM_API_KEY"))\n', why: 'env reference' },
    ],
  },
  {
    provider: 'speechmatics',
    liveHost: 'speechmatics.com',
    positives: [
      { text: dotenv('SPEECHMATICS_API_KEY', fakeKey('sm-1', ALNUM, 32)), secret: fakeKey('sm-1', ALNUM, 32), rule: 'speechmatics-api-key' },
      { text: curlBearer('https://asr.api.speechmatics.com/v2/jobs/', fakeKey('sm-2', ALNUM, 32)), secret: fakeKey('sm-2', ALNUM, 32), rule: 'speechmatics-api-key' },
      {
        text: `from speechmatics.models import ConnectionSettings\n\nsettings = ConnectionSettings(url="https://asr.api.speechmatics.com/v2", auth_token="${fakeKey('sm-3', ALNUM, 36)}")\n`,
        secret: fakeKey('sm-3', ALNUM, 36),
        rule: 'speechmatics-api-key',
      },
    ],
    negatives: [
      { text: 'SPEECHMATICS_API_KEY=YOUR_API_KEY\n', why: 'placeholder' },
      { text: 'settings = ConnectionSettings(url=URL, auth_token=os.environ["SPEECHMATICS_API_KEY"])\n', why: 'env reference' },
      { text: `# speechmatics job ${fakeKey('sm-n1', LOWER_ALNUM, 10)}\n`, why: 'job id, too short' },
    ],
  },
  {
    provider: 'rev-ai',
    liveHost: 'rev.ai',
    positives: [
      { text: dotenv('REVAI_ACCESS_TOKEN', rev('rv-1')), secret: rev('rv-1'), rule: 'rev-ai-access-token' },
      { text: `from rev_ai import apiclient\n\nclient = apiclient.RevAiAPIClient("${rev('rv-2', 58)}")\n`, secret: rev('rv-2', 58), rule: 'rev-ai-access-token' },
      { text: curlBearer('https://api.rev.ai/speechtotext/v1/jobs', rev('rv-3', 70)), secret: rev('rv-3', 70), rule: 'rev-ai-access-token' },
    ],
    negatives: [
      { text: 'REVAI_ACCESS_TOKEN=<your_access_token>\n', why: 'placeholder' },
      { text: 'client = apiclient.RevAiAPIClient(os.environ["REVAI_ACCESS_TOKEN"])\n', why: 'env reference' },
      { text: `curl https://api.rev.ai/speechtotext/v1/jobs/${fakeKey('rv-n1', ALNUM, 12)}/transcript\n`, why: 'a job id, too short' },
    ],
  },
  {
    provider: 'stability-ai',
    liveHost: 'stability.ai',
    positives: [
      { text: dotenv('STABILITY_API_KEY', stab('st-1')), secret: stab('st-1'), rule: 'stability-ai-api-key' },
      { text: curlBearer('https://api.stability.ai/v2beta/stable-image/generate/core', stab('st-2')), secret: stab('st-2'), rule: 'stability-ai-api-key' },
      { text: `import os\nos.environ["STABILITY_KEY"] = "${stab('st-3')}"\n`, secret: stab('st-3'), rule: 'stability-ai-api-key' },
    ],
    negatives: [
      { text: 'STABILITY_API_KEY=sk-...\n', why: 'elided placeholder' },
      { text: `STABILITY_API_KEY=sk-${fakeKey('st-n1', ALNUM, 30)}\n`, why: 'truncated' },
      { text: 'api_key = os.getenv("STABILITY_API_KEY")\n', why: 'env reference' },
    ],
  },
  {
    provider: 'runway',
    liveHost: 'runwayml.com',
    positives: [
      { text: dotenv('RUNWAYML_API_SECRET', rwy('rw-1')), secret: rwy('rw-1'), rule: 'runway-api-secret' },
      { text: `import RunwayML from '@runwayml/sdk';\n\n${jsObject('apiKey', rwy('rw-2', 64))}`, secret: rwy('rw-2', 64), rule: 'runway-api-secret' },
      {
        text: `curl https://api.dev.runwayml.com/v1/organization \\\n  -H "Authorization: Bearer ${rwy('rw-3')}" \\\n  -H "X-Runway-Version: 2024-11-06"\n`,
        secret: rwy('rw-3'),
        rule: 'runway-api-secret',
      },
    ],
    negatives: [
      { text: 'RUNWAYML_API_SECRET=key_your_api_secret_here\n', why: 'placeholder' },
      { text: 'const client = new RunwayML({ apiKey: process.env.RUNWAYML_API_SECRET });\n', why: 'env reference' },
      { text: `runway_cache_key_${fakeKey('rw-n1', LOWER, 40)} = True\n`, why: 'identifier' },
    ],
  },
  {
    provider: 'fal-ai',
    liveHost: 'fal.ai',
    positives: [
      { text: dotenv('FAL_KEY', fal('fa-1')), secret: fal('fa-1'), rule: 'fal-ai-api-key' },
      { text: `import { fal } from "@fal-ai/client";\n\nfal.config({ credentials: "${fal('fa-2')}" });\n`, secret: fal('fa-2'), rule: 'fal-ai-api-key' },
      { text: curlHeader('https://fal.run/fal-ai/flux/dev', 'Authorization', `Key ${fal('fa-3')}`), secret: fal('fa-3'), rule: 'fal-ai-api-key' },
      { text: goAssign('falKey', fal('fa-4')) + '// used with https://queue.fal.run\n', secret: fal('fa-4'), rule: 'fal-ai-api-key' },
    ],
    negatives: [
      { text: 'export FAL_KEY="your-api-key-here"\n', why: 'placeholder' },
      { text: 'fal.config({ credentials: process.env.FAL_KEY });\n', why: 'env reference' },
      { text: `session = "${fal('fa-n1')}"\n`, why: 'id:hex without fal nearby' },
      { text: `const requestId = "${uuid('fa-n2')}"; // fal.ai queue request\n`, why: 'a request UUID without the secret half' },
    ],
  },
];

/** Other sample helpers the group's tests reuse. */
export const aiModelFixtures = { absk, bedrockShort, pemBody, gsaJson };
