// A project's `.sourcinglens.json`, once read and checked (parse.ts): every field
// present, every value valid. The shells read the file; the core gets `vocabulary`.
import type { FindingCode, HouseVocabulary } from '../core/types';
import type { SeverityChoice } from '../core/severity';

export interface ProjectConfig {
  /** Only the codes the file sets; the rest come from the next layer down. */
  severity: Partial<Record<FindingCode, SeverityChoice>>;
  /** Globs relative to the config's folder: more files to analyse when opened (editor),
   *  and the only ones a folder walk keeps (CLI), when not empty. */
  include: string[];
  exclude: string[];
  /** null: not set in the file. */
  failOn: FindingCode[] | null;
  vocabulary: HouseVocabulary;
}

/** One thing wrong in a config file, where it is (1-based) and under which key. */
export interface ConfigProblem {
  line: number;
  column: number;
  /** The key's path, "vocabulary.cueVerbs[2]"; "" for the file as a whole. */
  key: string;
  message: string;
  /** Offsets in the file, for an editor's squiggle. */
  start: number;
  end: number;
}

export interface ReadConfig {
  config: ProjectConfig;
  problems: ConfigProblem[];
}

export const CONFIG_FILE = '.sourcinglens.json';

export function emptyConfig(): ProjectConfig {
  return {
    severity: {},
    include: [],
    exclude: [],
    failOn: null,
    vocabulary: { cueVerbs: [], anonymityFormulas: [], organizations: [], people: [], neverCues: [] },
  };
}

/** "path/.sourcinglens.json:3:5: severity.anonymous-source: …", as compilers print. */
export function formatProblem(file: string, p: ConfigProblem): string {
  return `${file}:${p.line}:${p.column}: ${p.key ? `${p.key}: ` : ''}${p.message}`;
}
