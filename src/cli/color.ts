// A few ANSI styles, no dependency. Colour only when asked, or when stdout is a
// terminal and NO_COLOR (https://no-color.org) is unset or empty: piped or saved
// reports stay plain text.
export interface Palette {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  blue(s: string): string;
  cyan(s: string): string;
  magenta(s: string): string;
}

const style = (open: number, close: number) => (s: string): string => `\u001b[${open}m${s}\u001b[${close}m`;

const COLOR: Palette = {
  bold: style(1, 22),
  dim: style(2, 22),
  red: style(31, 39),
  yellow: style(33, 39),
  green: style(32, 39),
  blue: style(34, 39),
  cyan: style(36, 39),
  magenta: style(35, 39),
};

const same = (s: string): string => s;
const PLAIN: Palette = { bold: same, dim: same, red: same, yellow: same, green: same, blue: same, cyan: same, magenta: same };

export function palette(forced: boolean | null, isTTY: boolean, env: NodeJS.ProcessEnv): Palette {
  const on = forced ?? (isTTY && !env.NO_COLOR);
  return on ? COLOR : PLAIN;
}
