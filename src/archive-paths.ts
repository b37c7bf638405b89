/**
 * Which files are archives (by magic bytes or name), and how archive members are named:
 * `path/to/archive.zip!inner/file.env` (nested: `a.zip!b.tar.gz!c.env`). Dependency-free: the
 * file reader tells archives apart without loading the archive libraries, and the reports
 * point code-scanning tools at the archive file itself.
 */

export type ArchiveKind = 'zip' | 'tar' | 'gzip';

/** File names of the archives keylint opens. */
export const ARCHIVE_NAME = /\.(?:zip|jar|war|ear|aar|apk|whl|nupkg|vsix|xpi|ipa|tar|tgz|gz)$/i;

/**
 * The archive file a member path lies in, and the member's path inside it; undefined for a
 * plain path (a `!` in an ordinary file name is not a member separator).
 */
export function splitArchivePath(file: string): { archive: string; member: string } | undefined {
  for (let i = file.indexOf('!'); i > 0; i = file.indexOf('!', i + 1)) {
    if (ARCHIVE_NAME.test(file.slice(0, i))) return { archive: file.slice(0, i), member: file.slice(i + 1) };
  }
  return undefined;
}

// ARCHIVE_NAME's names by format.
const ZIP_EXT = /\.(?:zip|jar|war|ear|aar|apk|whl|nupkg|vsix|xpi|ipa)$/i;
const TAR_EXT = /\.tar$/i;
const GZIP_EXT = /\.(?:tgz|gz)$/i;

/** The archive format of a file, from its magic bytes (or, for tar, its name and magic). */
export function archiveKind(path: string, head: Uint8Array): ArchiveKind | undefined {
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6))) return 'zip';
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (isTar(head)) return 'tar';
  // A name that says archive with bytes that do not: read it as an archive, so that the
  // failure is a notice rather than a silent "binary".
  if (ZIP_EXT.test(path)) return 'zip';
  if (TAR_EXT.test(path)) return 'tar';
  if (GZIP_EXT.test(path)) return 'gzip';
  return undefined;
}

/** A tar header: `ustar` at offset 257 (POSIX and GNU tar both write it). */
export function isTar(head: Uint8Array): boolean {
  return head.length >= 262 && head[257] === 0x75 && head[258] === 0x73 && head[259] === 0x74 && head[260] === 0x61 && head[261] === 0x72;
}
