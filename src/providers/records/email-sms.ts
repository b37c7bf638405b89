/** Email and SMS delivery. */
import type { ProviderRecord } from '../types.js';

export const emailSmsRecords: ProviderRecord[] = [];
