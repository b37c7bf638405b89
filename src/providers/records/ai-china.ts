/** AI providers Chinese-speaking teams use behind OpenAI-compatible endpoints. */
import type { ProviderRecord } from '../types.js';

export const aiChinaRecords: ProviderRecord[] = [];
