// qa.*: the QA console's commands, only with --qa (FORBIDDEN otherwise).
// STUB — to be written (issue #13): every command answers FORBIDDEN for now.
import { fail } from '../../../contract/kiosk/errors.js';
import type { HandlerMap } from '../command-handlers.js';

export function qaHandlers(_qa: boolean) {
  const forbidden = () => fail('FORBIDDEN');
  return {
    'qa.trace': forbidden,
    'qa.overview': forbidden,
    'qa.setFaults': forbidden,
    'qa.decideIdent': forbidden,
  } satisfies HandlerMap;
}
