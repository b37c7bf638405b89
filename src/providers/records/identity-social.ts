/** Identity platforms, social networks, maps, CMS and other APIs. */
import type { ProviderRecord } from '../types.js';

export const identitySocialRecords: ProviderRecord[] = [];
