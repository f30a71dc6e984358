// Word lists the rules share. Kept as data so a reader can check them against the
// sourcing guide; all entries are lower case.

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Reporting verbs: information or a position credited to the subject. */
const SPEECH_LEMMAS = `say tell add state announce report write post tweet testify explain note
confirm deny claim insist argue warn acknowledge admit concede estimate predict allege assert
contend maintain stress reveal disclose conclude recall reply respond caution emphasize emphasise
remark observe suggest indicate declare proclaim repeat complain boast dispute recount comment
tout brag lament muse quip retort reiterate affirm assure vow pledge blame cite criticize
criticise accuse condemn denounce urge demand dismiss decry slam lambast express predict warn
tweet underline underscore reaffirm reject speculate exclaim recommend outline instruct describe
portray hail credit applaud praise blast question defend mock encourage advise propose press
hint allude champion chant shout joke rail bemoan highlight assail rebuke deride laud characterize
characterise depict welcome echo counter continue concur signal rule determine calculate read ask
call apologize apologise`;

/** Verbs of belief and expectation: an attribution only with a content clause ("most
 *  economists believe the rate will fall", "officials fear that…") or "V X as Y" (guide
 *  §1); "she believes in hard work" is none. */
const BELIEF_LEMMAS = `believe think expect fear see view consider know understand worry doubt
suspect assume feel regard perceive anticipate reckon imagine recognize recognise realize realise
conclude hope`;

/** Verbs of belief too ambiguous for a bare clause ("has seen fighters backed by…"): they
 *  credit a view only as "V X as Y" or with a "by" agent. */
export const AS_ONLY_LEMMAS = new Set(['see', 'view', 'regard', 'perceive', 'consider']);

/** Cue verbs that count only with content set off at once by a comma, a colon or a
 *  quotation ("He continued, “…”", "a message that read:"): otherwise they are actions. */
export const STRICT_CONTENT_LEMMAS = new Set(['continue', 'read', 'counter']);

/** Verbs that take "V X as Y" to credit a view: "portrayed Mr. Trump as divisive". */
export const AS_LEMMAS = new Set(`see view regard perceive consider describe portray characterize
characterise cast paint depict present position frame couch label brand dismiss hail tout hold
single criticize criticise praise mock deride denounce define style bill pitch credit count
treat`.trim().split(/\s+/));

/** Verb + particle cues: the verb alone has other senses ("point", "call", "lay"). The
 *  particle must follow at once. */
export const PHRASAL_CUES: Record<string, string[]> = {
  point: ['out', 'to'], single: ['out'], call: ['for', 'on', 'out'], lay: ['out'], talk: ['about'],
  speak: ['of', 'about', 'out'], make: ['clear'], ask: ['for'], take: ['credit'], lash: ['out'],
  weigh: ['in'], hold: ['up'], sound: ['off'], push: ['back'], clamor: ['for'], clamour: ['for'],
  // "issued a statement", "released the following statement:": see phrasalParticle
  issue: [], release: [], put: [],
};

/** People and offices that speak for someone, after a possessive: "said his spokesman". */
export const SPEAKER_NOUNS = set(`friend friends wife husband son daughter mother father brother sister
lawyer lawyers attorney spokesman spokeswoman spokesperson aide aides adviser advisers manager
campaign office staff`);

/** What a source issues or releases when it speaks: "issued a statement". */
export const ISSUED_STATEMENTS = set(`statement statements apology denial rebuttal warning
warnings ultimatum response reply retort condemnation`);

/** Verbs whose subject must be a document or a study to be an attribution ("a poll found"). */
const DOCUMENT_LEMMAS = `find show indicate suggest conclude reveal estimate project document
detail describe say state give put`;

