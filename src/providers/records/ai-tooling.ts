/** AI infrastructure and tooling: serverless GPUs, vector databases, LLM observability. */
import type { ProviderRecord } from '../types.js';

export const aiToolingRecords: ProviderRecord[] = [];
