/** A fake OpenAI project key with the real shape (sk-proj-…T3BlbkFJ…), built at run time. */
export function fakeOpenAiKey(seed: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
  let x = seed >>> 0 || 1;
  const part = (n: number): string => {
    let s = '';
    for (let i = 0; i < n; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      s += alphabet[(x >>> 0) % alphabet.length];
    }
    return s;
  };
  return `sk-proj-${part(74)}T3BlbkFJ${part(74)}`;
}
