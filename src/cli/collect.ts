// A full garbage collection on demand, for the long windowed analyses and their
// printing. V8 lets a heap that allocates fast grow to several times what is alive
// before it collects the old generation; in a windowed run nearly all of that is
// windows already written out, so collecting every few MB of text keeps the
// process near what it holds, at a cost of some milliseconds per collection.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

/** Collects now; does nothing where the runtime will not expose its collector. */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}

/** A callback that collects once every `chars` characters of text it is told of. */
export function collectEvery(chars: number): (done: number) => void {
  let next = chars;
  return (done) => {
    if (done < next) return;
    next = done + chars;
    collectGarbage();
  };
}