export function inflect(lemma: string): string[] {
  const irregular: Record<string, string[]> = {
    say: ['say', 'says', 'said', 'saying'],
    tell: ['tell', 'tells', 'told', 'telling'],
    write: ['write', 'writes', 'wrote', 'writing', 'written'],
    find: ['find', 'finds', 'found', 'finding'],
    show: ['show', 'shows', 'showed', 'showing', 'shown'],
    slam: ['slam', 'slams', 'slammed', 'slamming'],
    admit: ['admit', 'admits', 'admitted', 'admitting'],
    quip: ['quip', 'quips', 'quipped', 'quipping'],
    fault: ['fault', 'faults', 'faulted', 'faulting'],
    read: ['read', 'reads', 'reading'],
    think: ['think', 'thinks', 'thought', 'thinking'],
    see: ['see', 'sees', 'saw', 'seen', 'seeing'],
    know: ['know', 'knows', 'knew', 'known', 'knowing'],
    understand: ['understand', 'understands', 'understood', 'understanding'],
    feel: ['feel', 'feels', 'felt', 'feeling'],
    lay: ['lay', 'lays', 'laid', 'laying'],
    speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
    make: ['make', 'makes', 'made', 'making'],
    take: ['take', 'takes', 'took', 'taken', 'taking'],
    hold: ['hold', 'holds', 'held', 'holding'],
    rule: ['rule', 'rules', 'ruled', 'ruling'],
    plan: ['plan', 'plans', 'planned', 'planning'],
    regret: ['regret', 'regrets', 'regretted', 'regretting'],
    signal: ['signal', 'signals', 'signaled', 'signalled', 'signaling', 'signalling'],
    counter: ['counter', 'counters', 'countered', 'countering'],
    question: ['question', 'questions', 'questioned', 'questioning'],
    give: ['give', 'gives', 'gave', 'giving'],
    put: ['puts', 'putting'],
  };
  if (irregular[lemma]) return irregular[lemma];
  let past: string, ing: string, third: string;
  if (lemma.endsWith('e')) { past = lemma + 'd'; ing = lemma.slice(0, -1) + 'ing'; third = lemma + 's'; }
  else if (/[^aeiou]y$/.test(lemma)) { past = lemma.slice(0, -1) + 'ied'; ing = lemma + 'ing'; third = lemma.slice(0, -1) + 'ies'; }
  else if (/(s|sh|ch|x|z)$/.test(lemma)) { past = lemma + 'ed'; ing = lemma + 'ing'; third = lemma + 'es'; }
  else { past = lemma + 'ed'; ing = lemma + 'ing'; third = lemma + 's'; }
  return [lemma, third, past, ing];
}

function formsOf(lemmas: string): Map<string, string> {
  const forms = new Map<string, string>();
  for (const raw of lemmas.trim().split(/\s+/)) {
    const lemma = raw.replace(/_$/, '');
    if (lemma.includes('_')) continue; // phrasal cues are matched as phrases
    for (const f of inflect(lemma)) forms.set(f, lemma);
  }
  return forms;
}

/** surface form → lemma */
export const SPEECH_VERBS = formsOf(SPEECH_LEMMAS);
export const DOCUMENT_VERBS = formsOf(DOCUMENT_LEMMAS);
export const BELIEF_VERBS = formsOf(BELIEF_LEMMAS);
/** surface form → lemma, for the heads of PHRASAL_CUES */
export const PHRASAL_VERBS = formsOf(Object.keys(PHRASAL_CUES).join(' '));
// "as she put it": the base and past form, which inflect leaves out for the document verb ("put the toll at")
PHRASAL_VERBS.set('put', 'put');

/** Adjectives that credit a stance with a clause: "were adamant that…", "convinced that…". */
export const STANCE_ADJECTIVES = set(`adamant confident convinced certain sure skeptical sceptical optimistic
pessimistic hopeful insistent doubtful worried concerned fearful emphatic unequivocal`);

/** Participles that credit a proposal to its "by" agent and to nothing else: "options
 *  advanced by officials", "a plan floated by aides" (troops advance, companies float shares). */
export const PROPOSAL_PARTICIPLES = set('advanced floated');

/** Every word form that can be a cue, for the cheap sentence prefilter. */
export const CUE_WORDS = [...new Set([...SPEECH_VERBS.keys(), ...DOCUMENT_VERBS.keys(), ...BELIEF_VERBS.keys(), ...PHRASAL_VERBS.keys(), ...STANCE_ADJECTIVES, ...PROPOSAL_PARTICIPLES])]
  .filter((w) => /^[a-z]+$/.test(w)).sort((a, b) => b.length - a.length);

