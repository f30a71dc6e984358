// The workflow's own file names, without the file system: the message loop uses this
// on Node and in a web worker alike.

/** Is this one of the workflow's own files (read, never analysed as a story)? */
export function isProjectFile(uri: string): boolean {
  return /(?:^|[/\\])(?:\.sourcinglens\.json|\.sourcing-review\.json)$/.test(uri);
}
