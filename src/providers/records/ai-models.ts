/** AI model APIs: speech, vision, embeddings, hosted models and cloud AI services. */
import type { ProviderRecord } from '../types.js';

export const aiModelRecords: ProviderRecord[] = [];
