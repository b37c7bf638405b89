/** Deterministic fake material (xorshift32 over `alphabet`): never a real key. */
export function fakeChars(seed: number, n: number, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'): string {
  let x = seed >>> 0 || 1;
  let s = '';
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    s += alphabet[(x >>> 0) % alphabet.length];
  }
  return s;
}

/** A fake OpenAI project key with the real shape (sk-proj-…T3BlbkFJ…), built at run time. */
export function fakeOpenAiKey(seed: number): string {
  const body = fakeChars(seed, 148, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-');
  return `sk-proj-${body.slice(0, 74)}T3BlbkFJ${body.slice(74)}`;
}
