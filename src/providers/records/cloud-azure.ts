/** Microsoft Azure credentials. */
import type { ProviderRecord } from '../types.js';

export const cloudAzureRecords: ProviderRecord[] = [];
