/** Chat and collaboration: webhooks, bots and apps. */
import type { ProviderRecord } from '../types.js';

export const chatRecords: ProviderRecord[] = [];