/** Speech verbs whose object is usually the addressee, not the content ("told reporters"). */
export const ADDRESSEE_VERBS = set('tell assure promise warn urge');

/** Stance verbs need a person-like subject and are weaker evidence; kept apart so the
 *  rules can ask for more (no document subjects, no bare pronoun "it"). */
export const STANCE_LEMMAS = set(`blame cite criticize criticise accuse condemn denounce urge demand
dismiss decry slam lambast vow pledge tout brag lament boast express`);

/** Words that may sit between a subject and its cue: "has also said", "later told". */
export const CUE_ADVERBS = set(`has have had also later previously repeatedly again earlier then further
recently publicly privately separately flatly often once first initially subsequently long
already since frequently consistently briefly simply just quickly immediately angrily
bluntly candidly openly explicitly directly specifically formally officially reportedly
would will could might may must can did does do is was were are been be being not never
always only still even yet usually sometimes both all each himself herself itself themselves
ultimately finally firmly strongly privately correctly wrongly falsely clearly emphatically ever now
however though meanwhile nonetheless nevertheless instead likewise too indeed soon promptly swiftly`);

/** Heads of written or recorded artifacts: a source of this head is a `document`. */
export const DOCUMENT_HEADS = set(`statement statements report reports study studies poll polls survey
surveys analysis analyses memo memos memorandum email emails e-mail e-mails letter letters filing filings
record records document documents data figures figure census audit review assessment transcript
transcripts indictment complaint lawsuit suit ruling order release tally estimate estimates forecast
forecasts video videos post posts tweet tweets article articles paper papers book books research
testimony affidavit documents guidance notice bulletin chart charts graphic statistics numbers
count counts budget bill proposal plan plans message messages footage recording recordings
projection projections model models search website site blog editorial column op-ed obituary
text texts map maps investigation inquiry probe findings evidence warrant minutes policy results
ledger ledgers log logs receipts invoices spreadsheet spreadsheets cables cable dossier dossiers
sign signs banner banners placard placards poster posters billboard billboards flyer flyers
leaflet leaflets ad ads advertisement advertisements commercial commercials mailer mailers
returns tallies projections ledger ledgers polling`);

/** Role nouns for people not named; singular → unnamed-person, plural → unnamed-group. */
export const ROLE_SINGULAR = set(`official source person aide adviser advisor diplomat analyst expert critic rival
resident witness lawmaker legislator executive investigator negotiator officer insider staffer
activist worker supporter member employee observer participant strategist operative
consultant insider veteran lawyer attorney doctor physician nurse teacher student
researcher scientist economist historian scholar professor academic soldier commander
agent detective prosecutor judge voter donor organizer organiser volunteer leader manager
director representative spokesperson spokesman spokeswoman friend relative neighbor
neighbour colleague associate ally allies confidant insider mediator negotiator survivor
victim parent mother father son daughter wife husband woman man child boy girl
someone somebody one individual figure insider protester protestor demonstrator fighter
militant official regulator auditor inspector administrator coordinator planner pollster
campaigner aide-de-camp adviser lobbyist businessman businesswoman owner farmer driver
customer patient user reader viewer caller fan republican democrat conservative liberal
progressive moderate independent candidate delegate senator congressman congresswoman
politician minister envoy ambassador general colonel captain sergeant lieutenant admiral
economist`);

export const ROLE_PLURAL = set(`officials sources people persons aides advisers advisors diplomats
analysts experts critics residents witnesses lawmakers legislators executives investigators
negotiators officers insiders staffers activists workers supporters members employees observers
participants strategists operatives consultants veterans lawyers attorneys doctors physicians
nurses teachers students researchers scientists economists historians scholars professors
academics soldiers commanders agents detectives prosecutors judges voters donors organizers
volunteers leaders managers directors representatives spokespeople friends relatives neighbors
neighbours colleagues associates allies confidants mediators survivors victims parents mothers
fathers families women men children others many some several few most democrats republicans
conservatives liberals progressives moderates independents candidates delegates senators
politicians ministers envoys ambassadors generals protesters protestors demonstrators fighters
militants regulators auditors inspectors administrators pollsters campaigners lobbyists
businessmen owners farmers drivers customers patients users readers viewers callers fans
americans israelis palestinians europeans citizens locals authorities officers troops
employers economists observers commentators pundits skeptics sceptics opponents proponents
advocates defenders backers allies rivals detractors insiders administrators organizers
mediators`);

