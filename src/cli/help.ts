// The --help text: what a newcomer needs to run the tool, with examples.
export const HELP = `sourcing-lens: who said what in a news text, which sources are anonymous,
and which figures nobody vouches for.

Usage
  sourcing-lens analyze PATH... [options]

  PATH is a file or a folder. Folders are searched recursively for .txt, .md and
  .markdown files (hidden folders and node_modules are left out); Markdown files
  are read as Markdown. A file named on the command line is analysed whatever its
  extension.

Options
  -f, --format text|json|sarif   report format (default: text)
                                   text   readable report, paragraph by paragraph
                                   json   the analysis: one object for a single file,
                                          otherwise an array of objects
                                   sarif  SARIF 2.1.0, for GitHub code scanning
  -o, --out DIR                  also write DIR/<name>.json per file (seeds/a.txt ->
                                 DIR/a.json); stdout stays quiet unless --format is
                                 given too
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
`;
