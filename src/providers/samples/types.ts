/** Labelled examples that sit beside each provider record; one test runs them all through the engine. */
export interface PositiveSample {
  /** A realistic line or snippet (code, .env, YAML, JSON …) containing the key. */
  text: string;
  /** The exact secret the engine must report. */
  secret: string;
  /** The rule id expected to report it. */
  rule: string;
  /** For a two-part credential: the other part the finding must carry (`Finding.pair`). */
  pair?: string;
}

export interface NegativeSample {
  /** A snippet that looks like a key but is not one (placeholder, example, wrong checksum …). */
  text: string;
  /** Why it is not a finding, in a few words. */
  why: string;
}

export interface ProviderSamples {
  provider: string;
  /**
   * The registrable domain the record's live check may talk to (`api.mailgun.net` → `mailgun.net`):
   * a second source the registry test holds `live.base` to. Required when the record has `live`.
   */
  liveHost?: string;
  positives: PositiveSample[];
  negatives: NegativeSample[];
}
