// The server's custom requests as the client uses them (protocol.ts), behind a small interface so
// the preview, status and export code do not depend on the LanguageClient itself.
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  ParsedModelRequest,
  RenderRequest,
  StatsRequest,
  type ParsedModelParams,
  type ParsedModelResult,
  type RenderParams,
  type RenderResult,
  type StatsParams,
  type StatsResult,
} from '../../server/src/protocol';

export interface ResumeServer {
  /** Null when the document is not a résumé (e.g. some other YAML file). */
  render(params: RenderParams): Promise<RenderResult | null>;
  stats(params: StatsParams): Promise<StatsResult | null>;
  parsedModel(params: ParsedModelParams): Promise<ParsedModelResult>;
}

export function serverOf(client: LanguageClient): ResumeServer {
  return {
    render: (p) => client.sendRequest<RenderResult | null>(RenderRequest, p),
    stats: (p) => client.sendRequest<StatsResult | null>(StatsRequest, p),
    parsedModel: (p) => client.sendRequest<ParsedModelResult>(ParsedModelRequest, p),
  };
}
