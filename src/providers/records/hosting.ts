/** Hosting, CDN and edge platforms. */
import type { ProviderRecord } from '../types.js';

export const hostingRecords: ProviderRecord[] = [];
