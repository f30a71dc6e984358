// Work that can stop and go on: a generator that yields where it may pause (its caller
// has no time left) and returns its result. The editor's analyzer runs an analysis of
// a long story this way in slices (Analyzer.prepare); everything else drains it at once.

/** A piece of work in steps: yields to pause, returns what it made. */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps to the end. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Pause every this many items of a loop, if the caller has no time left. */
export const STEP = 128;