/** Collective nouns for people who are not an organisation: "the policy-making elite",
 *  "his staff", "the chorus of detractors", "the public". */
export const GROUP_NOUNS = set(`elite elites public majority minority crowd crowds audience audiences
electorate chorus staff rank-and-file grassroots base faithful contingent delegation delegations
caucus-goers protesters mob`);

/** Titles that, with a name, make a person; alone with "the"/possessive, a unique role. */
export const HONORIFICS = set(`mr mrs ms miss dr sen rep gov gen col lt sgt capt maj adm cmdr prof rev
sir lord lady dame judge justice president vice prime minister secretary senator congressman
congresswoman representative governor mayor chancellor premier king queen prince princess pope
ambassador chairman chairwoman chair ceo director commissioner chief sheriff superintendent
attorney general speaker leader pastor rabbi imam cardinal bishop father sister brother
officer agent detective sergeant captain lieutenant colonel major commander admiral`);

/** Singular role nouns that name one person when definite ("the prime minister", "Israel's
 *  foreign intelligence chief", "the company's chief executive"). */
export const UNIQUE_TITLES = set(`president chancellor premier minister secretary governor mayor
chairman chairwoman chair ceo chief director commissioner sheriff superintendent speaker
leader king queen pope ambassador head founder owner coach manager executive editor
publisher principal dean provost rector spokesman spokeswoman spokesperson attorney-general
prosecutor judge justice general commander envoy administrator treasurer president-elect
nominee frontrunner front-runner candidate`);

/** Organisation nouns: a capitalised run ending in one of these is an organisation. */
export const ORG_HEADS = set(`ministry department agency commission committee council court party army
forces force police service office organization organisation association union institute
center centre university college bank group company corporation corp inc ltd llc co
watch government administration times news post journal press network foundation fund
board bureau authority authorities navy guard command senate house congress parliament
assembly legislature cabinet campaign coalition alliance federation league club society
school hospital clinic church agency brigades brigade front movement caucus tribune herald
gazette magazine channel television radio review project initiative institution
council secretariat commission mission embassy consulate regime junta federation directorate
reuters bloomberg cnn bbc npr business firm newspaper outlet station studio brand label retailer maker manufacturer carrier airline airlines utility lab laboratory prosecutor's
analytics daily weekly capital partners holdings labs media insights research consulting solutions
systems technologies ventures associates advisors strategies communications networks logistics
motors airways energy industries enterprises pharmaceuticals therapeutics securities investments
chronicle courier ledger dispatch observer monitor sentinel`);

/** Organisations and institutions compromise does not know (notes §8). */
export const KNOWN_ORGS = set(`hamas hezbollah hizbullah reuters pentagon kremlin nato fbi cia nsa un
u.n. eu e.u. unicef unrwa who idf ap afp bloomberg cnn bbc npr msnbc fox politifact gallup pew
google facebook twitter apple microsoft amazon meta tesla opec imf isis isil al-qaeda taliban
houthis gop dnc rnc irs sec fda cdc epa dhs doj ice tsa nasa usaid nbc abc cbs breitbart
congress senate parliament knesset state vatican`);

/** Multi-word organisations compromise lacks ("the White House"), matched on lower-case text. */
export const KNOWN_ORG_PHRASES = [
  'white house', 'united nations', 'state department', 'justice department', 'defense department',
  'pentagon', 'european union', 'human rights watch', 'doctors without borders', 'amnesty international',
  'red cross', 'red crescent', 'world health organization', 'supreme court', 'federal reserve',
  'associated press', 'new york times', 'washington post', 'wall street journal', 'trump organization',
  'homeland security', 'national security council', 'world bank', 'health ministry', 'foreign ministry',
];

