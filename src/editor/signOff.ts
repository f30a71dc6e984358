// The newsroom workflow's commands, as the language server's quick fixes carry them
// (a FlagArgs: which flag): approve, verify and ignore ask who and why in input
// boxes, then the server writes the record (sourcingLens.approve … with `by` and
// `note`, docs/lsp.md); revoke needs no question. LSP has no input box, so this is
// the part the client keeps.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type BaseLanguageClient } from 'vscode-languageclient';
import { FLAG, SIGN_OFF_COMMANDS, type FlagArgs, type FoundFlag, type SignOffResult } from '../server/protocol';
import type { Documents } from './documents';

type Asked = 'approve' | 'verify' | 'ignore';
const LAST_NAME = 'sourcingLens.lastSignOffName';

const QUESTIONS: Record<Asked, { who: string; why: string; placeholder: string }> = {
  approve: { who: 'Who approves this anonymous source?', why: 'Why was anonymity granted? (kept with the approval)', placeholder: 'e.g. They would lose their jobs for speaking.' },
  verify: { who: 'Who verified this figure?', why: 'What confirms it? A URL or a note', placeholder: 'e.g. https://example.org/report, p. 4' },
  ignore: { who: 'Who decides to ignore this finding?', why: 'Why is it ignored here? (optional)', placeholder: 'e.g. the sidebar explains it' },
};

export const SIGN_OFF_CLIENT_COMMANDS: string[] = Object.values(SIGN_OFF_COMMANDS);

export function registerSignOffCommands(client: () => BaseLanguageClient | undefined, documents: Documents, memento: vscode.Memento): vscode.Disposable[] {
  /** The server carries the command out; a refusal is shown, not thrown. */
  async function run(command: string, args: object): Promise<SignOffResult | undefined> {
    try {
      const running = client();
      if (!running) throw new Error('the language server has not started');
      return await running.sendRequest(ExecuteCommandRequest.type, { command, arguments: [args] }) as SignOffResult;
    } catch (error) {
      void vscode.window.showErrorMessage(`Sourcing Lens: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  async function signOff(kind: Asked, flag: FlagArgs): Promise<boolean> {
    const found = await documents.ask<FoundFlag>(FLAG, vscode.Uri.parse(flag.uri), flag);
    if (!found?.anchor) {
      void vscode.window.showWarningMessage('Sourcing Lens: that finding is no longer there (the text changed); try again on the new one.');
      return false;
    }
    const q = QUESTIONS[kind];
    const by = await vscode.window.showInputBox({
      title: `Sourcing Lens: ${kind} “${found.anchor.phrase}”`,
      prompt: q.who,
      value: memento.get<string>(LAST_NAME, ''),
      ignoreFocusOut: true,
      validateInput: (v) => (v.trim() ? null : 'A name is needed: the record says who signed it off.'),
    });
    if (by === undefined) return false; // cancelled: nothing written
    const note = await vscode.window.showInputBox({ title: `Sourcing Lens: “${found.anchor.phrase}”`, prompt: q.why, placeHolder: q.placeholder, ignoreFocusOut: true });
    if (note === undefined) return false;
    await memento.update(LAST_NAME, by.trim());
    return (await run(SIGN_OFF_COMMANDS[kind], { ...flag, by: by.trim(), note })) !== undefined;
  }

  async function revoke(flag: FlagArgs): Promise<boolean> {
    const result = await run(SIGN_OFF_COMMANDS.revoke, flag);
    return (result?.removed ?? 0) > 0;
  }

  return [
    vscode.commands.registerCommand(SIGN_OFF_COMMANDS.approve, (flag: FlagArgs) => signOff('approve', flag)),
    vscode.commands.registerCommand(SIGN_OFF_COMMANDS.verify, (flag: FlagArgs) => signOff('verify', flag)),
    vscode.commands.registerCommand(SIGN_OFF_COMMANDS.ignore, (flag: FlagArgs) => signOff('ignore', flag)),
    vscode.commands.registerCommand(SIGN_OFF_COMMANDS.revoke, revoke),
  ];
}
