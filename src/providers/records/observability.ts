/** Observability, alerting and product analytics. */
import type { ProviderRecord } from '../types.js';

export const observabilityRecords: ProviderRecord[] = [];
