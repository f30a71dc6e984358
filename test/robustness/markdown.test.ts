// proseMask: same length, same line breaks, prose kept at its own offsets,
// everything else blank. Each case reads as "input → which words survive".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { proseMask } from '../../src/core/markdown';
import { analyze } from '../../src/core/index';

/** The invariants every mask must satisfy, then the mask itself. */
function mask(text: string): string {
  const m = proseMask(text);
  assert.equal(m.length, text.length, 'length');
  for (let i = 0; i < text.length; i++) {
    const t = text[i];
    const c = m[i];
    if (t === '\n' || t === '\r') assert.equal(c, t, `line break kept at ${i}`);
    else assert.ok(c === t || c === ' ', `char ${i} is either kept or blanked`);
  }
  return m;
}

/** Words left in the mask, in order. */
function words(text: string): string[] {
  return mask(text).split(/\s+/).filter(Boolean);
}

/** Assert that `needle` survives in the mask at the same offset as in the text. */
function kept(text: string, needle: string, from = 0): void {
  const at = text.indexOf(needle, from);
  assert.ok(at >= 0, `fixture contains ${needle}`);
  assert.equal(mask(text).slice(at, at + needle.length), needle, `${needle} kept at ${at}`);
}

test('empty and blank inputs', () => {
  assert.equal(proseMask(''), '');
  assert.equal(mask('   '), '   ');
  assert.equal(mask('\n\r\n\r'), '\n\r\n\r');
});

test('plain prose paragraph is unchanged', () => {
  const t = 'The minister said 300 people died.\nA second line.\n\nAnother paragraph.';
  assert.equal(mask(t), t);
});

test('YAML front matter is blanked, prose after it keeps offsets', () => {
  const t = '---\ntitle: "Officials said 40 died"\ndate: 2024-01-01\n---\n\nThe mayor said 12 schools closed.\n';
  assert.deepEqual(words(t), ['The', 'mayor', 'said', '12', 'schools', 'closed.']);
  kept(t, 'The mayor said 12 schools closed.');
});

test('YAML front matter closed by "..." and TOML front matter', () => {
  assert.deepEqual(words('---\na: 1\n...\nProse here.'), ['Prose', 'here.']);
  assert.deepEqual(words('+++\ntitle = "x"\n+++\nProse here.'), ['Prose', 'here.']);
});

test('a lone --- without a closing line is not front matter', () => {
  // "---" then text: a thematic break, then a paragraph.
  assert.deepEqual(words('---\nProse here.'), ['Prose', 'here.']);
});

test('a --- … --- pair around prose is two thematic breaks, not front matter', () => {
  assert.deepEqual(words('---\nIntro paragraph said 3.\n\n---\nMore.'), ['Intro', 'paragraph', 'said', '3.', 'More.']);
});

test('YAML front matter with lists, comments, block scalars and blank lines', () => {
  const t = '---\n# comment\ntitle: A\ntags:\n  - one\n- two\nsummary: >\n  officials said 300\n\nempty:\n---\nBody.';
  assert.deepEqual(words(t), ['Body.']);
});

test('TOML front matter with tables', () => {
  assert.deepEqual(words('+++\ntitle = "x"\n[params]\n  n = 3\n+++\nBody.'), ['Body.']);
});

test('front matter after a BOM', () => {
  assert.deepEqual(words('\uFEFF---\na: 1\n---\nProse.'), ['Prose.']);
});

test('fenced code, including an unclosed fence, is blank', () => {
  assert.deepEqual(words('Before.\n\n```js\nsaid("x", 300)\n```\n\nAfter.'), ['Before.', 'After.']);
  assert.deepEqual(words('~~~\ncode said 3\n~~~\nAfter.'), ['After.']);
  assert.deepEqual(words('Before.\n\n```\nnever closed, officials said 5'), ['Before.']);
});

test('indented code block is blank', () => {
  assert.deepEqual(words('Para.\n\n    officials said 5\n    more code\n\nEnd.'), ['Para.', 'End.']);
});

test('inline code is blank, surrounding prose kept', () => {
  const t = 'Run `npm said 300` now, he said.';
  assert.equal(mask(t), 'Run                now, he said.');
  assert.equal(mask('Double ``a ` b`` tick.'), 'Double ' + ' '.repeat('``a ` b``'.length) + ' tick.');
});

test('HTML blocks and inline HTML are blank', () => {
  assert.deepEqual(words('<div class="x">\nhidden 300\n</div>\n\nShown.'), ['Shown.']);
  const t = 'The <span class="a">mayor</span> said<br/> so.';
  assert.deepEqual(words(t), ['The', 'mayor', 'said', 'so.']);
  kept(t, 'mayor');
  assert.deepEqual(words('<!-- a comment with 300 -->\n\nText.'), ['Text.']);
});

