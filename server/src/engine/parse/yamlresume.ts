// YAMLResume (`content:` at the top) -> Resume. It is JSON Resume under `content`, with
// location/profiles beside basics, `degree` instead of studyType, natural-language dates
// ("Sep 1, 2016") and summaries written as Markdown lists (read as bullets). `locale` and
// `layouts` only style the output and are ignored. An empty or missing endDate means "present"
// everywhere, education included, as YAMLResume documents and renders it.
import type { YAMLMap } from 'yaml';
import type { Resume } from '../model';
import { readJsonResume } from './jsonresume';
import { asMap, get, type ReadContext } from './yaml-read';

export function readYamlResume(ctx: ReadContext, root: YAMLMap | undefined): Resume {
  const content = asMap(ctx, get(ctx, root, 'content'));
  return readJsonResume(ctx, content, { format: 'yamlresume', ongoingEducation: true, contactBesideBasics: true });
}
