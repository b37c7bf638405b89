/** Public clouds: Alibaba, Tencent, Huawei, Yandex, IBM, Oracle. */
import type { ProviderRecord } from '../types.js';

export const cloudGlobalRecords: ProviderRecord[] = [];
