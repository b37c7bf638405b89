/**
 * How archive members are named: `path/to/archive.zip!inner/file.env` (nested:
 * `a.zip!b.tar.gz!c.env`). Shared by the archive reader (which makes the names) and the
 * reports (which point code-scanning tools at the archive file itself).
 */

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
