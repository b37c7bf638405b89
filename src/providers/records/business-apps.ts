/** CRM, support, project management and productivity apps. */
import type { ProviderRecord } from '../types.js';

export const businessAppRecords: ProviderRecord[] = [];
