/**
 * What a running scan has done so far: files, bytes and findings, updated by the thread pool as
 * batches finish. Read by the CLI's progress line; never holds a finding itself.
 */
export interface ScanProgress {
  files: number;
  bytes: number;
  findings: number;
}

export function newProgress(): ScanProgress {
  return { files: 0, bytes: 0, findings: 0 };
}
