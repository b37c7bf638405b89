/** Managed databases, streaming and data platforms. */
import type { ProviderRecord } from '../types.js';

export const databaseRecords: ProviderRecord[] = [];
