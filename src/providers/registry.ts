/**
 * The provider registry: every record, specific providers first, then the generic detectors.
 * Adding a provider is one record (records/<group>.ts) plus its samples (samples/<group>.ts).
 */
import type { ProviderRecord, Rule } from './types.js';
import { aiModelRecords } from './records/ai-models.js';
import { aiToolingRecords } from './records/ai-tooling.js';
import { aiChinaRecords } from './records/ai-china.js';
import { cloudAzureRecords } from './records/cloud-azure.js';
import { cloudGlobalRecords } from './records/cloud-global.js';
import { hostingRecords } from './records/hosting.js';
import { devopsRecords } from './records/devops.js';
import { databaseRecords } from './records/databases.js';
import { sourceControlRecords } from './records/source-control.js';
import { chatRecords } from './records/chat.js';
import { emailSmsRecords } from './records/email-sms.js';
import { observabilityRecords } from './records/observability.js';
import { financeRecords } from './records/finance.js';
import { businessAppRecords } from './records/business-apps.js';
import { identitySocialRecords } from './records/identity-social.js';
import { aiInferenceRecords } from './records/ai-inference.js';
import { aiPlatformRecords } from './records/ai-platforms.js';
import { anthropicRecords } from './records/anthropic.js';
import { awsRecords } from './records/aws.js';
import { cloudRecords } from './records/cloud.js';
import { genericProviders } from './records/generic.js';
import { githubRecords } from './records/github.js';
import { gitlabRecords } from './records/gitlab.js';
import { googleRecords } from './records/google.js';
import { messagingRecords } from './records/messaging.js';
import { openaiRecords } from './records/openai.js';
import { packageRegistryRecords } from './records/package-registries.js';
import { paymentRecords } from './records/payments.js';
import { saasRecords } from './records/saas.js';
import { slackRecords } from './records/slack.js';

/** Provider-specific records (everything but the generic detectors), in registry order. */
export const specificProviders: ProviderRecord[] = [
  ...anthropicRecords, // sk-ant- before any sk- rule
  ...openaiRecords,
  ...aiInferenceRecords,
  ...aiPlatformRecords,
  ...googleRecords,
  ...githubRecords,
  ...gitlabRecords,
  ...packageRegistryRecords,
  ...awsRecords,
  ...slackRecords,
  ...paymentRecords,
  ...messagingRecords,
  ...saasRecords,
  ...cloudRecords,
  ...aiModelRecords,
  ...aiToolingRecords,
  ...aiChinaRecords,
  ...cloudAzureRecords,
  ...cloudGlobalRecords,
  ...hostingRecords,
  ...devopsRecords,
  ...databaseRecords,
  ...sourceControlRecords,
  ...chatRecords,
  ...emailSmsRecords,
  ...observabilityRecords,
  ...financeRecords,
  ...businessAppRecords,
  ...identitySocialRecords,
];

export const providers: ProviderRecord[] = [...specificProviders, ...genericProviders];

const byId = new Map(providers.map((p) => [p.id, p]));

export function getProvider(id: string): ProviderRecord | undefined {
  return byId.get(id);
}

export function allRules(): Array<{ provider: ProviderRecord; rule: Rule }> {
  return providers.flatMap((provider) => provider.rules.map((rule) => ({ provider, rule })));
}
