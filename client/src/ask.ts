/** Asks the server a request of the shared protocol (server/src/protocol.ts), its parameters and answer typed from it. */
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Request } from '../../server/src/protocol';

export function ask<Params, Result>(client: LanguageClient, request: Request<Params, Result>, params: Params): Promise<Result> {
  return client.sendRequest(request.method, params) as Promise<Result>;
}
