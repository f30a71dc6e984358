// The progress line of an archive run (stories done, rate, ETA), redrawn on stderr
// at most a few times a second and only when stderr is a terminal: a log file or
// a pipeline gets nothing but the final summary.

export interface Tally {
  written: number;
  failed: number;
  resumed: number;
}

export class Progress {
  private last = 0;
  private drawn = false;
  private readonly started = Date.now();

  /** `totalBytes`: the input's size when known (regular files), for the ETA. */
  constructor(private readonly out: NodeJS.WriteStream, private readonly live: boolean, private readonly totalBytes: number | null) {}

  update(tally: Tally, bytesRead: number): void {
    if (!this.live) return;
    const now = Date.now();
    if (now - this.last < 250) return;
    this.last = now;
    const seconds = (now - this.started) / 1000;
    const done = tally.written + tally.failed;
    const rate = seconds > 0 ? done / seconds : 0;
    let eta = '';
    if (this.totalBytes && bytesRead > 0 && bytesRead <= this.totalBytes) {
      eta = ` · ETA ${clock(seconds * (this.totalBytes / bytesRead - 1))}`;
    }
    const failed = tally.failed > 0 ? ` · ${tally.failed} failed` : '';
    this.out.write(`\r\x1b[K${done.toLocaleString('en-US')} stories · ${Math.round(rate)}/s${failed}${eta}`);
    this.drawn = true;
  }

  /** Clears the live line, so the summary (or an error) starts on a clean line. */
  clear(): void {
    if (this.drawn) this.out.write('\r\x1b[K');
    this.drawn = false;
  }

  summary(tally: Tally): string {
    const seconds = (Date.now() - this.started) / 1000;
    const done = tally.written + tally.failed;
    const parts = [`${tally.written} ${tally.written === 1 ? 'story' : 'stories'} written`];
    if (tally.failed > 0) parts.push(`${tally.failed} failed (named above)`);
    if (tally.resumed > 0) parts.push(`${tally.resumed} already done (--resume)`);
    parts.push(`${seconds.toFixed(1)} s${seconds > 0 && done > 0 ? `, ${Math.round(done / seconds)} stories/s` : ''}`);
    return parts.join(' · ');
  }
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}
