/** Secrets managers, infrastructure as code, registries, networks. */
import type { ProviderRecord } from '../types.js';

export const devopsRecords: ProviderRecord[] = [];
