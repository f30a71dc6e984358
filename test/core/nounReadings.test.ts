// Words that are cues in one sentence and nouns or modifiers in the next (issue 9,
// families 3 and 4), and the subjects that the same rules must still find. One row per
// construction, with sentences of our own; an empty list means no attribution at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf } from './helpers';

const cases: [string, string, { source: string; cue: string }[]][] = [
  ['a base form with its own auxiliary is a noun', 'The strong jobs report has cleared the way for a rate rise.', []],
  ['a base form ending its phrase is a noun', 'The harbor was closed under emergency rule.', []],
  ['a base form before "from" is a noun', 'The clerk got a personal call from a close friend.', []],
  ['a source of adjectives alone names no one', 'Voters want a comprehensive rebuke, not a mild one.', []],
  ['"add to" is no statement', 'The latest delay adds to the confusion at the port.', []],
  ['a plural verb form before a noun-too word still speaks', 'Okafor says praise from the council helps the project.',
    [{ source: 'Okafor', cue: 'says' }]],
  ['a bare cue after a plural subject still speaks', 'Engineers report that the bridge is safe.',
    [{ source: 'Engineers', cue: 'report' }]],
  ['the accused is not the accuser', 'The driver accused of causing the crash will stay in custody.', []],
  ['a participle ending the subject', 'The ministry says most of the families admitted are from the coast.',
    [{ source: 'The ministry', cue: 'says' }]],
  ['a participle after a number modifies its noun', 'There were only eight reported thefts at the depot.', []],
  ['a participle after a possessive modifies its noun', 'Neither of her three proposed ordinances passed.', []],
  ['a relative word keeps the speaker', 'The grant reached what organizers estimated were 9,000 families.',
    [{ source: 'organizers', cue: 'estimated' }]],
  ['a byline is no attribution', 'Dana Whitfield reported from Lima.', []],
  ['a place adverb is not the head', 'Union members there said the talks had stalled.',
    [{ source: 'Union members', cue: 'said' }]],
  ['"who’s" opens a relative clause', 'But Ortiz, who’s running for the board, added that the vote was rigged.',
    [{ source: 'Ortiz', cue: 'added' }]],
  ['a relative clause ending in a verb', 'Tenants whose homes were flooded said the warnings came late.',
    [{ source: 'Tenants whose homes were flooded', cue: 'said' }]],
  ['a relative "that" ending in a pronoun', 'Groups that have backed her say the count was fair.',
    [{ source: 'Groups that have backed her', cue: 'say' }]],
  ['a name before its appositive is the subject of a second verb', 'Lena Okafor, a retired port engineer, joined the panel and said the cranes were unsafe.',
    [{ source: 'Lena Okafor', cue: 'said' }]],
  ['"the email" is a document, not a medium', '“We will reopen on Monday,” the email said.',
    [{ source: 'the email', cue: 'said' }]],
  ['a free relative with nothing said', 'If you read what the mayor said this week, the plan is dead.', []],
  ['a pronoun object with nothing said', 'There, I said it.', []],
  ['a free relative with its own clause still speaks', 'The fund is half of what researchers say they need.',
    [{ source: 'researchers', cue: 'say' }]],
  ['a request with a long object', 'The veterans group has asked the campaign of the state’s senior senator to stop using its emblem.',
    [{ source: 'The veterans group', cue: 'asked' }]],
  ['a connective between subject and cue', 'The two engineers, though, argue that the dam is sound.',
    [{ source: 'The two engineers', cue: 'argue' }]],
  ['a connective is never the source', 'Carter however said he would welcome the plan.',
    [{ source: 'Carter', cue: 'said' }]],
  ['"thought" as a noun after its adjective', 'The base trusts conservative thought leaders such as the radio hosts.', []],
  ['"states" inverted after its quotation', '“Leave starts after a year,” the handbook states.',
    [{ source: 'the handbook', cue: 'states' }]],
  ['"states" after a preposition stays a noun', '“We won,” she said of the coastal states.',
    [{ source: 'she', cue: 'said' }]],
  ['"stated" with a clause and no "that"', 'The inspector stated the pumps had failed twice.',
    [{ source: 'The inspector', cue: 'stated' }]],
  ['"boasts" with a quantity is to have', 'The district boasts a 30-point lead in turnout.', []],
  ['an inverted possessive speaker with a role', '“We are fine,” said his spokesman.',
    [{ source: 'his spokesman', cue: 'said' }]],
  ['a possessive after a subject and a comma is content, not an inverted speaker', 'Kamal Odeh, 73, a resident, said his wife was too sick to walk.',
    [{ source: 'Kamal Odeh', cue: 'said' }]],
  ['an inverted role keeps its appositive name', '“We are fine,” said her lawyer, Jane Roe.',
    [{ source: 'her lawyer, Jane Roe', cue: 'said' }]],
  ['an inverted quantifier', '“Watch out,” tweeted another.',
    [{ source: 'another', cue: 'tweeted' }]],
  ['a cue after its quotation with an addressee', '“We did it first,” the mayor writes to her deputy.',
    [{ source: 'the mayor', cue: 'writes' }]],
  ['"posted" with a published artifact', 'The council posted a video of the vote on its website.',
    [{ source: 'The council', cue: 'posted' }]],
  ['a poll share as the subject of a gerund', 'Most backed the plan, with about three in 10 saying it went too far.',
    [{ source: 'about three in 10', cue: 'saying' }]],
  ['"issued a statement" is a cue', 'Hours later, the port authority issued a statement that blamed the weather.',
    [{ source: 'the port authority', cue: 'issued a statement' }]],
  ['issuing a permit is not', 'The city issued a permit for the march.', []],
  ['a poll comparison: more likely to say', 'Older renters were slightly more likely to say the rules were fair.',
    [{ source: 'Older renters', cue: 'say' }]],
  ['a forecast is not said yet', 'The mayor is likely to say the budget is balanced.', []],
  ['a subject before a dash-bounded aside', 'Some economists - including two former regulators - warn that the plan could fail.',
    [{ source: 'Some economists', cue: 'warn' }]],
  ['a name that is also a modal', '“It is over,” Will wrote.', [{ source: 'Will', cue: 'wrote' }]],
  ['"as X put it"', 'The hearing was, as one aide put it, a disaster.', [{ source: 'one aide', cue: 'put it' }]],
  ['putting something somewhere is not', 'He put it on the table.', []],
  ['"put [a figure] at"', 'Officials put the toll at 40.', [{ source: 'Officials', cue: 'put the toll at' }]],
  ['a document with its own gerund', 'Investigators found handwritten ledgers showing he was paid $12 million.',
    [{ source: 'handwritten ledgers', cue: 'showing' }]],
  ['the verb before a document is not part of it', 'She released a statement saying she would run.',
    [{ source: 'She', cue: 'released a statement' }, { source: 'a statement', cue: 'saying' }]],
  ['a sign with its own gerund', 'Protesters held up a sign saying “No more cuts.”',
    [{ source: 'Protesters', cue: 'held up' }, { source: 'a sign', cue: 'saying' }]],
  ['a weekday after a cue that closes its quotation', '“The comments are no joke,” the campaign wrote Wednesday.',
    [{ source: 'the campaign', cue: 'wrote' }]],
  ['a number as the subject after a quotation', '“We do not see the need,” the two write.', [{ source: 'the two', cue: 'write' }]],
];

