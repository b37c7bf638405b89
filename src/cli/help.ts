import { VERSION } from '../version.js';

export const HELP = `keylint ${VERSION} — find hardcoded API keys, and check that injected secrets work

Usage:
  keylint scan [PATH...]            scan files (git-tracked + untracked-not-ignored in a work tree);
                                    zip/jar/tar/tar.gz archives are opened (a.zip!inner/file.env)
  keylint scan -                    scan standard input (git show | keylint scan -)
  keylint scan --staged             scan the added lines of the index (pre-commit)
  keylint scan --diff BASE..HEAD    scan the net added lines of a range (BASE...HEAD: from the merge base)
  keylint scan --commits BASE..HEAD scan every commit of a range, each commit's added lines
  keylint scan --history            scan every commit of every branch, tag and remote-tracking ref
                                    (one finding per secret per file: its first commit, author, date);
                                    --ref REV (repeatable) limits it to what REV reaches
  keylint hook [FILE...]            pre-commit entry: staged lines of staged files, whole other files
  keylint baseline [PATH...]        record current findings in .keylint-baseline.json
  keylint baseline --import FILE    convert a .secrets.baseline or a gitleaks JSON report into it
  keylint rules [--format text|json|markdown]
                                    every rule: provider, confidence, live check, gitleaks ids
  keylint check [NAME[=PROVIDER][@BASE_URL]...]
                                    diagnose and live-check secrets in environment variables

Scan options:
  -f, --format text|json|sarif      output format (default text)
  -o, --output FILE                 write the report to FILE (a text summary still goes to stderr)
      --exclude GLOB                skip matching paths (repeatable; minimatch, .gitignore-like anchoring)
      --config FILE                 config file (default: .keylint.yml at the scan root)
      --baseline FILE               subtract this baseline (default: .keylint-baseline.json when present)
      --no-baseline                 ignore any baseline
      --update-baseline             rewrite the baseline with the current findings
      --no-default-excludes         also scan node_modules, lockfiles and other default excludes
      --max-file-size SIZE          skip larger files with a notice (default 10MB)
      --stdin-name NAME             the name standard input is reported as (default <stdin>)
      --verify                      ask each finding's provider whether the key is live (read-only requests
                                    to the provider's own host; nothing is sent without this flag)
      --only-verified               report only live keys (implies --verify); exit 1 iff one is live
      --endpoint PROVIDER=URL       with --verify: send PROVIDER's keys to URL (proxies, self-hosted)
      --concurrency N  --timeout MS with --verify: requests at once (default 8), per request (default 10000)
      --no-color                    plain text output
  -v, --verbose                     list skipped files
  -h, --help                        this help
      --version                     print the version

Exit codes: 0 no findings (or all secrets healthy), 1 findings (or unhealthy secrets), 2 usage or input error.
Docs: README.md, docs/configuration.md, docs/pre-commit-and-diffs.md, docs/health-check.md
`;
