// Cue families beyond "said" (guide §1: the cue list is open). One row per
// construction, with a sentence of our own; the "none" rows are the other senses of
// the same words, which must stay silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf } from './helpers';

const cases: [string, string, { source: string; cue: string; type: string }[]][] = [
  ['belief with a bare content clause', 'Most economists believe the rate will fall by spring.',
    [{ source: 'Most economists', cue: 'believe', type: 'unnamed-group' }]],
  ['belief with "that"', 'Harbor officials fear that the pier could collapse.',
    [{ source: 'Harbor officials', cue: 'fear', type: 'unnamed-group' }]],
  ['belief after its content', 'The levy will pass easily, they believe.',
    [{ source: 'they', cue: 'believe', type: 'unnamed-group' }]],
  ['V X as Y', 'The mayor portrayed the ruling as a setback for tenants.',
    [{ source: 'The mayor', cue: 'portrayed', type: 'person' }]],
  ['seen by an agent as', 'The merger was seen by some analysts as a rescue.',
    [{ source: 'some analysts', cue: 'seen', type: 'unnamed-group' }]],
  ['phrasal cue: point out', 'Ms. Okafor pointed out that the budget had doubled.',
    [{ source: 'Ms. Okafor', cue: 'pointed out', type: 'person' }]],
  ['phrasal cue: call for', 'Nurses and aides have called for a new contract.',
    [{ source: 'Nurses and aides', cue: 'called for', type: 'unnamed-group' }]],
  ['phrasal cue: made clear', 'The union has made clear that it will strike.',
    [{ source: 'The union', cue: 'made clear', type: 'organization' }]],
  ['call X a Y', 'The senator called the deal a betrayal of workers.',
    [{ source: 'The senator', cue: 'called', type: 'unnamed-person' }]],
  ['what X called', 'The plan ignores what he called “the real costs.”',
    [{ source: 'he', cue: 'called', type: 'person' }]],
  ['asked with a request', 'The city asked the court to dismiss the case.',
    [{ source: 'The city', cue: 'asked', type: 'organization' }]],
  ['stance verb with an object', 'Local growers rejected the proposal on Monday.',
    [{ source: 'Local growers', cue: 'rejected', type: 'unnamed-group' }]],
  ['by-agent after an adverb', 'The offer was warmly welcomed by the dock workers.',
    [{ source: 'the dock workers', cue: 'welcomed', type: 'unnamed-group' }]],
  ['a gerund after a possessive is a noun in the subject', 'People familiar with her thinking say she will run.',
    [{ source: 'People familiar with her thinking', cue: 'say', type: 'unnamed-group' }]],
  ['an adverb before the cue is not the source', 'The pilots now acknowledge that the checklist was skipped.',
    [{ source: 'The pilots', cue: 'acknowledge', type: 'unnamed-group' }]],
  ['with X V-ing', 'Growers were quick to react, with Dana Whitfield tweeting that the tariff was a disaster.',
    [{ source: 'Dana Whitfield', cue: 'tweeting', type: 'person' }]],
  ['a gerund of stance after a comma takes the clause subject', 'The mayor ended the meeting early, announcing the closure of two clinics.',
    [{ source: 'The mayor', cue: 'announcing', type: 'person' }]],
  ['by-agent after a time phrase', 'The memo was first reported last week by The Harbor Ledger.',
    [{ source: 'The Harbor Ledger', cue: 'reported', type: 'organization' }]],
  ['a name beats the last noun of its descriptions', 'Lena Krall, assistant director for housing, transit, and parks, said on Monday that the fund was empty.',
    [{ source: 'Lena Krall', cue: 'said', type: 'person' }]],
  ['"states that" with a clause', 'The filing states that the lease expired in May.',
    [{ source: 'The filing', cue: 'states', type: 'document' }]],
  ['a stance adjective with a clause', 'Residents briefed on the plan were adamant that the clinic stay open.',
    [{ source: 'Residents briefed on the plan', cue: 'adamant', type: 'unnamed-group' }]],
  ['belief in a short sentence the prefilter must not skip', 'But few believe their truce can ever be more than brief.',
    [{ source: 'few', cue: 'believe', type: 'unnamed-group' }]],
  ['a prepositional aside between subject and cue', 'The growers, on the other hand, argued that the tariff helps them.',
    [{ source: 'The growers', cue: 'argued', type: 'unnamed-group' }]],
  ['a place and its state inside the subject', 'Nurses at the clinic in Tulsa, Okla., said the ward was full.',
    [{ source: 'Nurses at the clinic in Tulsa, Okla.', cue: 'said', type: 'unnamed-group' }]],
  ['officials at a known organisation are unnamed people', 'Current and former officials at the Justice Department have said the review is routine.',
    [{ source: 'Current and former officials at the Justice Department', cue: 'said', type: 'unnamed-group' }]],
  ['a poll cited with a participle', 'A poll released Wednesday showed 40 percent support for the levy.',
    [{ source: 'A poll released Wednesday', cue: 'showed', type: 'document' }]],
  ['"in" a poll, after a figure', 'The mayor fell to 31 percent in the latest Harbor/Metro poll taken in May.',
    [{ source: 'the latest Harbor/Metro poll', cue: 'in', type: 'document' }]],
  ['a firm finds, after its finding', 'Rents rose twice as fast as wages, Bloomberg New Energy Finance found.',
    [{ source: 'Bloomberg New Energy Finance', cue: 'found', type: 'organization' }]],
];

const none: [string, string][] = [
  ['belief without a content clause', 'She believes in hard work and long hours.'],
  ['seeing something happen', 'The valley has seen floods every spring since 1990.'],
  ['a question, not a request', 'Reporters asked whether the bridge would reopen.'],
  ['calling someone on the phone', 'The manager called the police after midnight.'],
  ['a plural noun before an auxiliary', 'Housing advocates have been outraged by the evictions.'],
  ['a cue word as the object of a verb', 'The governor spoke briefly and took questions from the crowd.'],
  ['continued as an action', 'The search continued through the night.'],
  ['"states" as a noun with a relative clause', 'Ohio and Florida, states that vote in March, are close.'],
  ['"state" as a noun', 'A state trooper operates in five states.'],
  ['"I think" outside quotation marks', 'I think the whole nation needs to work together.'],
  ['it was clear that', 'It was clear that the bridge was unsafe.'],
  ['a belief inside a subordinate clause', 'It is unclear whether the drivers knew they were speeding.'],
];

for (const [rule, text, expected] of cases) {
  test(`cue: ${rule}`, () => assert.deepEqual(attributionsOf(text), expected));
}
for (const [rule, text] of none) {
  test(`no cue: ${rule}`, () => assert.deepEqual(attributionsOf(text), []));
}