for (const [name, sentence, want] of cases) {
  test(`noun readings: ${name}`, () => {
    assert.deepEqual(attributionsOf(sentence).map(({ source, cue }) => ({ source, cue })), want);
  });
}

// Types of sources whose last word is not their head (guide: type table).
const types: [string, string, string][] = [
  ['a trailing participle', 'The officials involved said the deal was close.', 'unnamed-group'],
  ['a trailing place adverb', 'Several residents nearby said they heard shots.', 'unnamed-group'],
  ['"those" before a relative clause', 'Those who oppose the plan say it is costly.', 'unnamed-group'],
  ['a hyphenated common plural first in its sentence', 'Fact-checkers noted that the figure was wrong.', 'unnamed-group'],
  ['an unfamiliar name ending in a company word', 'Harbor Analytics said the index fell.', 'organization'],
  ['an unfamiliar name ending in an outlet word', 'Kestrel Daily reported that the mayor resigned.', 'organization'],
  ['a first name still makes a person', 'Jane Monitor said the index fell.', 'person'],
  ['an ad is a document', 'The ad said the senator had voted twice.', 'document'],
];

for (const [name, sentence, type] of types) {
  test(`source types: ${name}`, () => {
    assert.deepEqual(attributionsOf(sentence).map((a) => a.type), [type]);
  });
}
