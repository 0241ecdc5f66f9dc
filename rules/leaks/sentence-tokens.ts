// The tokens of each sentence of a zone, for the leak readers that read sentence by sentence.

/**
 * For sentence i, its tokens are [ranges[2i], ranges[2i + 1]): the first token at or after the
 * sentence's start, up to the first token at or after its end. Tokens and sentences both run in
 * text order, so one pass finds them all.
 */
export function sentenceTokenRanges(tokens: readonly { start: number }[], sentences: readonly { start: number; end: number }[]): Int32Array {
  const ranges = new Int32Array(sentences.length * 2);
  let k = 0;
  for (let i = 0; i < sentences.length; i++) {
    while (k < tokens.length && tokens[k].start < sentences[i].start) k++;
    let stop = k;
    while (stop < tokens.length && tokens[stop].start < sentences[i].end) stop++;
    ranges[2 * i] = k;
    ranges[2 * i + 1] = stop;
  }
  return ranges;
}
