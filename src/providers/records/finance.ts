/** Payments, banking and crypto exchanges. */
import type { ProviderRecord } from '../types.js';

export const financeRecords: ProviderRecord[] = [];
