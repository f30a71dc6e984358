// Diagnostics written as JSON once, on the analysis thread. A 1 MB story publishes
// ~1,000 diagnostics (400 KB) on every edit; passed as objects they were copied to the
// message loop (structured clone) and serialized there again, some 4 ms of the loop's
// time per edit. As JSON text they cross the thread boundary as one string, and the
// stdio writer's encoder (stdio.ts) splices that text into the message as it is.
import type { Message } from 'vscode-languageserver';

/** Notification params already serialized. Written by any other writer, it is
 *  parsed back by toJSON(): the message is the same, only slower to build. */
export class Preserialized {
  constructor(readonly json: string) {}
  toJSON(): unknown {
    return JSON.parse(this.json);
  }
}

/** vscode-jsonrpc's JSON encoder, but params that are Preserialized go in verbatim. */
export const preserializingEncoder = {
  name: 'application/json',
  encode(msg: Message, options: { charset: BufferEncoding }): Promise<Uint8Array> {
    try {
      const params = (msg as { params?: unknown }).params;
      const text = params instanceof Preserialized && 'method' in msg
        ? `{"jsonrpc":${JSON.stringify(msg.jsonrpc)},"method":${JSON.stringify(msg.method)},"params":${params.json}}`
        : JSON.stringify(msg);
      return Promise.resolve(Buffer.from(text, options.charset));
    } catch (error) {
      return Promise.reject(error);
    }
  },
};
