// The --help text: what a newcomer needs to run the tool, with examples.
export const HELP = `sourcing-lens: who said what in a news text, which sources are anonymous,
and which figures nobody vouches for.

Usage
  sourcing-lens analyze PATH... [options]
  sourcing-lens report PATH... [--out FILE] [--format html|csv] [-j N]
                               [--max-size SIZE] [--timeout SECONDS]
  sourcing-lens lsp --stdio      the language server, for any editor (docs/lsp.md)
  sourcing-lens analyze --input jsonl FILE|- [--out FILE [--resume]] [options]
  sourcing-lens queue add|status|collect …  /  sourcing-lens worker …
                                 (archives across machines: docs/archive.md)

  PATH is a file or a folder. Folders are searched recursively for .txt, .md and
  .markdown files (hidden folders and node_modules are left out); Markdown files
  are read as Markdown. A file named on the command line is analysed whatever its
  extension.

Options
  -f, --format text|json|sarif|jsonl
                                 report format (default: text)
                                   text   readable report, paragraph by paragraph
                                   json   the analysis: one object for a single file,
                                          otherwise an array of objects
                                   sarif  SARIF 2.1.0, for GitHub code scanning
                                   jsonl  one line per story, {"id", …, "analysis"},
                                          written as each finishes, in input order
      --input files|jsonl        what PATH holds: text files and folders (default),
                                 or JSONL records {"id", "text", …} (- is stdin);
                                 jsonl implies --format jsonl, other fields are
                                 carried through to the output line
  -o, --out DIR                  also write DIR/<name>.json per file (seeds/a.txt ->
                                 DIR/a.json); stdout stays quiet unless --format is
                                 given too; with --format jsonl, FILE is the
                                 JSONL output
      --resume                   with --format jsonl --out FILE: pass over ids
                                 already in FILE (an unfinished last line is cut)
  -q, --quiet                    no progress line or summary on stderr (jsonl)
      --fail-on LIST             exit 1 if any of these is found (comma list):
                                   anonymous              anonymous-source, vague-anonymous-source
                                   unattributed-figure    unattributed-figure
                                   unexplained-anonymity  anonymity-unexplained
                                 or any finding code
      --ignore CODES             drop findings with these codes (comma list) from
                                 every output and from --fail-on
  -j, --jobs N                   files analysed in parallel (default: CPU count)
      --max-size SIZE            skip files larger than this (default: 5MB)
      --timeout SECONDS          skip a file whose analysis takes longer
                                 (default: 60)
      --config FILE              the project config for every story (default: the
                                 nearest .sourcinglens.json above each story)
      --exclude GLOB             leave matching files out of folder walks (repeatable;
                                 relative to the working folder)
      --color, --no-color        force colour on or off (default: on for a terminal
                                 unless NO_COLOR is set)
  -h, --help                     show this help
  -v, --version                  show the version

Report
  report draws a desk report: totals and shares, trends by month, desk (folder)
  and outlet, a sortable row per story and a section per story, as one
  self-contained HTML file that opens offline (--format csv: the table only).
  PATH is a folder or file of stories, or the results of analyze: a .json file
  (one object or an array) or a .jsonl/.ndjson file (one object per line, the
  analysis at the top or under "analysis"; optional "date", "desk", "outlet",
  "title", "words" or "text" fields). Dates come from a "date" field, front
  matter (date:) or the file name (nyt_2016-05-17_slug.txt). Without --out the
  report goes to stdout; --out FILE.csv implies --format csv.

Exit status
  0  done, nothing from --fail-on found
  1  a finding named in --fail-on (or the config's failOn) is open: not suppressed,
     not approved or verified in .sourcing-review.json
  2  usage error, some input could not be read, or a config or review file has a
     problem (each one is named on stderr)

Newsroom workflow (docs/workflow.md)
  .sourcinglens.json     severity per code, include/exclude, failOn, house vocabulary
  <!-- sourcing-lens-disable-next-line CODE -->   silences a flag in Markdown
  .sourcing-review.json  sign-off records beside the stories (approve, verify)

Examples
  sourcing-lens analyze story.md
  sourcing-lens analyze drafts/ --fail-on anonymous,unexplained-anonymity
  sourcing-lens analyze seeds --format json > seeds.json
  sourcing-lens analyze articles --out predictions
  sourcing-lens analyze articles --format sarif > sourcing.sarif
  sourcing-lens report newsroom/ --out report.html
  sourcing-lens report results.jsonl --format csv > stories.csv
`;