test('links keep their text, lose destination and title', () => {
  const t = 'According to [the ministry](https://example.org/a_b "Ministry page"), 30 died.';
  assert.deepEqual(words(t), ['According', 'to', 'the', 'ministry', ',', '30', 'died.']);
  kept(t, 'the ministry');
  kept(t, ', 30 died.');
  // destinations with parentheses and angle brackets
  assert.deepEqual(words('See [a](<x y.html>) and [b](u(1)2).'), ['See', 'a', 'and', 'b', '.']);
});

test('reference links and definitions', () => {
  const t = 'The [report][r1] and [the study] say so.\n\n[r1]: http://example.org "T"\n[the study]: http://x.org\n';
  assert.deepEqual(words(t), ['The', 'report', 'and', 'the', 'study', 'say', 'so.']);
  // an unknown reference stays literal text
  assert.deepEqual(words('A [missing] ref.'), ['A', '[missing]', 'ref.']);
});

test('images (alt text included) and autolinks are blank', () => {
  assert.deepEqual(words('Look ![a chart of 300 deaths](c.png "t") here <https://x.org/300>.'), ['Look', 'here', '.']);
});

test('image inside a link keeps nothing of the image', () => {
  assert.deepEqual(words('[![alt](i.png)](http://x) end'), ['end']);
});

test('heading markers blank, heading text kept (ATX and setext)', () => {
  const t = '## Officials say 300 died ##\n\nSetext title\n============\n\nBody.';
  assert.deepEqual(words(t), ['Officials', 'say', '300', 'died', 'Setext', 'title', 'Body.']);
  kept(t, 'Officials say 300 died');
  kept(t, 'Setext title');
});

test('blockquote markers and ordered list numbers blank, unordered bullets kept, text kept', () => {
  const t = '> She said 5 were hurt.\n> > Nested quote.\n\n- One item\n* Two item\n1. Three item\n10) Four item\n';
  assert.deepEqual(words(t), ['She', 'said', '5', 'were', 'hurt.', 'Nested', 'quote.', '-', 'One', 'item', '*', 'Two', 'item', 'Three', 'item', 'Four', 'item']);
  kept(t, '- One item');
  kept(t, '* Two item');
  kept(t, 'She said 5 were hurt.');
  kept(t, 'Four item');
});

test('bullets: nested, in blockquotes, with tabs; only the innermost bullet before the text stays', () => {
  assert.equal(mask('- - inner\n> + quoted item\n-\tTabbed'), '  - inner\n  + quoted item\n- Tabbed');
  // an item that starts with a code block or is empty keeps nothing
  assert.equal(mask('-     code in item\n-\n'), '                  \n \n');
  // emphasis right after a bullet: the bullet stays, the emphasis marker goes
  assert.equal(mask('* *x* y'), '*  x  y');
});

test('lazy continuation lines in a blockquote', () => {
  const t = '> First line\nlazy second line';
  assert.equal(mask(t), '  First line\nlazy second line');
});

test('emphasis and strikethrough markers blank when they are emphasis', () => {
  assert.equal(mask('A *big* and **bold** and ~~gone~~ word.'), 'A  big  and   bold   and   gone   word.');
  assert.equal(mask('__x__ _y_'), '  x    y ');
  // not emphasis: intraword underscores, lone stars, single tilde
  assert.equal(mask('snake_case_name 2 * 3 = 6 ~x~'), 'snake_case_name 2 * 3 = 6 ~x~');
});

test('tables are blanked whole; a caption paragraph stays', () => {
  const t = 'Source: health ministry.\n\n| Town | Deaths |\n|------|-------:|\n| Rafah | 300 |\n| Gaza | 1,200 |\n\nAfter.';
  assert.deepEqual(words(t), ['Source:', 'health', 'ministry.', 'After.']);
});

test('thematic breaks are blank', () => {
  assert.deepEqual(words('One.\n\n***\n\nTwo.\n\n- - -\n\nThree.'), ['One.', 'Two.', 'Three.']);
});

test('CRLF and lone CR line endings keep offsets', () => {
  const t = '# Title\r\n\r\nThe mayor said `x` 5.\r\n> quoted\r\rLast *one*.';
  assert.equal(mask(t), '  Title\r\n\r\nThe mayor said     5.\r\n  quoted\r\rLast  one .');
});

test('NBSP, emoji, surrogate pairs, combining marks and RTL survive at their offsets', () => {
  const t = 'Caf\u0065\u0301 owner\u00A0Ana 😀 said **שלום** and [مرحبا](http://x) 👩‍👩‍👧 ok.';
  const m = mask(t);
  kept(t, 'Caf\u0065\u0301 owner\u00A0Ana 😀 said ');
  kept(t, 'שלום');
  kept(t, 'مرحبا');
  kept(t, '👩‍👩‍👧 ok.');
  assert.ok(!m.includes('http'));
});

