// Finds and reads the project config for each story: `--config FILE` for all of
// them, else the nearest `.sourcinglens.json` walking up from the story's folder.
// Each config file is read once per run; its problems are printed once, on stderr.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { MAX_CONFIG_CHARS, formatProblem, parseConfig, type ConfigProblem, type ProjectConfig } from '../config';
import { describeError } from './inputs';
import { NearestConfig } from './nearestConfig';

export interface FoundConfig {
  /** The config file's path as printed, and its folder (globs are relative to it). */
  file: string;
  dir: string;
  config: ProjectConfig;
}

export class ConfigReader {
  private readonly nearest = new NearestConfig();
  private readonly byFile = new Map<string, FoundConfig>();
  /** Problems found so far, as lines for stderr; each config file's once. */
  readonly problems: string[] = [];

  constructor(private readonly explicit: string | null) {}

  /** The config that applies to `story`, or null when there is none. */
  forStory(story: string): FoundConfig | null {
    if (this.explicit !== null) return this.read(this.explicit);
    const file = this.nearest.find(path.dirname(path.resolve(story)));
    return file === null ? null : this.read(file);
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

