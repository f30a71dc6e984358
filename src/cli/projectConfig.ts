// Finds and reads the project config for each story: `--config FILE` for all of
// them, else the nearest `.sourcinglens.json` walking up from the story's folder.
// Each config file is read once per run; its problems are printed once, on stderr.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE, MAX_CONFIG_CHARS, formatProblem, parseConfig, type ConfigProblem, type ProjectConfig } from '../config';
import { describeError } from './inputs';

export interface FoundConfig {
  /** The config file's path as printed, and its folder (globs are relative to it). */
  file: string;
  dir: string;
  config: ProjectConfig;
}

export class ConfigReader {
  private readonly byDir = new Map<string, FoundConfig | null>();
  private readonly byFile = new Map<string, FoundConfig>();
  /** Problems found so far, as lines for stderr; each config file's once. */
  readonly problems: string[] = [];

  constructor(private readonly explicit: string | null) {}

  /** The config that applies to `story`, or null when there is none. */
  forStory(story: string): FoundConfig | null {
    if (this.explicit !== null) return this.read(this.explicit);
    return this.nearest(path.dirname(path.resolve(story)));
  }

  /** An unreadable --config is a usage error: the user named it. */
  checkExplicit(): string | null {
    if (this.explicit === null) return null;
    try {
      if (!statSync(this.explicit).isFile()) return `--config ${this.explicit}: not a file`;
    } catch (err) {
      return `--config ${this.explicit}: ${describeError(err)}`;
    }
    return null;
  }

  private nearest(dir: string): FoundConfig | null {
    const seen: string[] = [];
    let found: FoundConfig | null = null;
    for (let d = dir; ; d = path.dirname(d)) {
      const hit = this.byDir.get(d);
      if (hit !== undefined) { found = hit; break; }
      seen.push(d);
      const candidate = path.join(d, CONFIG_FILE);
      if (isFile(candidate)) { found = this.read(candidate); break; }
      if (path.dirname(d) === d) break;
    }
    for (const d of seen) this.byDir.set(d, found);
    return found;
  }

  private read(file: string): FoundConfig {
    const key = path.resolve(file);
    const cached = this.byFile.get(key);
    if (cached) return cached;
    const shown = path.relative(process.cwd(), key) || key;
    let text = '';
    let problems: ConfigProblem[] = [];
    let config: ProjectConfig;
    try {
      if (statSync(key).size > MAX_CONFIG_CHARS * 4) throw new Error(`${Math.round(statSync(key).size / 1024)} KB is too large for a config (limit ${MAX_CONFIG_CHARS / 1024} KB)`);
      text = readFileSync(key, 'utf8');
      ({ config, problems } = parseConfig(text));
    } catch (err) {
      ({ config } = parseConfig('{}'));
      problems = [{ line: 1, column: 1, key: '', message: `cannot read it (${describeError(err)}); defaults are used`, start: 0, end: 0 }];
    }
    for (const p of problems) this.problems.push(formatProblem(shown, p));
    const found = { file: shown, dir: path.dirname(key), config };
    this.byFile.set(key, found);
    return found;
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
