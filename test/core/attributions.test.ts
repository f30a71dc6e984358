// One row per rule, with the sentence that made us write it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf } from './helpers';

const cases: [string, string, { source: string; cue: string; type: string }[]][] = [
  ['pre-verbal subject', 'Six Israeli officials said that the prime minister was the main reason.',
    [{ source: 'Six Israeli officials', cue: 'said', type: 'unnamed-group' }]],
  ['auxiliaries and adverbs between subject and cue', 'The agency has also said the shelter was full.',
    [{ source: 'The agency', cue: 'said', type: 'organization' }]],
  ['parenthetical mid-sentence', 'Mr. Netanyahu’s pledge, Mr. Dekel-Chen said, was made in the presence of President Biden.',
    [{ source: 'Mr. Dekel-Chen', cue: 'said', type: 'person' }]],
  ['sentence-final, after content', 'About 182,000 people were displaced last week, the United Nations estimates.',
    [{ source: 'the United Nations', cue: 'estimates', type: 'organization' }]],
  ['appositives between name and cue', 'Kamel Abu Jamea, 73, a Khan Younis resident, said his wife was too sick to walk.',
    [{ source: 'Kamel Abu Jamea', cue: 'said', type: 'person' }]],
  ['relative clause appositive', 'The employee of nearly four years, a registered Republican who spoke on the condition of anonymity, said she was dismayed.',
    [{ source: 'The employee of nearly four years', cue: 'said', type: 'unnamed-person' }]],
  ['inverted after a quotation', '“We are ready,” said Ms. Ortiz.',
    [{ source: 'Ms. Ortiz', cue: 'said', type: 'person' }]],
  ['inverted with a party label', '“It’s not new in Virginia,” said Rep. Bobby Scott (D-Va.) at the time.',
    [{ source: 'Rep. Bobby Scott', cue: 'said', type: 'person' }]],
  ['doubled-apostrophe quotation marks', "''They actually had chemistry,'' said Benjamin J. Rhodes, the deputy adviser.",
    [{ source: 'Benjamin J. Rhodes', cue: 'said', type: 'person' }]],
  ['according to, with coordinated sources of different kinds', 'Officials met in Rome, according to three officials involved in or briefed on the talks and a statement from the Israeli government.',
    [{ source: 'three officials involved in or briefed on the talks', cue: 'according to', type: 'unnamed-group' },
      { source: 'a statement from the Israeli government', cue: 'according to', type: 'document' }]],
  ['according to, stopped by a relative clause', 'He promised families, according to Jonathan Dekel-Chen, whose son was abducted.',
    [{ source: 'Jonathan Dekel-Chen', cue: 'according to', type: 'person' }]],
  ['told with an addressee', 'A diplomat told reporters the talks had stalled.',
    [{ source: 'A diplomat', cue: 'told', type: 'unnamed-person' }]],
  ['in a statement', 'In a statement, the network said that the description was false.',
    [{ source: 'the network', cue: 'said', type: 'organization' }]],
  ['document subject with a finding verb', 'The new poll shows Trump far out in front.',
    [{ source: 'The new poll', cue: 'shows', type: 'document' }]],
  ['noun after a verb-looking word', 'The facility was hacked, the congressional report said.',
    [{ source: 'the congressional report', cue: 'said', type: 'document' }]],
  ['passive with an agent', 'The nationwide campaign, first reported by The Washington Post, grew.',
    [{ source: 'The Washington Post', cue: 'reported', type: 'organization' }]],
  ['gerund borrows the earlier source', '“It’s not new,” said Rep. Bobby Scott at the time, adding that voters had changed.',
    [{ source: 'Rep. Bobby Scott', cue: 'said', type: 'person' }, { source: 'Rep. Bobby Scott', cue: 'adding', type: 'person' }]],
  ['second verb of the subject', 'Wilson praised Rubio and said the senator can win.',
    [{ source: 'Wilson', cue: 'said', type: 'person' }]],
  ['spokesperson of an organisation', 'A Pentagon spokeswoman said the strike was lawful.',
    [{ source: 'A Pentagon spokeswoman', cue: 'said', type: 'organization' }]],
  ['unique title', 'Israel’s foreign intelligence chief said the talks would resume.',
    [{ source: 'Israel’s foreign intelligence chief', cue: 'said', type: 'person' }]],
  ['"the" before a capitalised name is an organisation', 'The report was false, the Independent revealed on Monday.',
    [{ source: 'the Independent', cue: 'revealed', type: 'organization' }]],
  ['stance verb with a group', 'Critics blamed the delay on the contractor.',
    [{ source: 'Critics', cue: 'blamed', type: 'unnamed-group' }]],
  ['per', 'Output fell 3 percent, per the central bank.',
    [{ source: 'the central bank', cue: 'per', type: 'organization' }]],
];

const none: [string, string][] = [
  ['meetings are not attributions', 'Senior officials from Israel, Egypt, Qatar and the United States met in Rome on Sunday.'],
  ['non-responses', 'Mr. Netanyahu’s office did not respond to requests for comment.'],
  ['declined to comment', 'The company declined to comment.'],
  ['possessive makes the cue a noun', 'Mr. Netanyahu’s pledge was made in public.'],
  ['a plural noun that looks like a verb', 'In all, 691 delegates are up for grabs in five states.'],
  ['adjective before the cue word', 'The latest dispute has flared at a bad time.'],
  ['modal: not said yet', 'He could add another job title to his resume.'],
  ['an intention is not a claim', 'Trump pledged to ban all Muslims.'],
  ['added to', 'Clinton won Ohio, which added to her delegate lead.'],
  ['cue inside a quotation', '“They said it was over,” Ms. Lee recalled.'.replace('Ms. Lee recalled', 'and it was')],
  ['byline', 'Vivian Yee contributed reporting from Cairo.'],
  ['scare quotes', 'Israel had designated a “humanitarian zone” for civilians.'],
];

for (const [rule, text, expected] of cases) {
  test(`attribution: ${rule}`, () => assert.deepEqual(attributionsOf(text), expected));
}
for (const [rule, text] of none) {
  test(`no attribution: ${rule}`, () => assert.deepEqual(attributionsOf(text), []));
}