test('trailing NBSP at the end of a paragraph is kept (markdown-it trims ASCII only)', () => {
  const t = 'Text\u00A0\n\nMore.';
  assert.equal(mask(t), t);
});

test('NUL characters do not shift offsets', () => {
  const t = 'A\0b *c* said.\n\nNext\0.';
  assert.equal(mask(t), 'A\0b  c  said.\n\nNext\0.');
});

test('tabs inside list items and paragraphs', () => {
  const t = '-\tTabbed item said 3.\n  \tcontinued\n\nPara\twith tab.';
  kept(t, 'Tabbed item said 3.');
  kept(t, 'Para\twith tab.');
});

test('escapes and entities are left as written', () => {
  assert.equal(mask('1986\\. A &amp; B'), '1986\\. A &amp; B');
});

test('hard line breaks', () => {
  assert.equal(mask('one  \ntwo\\\nthree'), 'one  \ntwo\\\nthree');
});

test('malformed Markdown never throws and keeps the invariants', () => {
  const cases = [
    '[unbalanced ( bracket ](x <a href="',
    '<div><span><p>soup</div></span>\n\n</p>text',
    '```\n```\n```',
    '*'.repeat(1000),
    '['.repeat(500) + ']'.repeat(499),
    '>'.repeat(300) + ' deep',
    '- '.repeat(200) + 'deep list',
    '`'.repeat(99) + 'x' + '`'.repeat(98),
    '<'.repeat(200) + 'a' + '>'.repeat(200),
    '| a |\n|--|\n' + '| x |\n'.repeat(50),
    '---\n---\n---',
    '+++',
    '\uD800 lone high, lone low \uDC00 [x](\uD800)',
    '![](',
    '[a]: <',
    '#'.repeat(10) + ' not a heading',
  ];
  for (const c of cases) mask(c);
});

test('random Markdown-ish strings keep the invariants', () => {
  // Small deterministic PRNG (mulberry32).
  let s = 12345;
  const rnd = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const alphabet = ['#', '>', '-', '*', '_', '~', '`', '[', ']', '(', ')', '<', '>', '!', '|', ':', '"', ' ', ' ', '\t', '\n', '\n', '\r\n', '\r', 'a', 'b', 'said', '3', '\u00A0', '😀', '\u0301', 'א', '&amp;', '\\', '    ', '---', '```', 'http://x'];
  for (let i = 0; i < 2000; i++) {
    const len = 1 + Math.floor(rnd() * 60);
    let t = '';
    for (let j = 0; j < len; j++) t += alphabet[Math.floor(rnd() * alphabet.length)];
    mask(t);
  }
});

test('large document is linear enough', () => {
  const para = 'The ministry said **300** people died, according to [officials](http://x.org). `code` <b>x</b>\n\n';
  const t = ('# Heading\n\n' + para.repeat(20) + '```\ncode\n```\n\n').repeat(200); // ~0.5 MB
  const t0 = Date.now();
  const m = proseMask(t);
  const ms = Date.now() - t0;
  assert.equal(m.length, t.length);
  assert.ok(ms < 5000, `took ${ms} ms`);
});

// What the analysis shows of a Markdown span is the prose a reader sees; its
// offsets still point into the file, markup included.
test('a link bracket does not leak into a source; its offsets still cover the file', () => {
  const t = 'A [police spokesman](https://example.org/police) said 40 people were hurt.\n';
  const a = analyze(t, { format: 'markdown' });
  const source = a.attributions.find((x) => x.cue.text === 'said');
  assert.ok(source, 'the attribution is found');
  assert.equal(source.text, 'A police spokesman');
  assert.equal(t.slice(source.start, source.end), 'A [police spokesman', 'start/end are offsets into the file');
  const finding = a.findings.find((f) => f.attribution === source.id);
  assert.ok(finding === undefined || !finding.message.includes('['), 'messages quote the prose too');
});

test('emphasis and code inside a span are left out of its text, with no double space', () => {
  const t = 'Three **senior** officials said about `x` 300 people died, the *[ministry](http://m.org)* said.\n';
  const a = analyze(t, { format: 'markdown' });
  const officials = a.attributions.find((x) => /officials/.test(x.text));
  assert.ok(officials, `found: ${a.attributions.map((x) => x.text).join(' | ')}`);
  assert.equal(officials.text, 'Three senior officials');
  assert.match(t.slice(officials.start, officials.end), /\*\*senior\*\*/);
  const figure = a.figures.find((f) => /300/.test(f.text));
  assert.ok(figure);
  assert.ok(!/[`*[\]]/.test(figure.text), figure.text);
  for (const x of [...a.attributions, ...a.figures]) assert.ok(!/\s\s/.test(x.text), `no double space in ${JSON.stringify(x.text)}`);
});
