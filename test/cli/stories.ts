// Many different stories for the archive tests, made from the seed's paragraphs:
// each story takes three of them and a sentence of its own, so no two are alike.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers';

const paragraphs = readFileSync(path.join(ROOT, 'seeds', '000_12528e0f19a89f36.txt'), 'utf8').split(/\n\s*\n/).filter((p) => p.trim() !== '');

export function storyText(i: number): string {
  const n = paragraphs.length;
  return [paragraphs[i % n], paragraphs[(i * 7 + 3) % n], paragraphs[(i * 13 + 5) % n], `Officials said ${i + 2} homes were damaged, according to two people briefed on the count.`].join('\n\n');
}

export interface StoryRecord {
  id: string;
  text: string;
  outlet: string;
}

export const record = (i: number): StoryRecord => ({ id: `story-${i}`, text: storyText(i), outlet: i % 2 === 0 ? 'Daily' : 'Weekly' });

/** Writes `count` records as JSONL to `file`. */
export function writeArchive(file: string, count: number): StoryRecord[] {
  const records = Array.from({ length: count }, (_, i) => record(i));
  writeFileSync(file, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
  return records;
}

/** The output lines of a JSONL run, parsed. */
export const parseLines = (text: string): { id: string; outlet?: string; analysis: unknown }[] =>
  text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as { id: string; analysis: unknown });
