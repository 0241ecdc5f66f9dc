// The tokens of each sentence of a zone, for the leak readers that read sentence by sentence.

/**
 * Each sentence with its tokens, [first, stop): the first token at or after the sentence's start,
 * up to the first token at or after its end. Tokens and sentences both run in text order, so one
 * pass finds them all.
 */
export function* sentencesWithTokens<S extends { start: number; end: number }>(
  tokens: readonly { start: number }[],
  sentences: readonly S[],
): Generator<{ sentence: S; first: number; stop: number }> {
  let first = 0;
  for (const sentence of sentences) {
    while (first < tokens.length && tokens[first].start < sentence.start) first++;
    let stop = first;
    while (stop < tokens.length && tokens[stop].start < sentence.end) stop++;
    yield { sentence, first, stop };
  }
}
