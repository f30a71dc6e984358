// Finds the project config that applies to a folder: the nearest `.sourcinglens.json`
// walking up from it. The CLI and the language server both look configs up this way;
// each folder's answer is remembered, so a folder of stories walks up once.
import { statSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE } from '../config';

export function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

export class NearestConfig {
  private readonly byDir = new Map<string, string | null>();

  /** The config file that applies to `dir`, or null when no folder above has one. */
  find(dir: string): string | null {
    const seen: string[] = [];
    let found: string | null = null;
    for (let d = dir; ; d = path.dirname(d)) {
      const hit = this.byDir.get(d);
      if (hit !== undefined) { found = hit; break; }
      seen.push(d);
      const candidate = path.join(d, CONFIG_FILE);
      if (isFile(candidate)) { found = candidate; break; }
      if (path.dirname(d) === d) break;
    }
    for (const d of seen) this.byDir.set(d, found);
    return found;
  }

  /** Configs were added or removed: walk up afresh. */
  forget(): void {
    this.byDir.clear();
  }
}