/** Definite plural sources whose head is a nationality or party: "Republicans", "Israelis". */
export const GROUP_ADJECTIVES = set(`israeli palestinian american u.s. us western arab egyptian qatari
iranian russian ukrainian chinese european british french german syrian iraqi afghan turkish
lebanese saudi federal state local senior top high-ranking former current military intelligence
administration government security defense defence law-enforcement enforcement police
congressional republican democratic gop white house pentagon campaign company industry
diplomatic foreign domestic regional municipal city county health election elected party
hamas palestinian mediating`);

/** Anonymous sources' way of knowing. */
export const KNOWLEDGE_PHRASE =
  /\b(?:(?:who\s+(?:is|are|was|were)\s+)?(?:familiar|briefed|involved|knowledgeable|close|privy|with(?:\s+(?:direct|firsthand|first-hand|intimate|detailed))?\s+knowledge)\b[^,.;]*|who\s+(?:was|were|had\s+been)\s+(?:present|there|in\s+the\s+room)[^,.;]*|who\s+(?:saw|witnessed|attended|heard|read|reviewed)\b[^,.;]*)/i;

/** Words that end a noun phrase when walking left from a cue. */
export const NP_STOPWORDS = set(`that which who whom whose when where while because although though
if unless since after before as but and or nor so than then yet until whether how why what
to not n't no is was were are be been being am has have had do does did will would shall
should can could may might must there here this these those`);

/** Function words that begin a sentence after an abbreviation like "U.S." (a boundary). */
export const SENTENCE_STARTERS = set(`the a an but and he she it they we i in on at for this that these
those his her their its our my there when while if as after before since however mr mrs ms dr
some many most one two three all no not what who why how`);

/** Abbreviations after which a period does not end a sentence. */
export const ABBREVIATIONS = set(`mr mrs ms dr sen rep gov gen col lt sgt capt maj adm cmdr prof rev st
jr sr mt ft no nos vs v jan feb mar apr jun jul aug sep sept oct nov dec inc corp co ltd bros
dept est fig gen hon messrs mme mlle pres supt insp det atty approx assn ave blvd rd univ
calif colo conn fla ga ill ind kan ky la mass md mich minn miss mo mont neb nev okla ore pa
tenn tex va vt wash wis wyo ariz ark del ala`);

export const MALE_HONORIFICS = set('mr sir lord king prince father brother');
export const FEMALE_HONORIFICS = set('mrs ms miss lady dame queen princess sister madam');

/** Time words: a number followed by one of these is a duration or date, not a figure. */
export const TIME_UNITS = set(`second seconds minute minutes hour hours day days week weeks month months
year years decade decades century centuries night nights weekend weekends morning mornings
afternoon evening term terms season seasons quarter quarters semester semesters a.m. p.m. am pm
o'clock times-a-day yr yrs`);

export const MONTHS = set(`january february march april may june july august september october november
december jan feb mar apr jun jul aug sep sept oct nov dec`);

export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday');

/** Where a source phrase's post-modifiers begin: its head word is the last word before.
 *  "officials familiar with the talks", "a poll released Wednesday", "court papers filed
 *  Monday" (a participle starts a post-modifier, guide: documents with participles). */
export const POST_MODIFIER = /\s+(?:of|from|for|at|in|with|on|to|by|who|whom|whose|which|that|involved|briefed|familiar|close|knowledgeable|based|working|representing|speaking|released|published|issued|conducted|taken|obtained|provided|viewed|reviewed|filed|sent|posted|written|prepared|commissioned|cited|alleging|showing|saying)\s+|\s+(?:present|there|released|published|issued)(?:\s+\S+)?$|\s+(?:involved|nearby|here|abroad|interviewed|contacted|affected|alike)$/i;

/** A poll share opening a phrase: "74 percent", "about 46%", "more than 60 percent". */
export const POLL_SHARE = /^(?:(?:a|an|the|only|just|some|about|nearly|almost|roughly|full|mere|over|more than|fewer than)\s+)*[\d.,]+\s*(?:%|percent\b|per cent\b)/i;
