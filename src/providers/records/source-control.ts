/** Source control, CI/CD and code-quality services. */
import type { ProviderRecord } from '../types.js';

export const sourceControlRecords: ProviderRecord[] = [];
