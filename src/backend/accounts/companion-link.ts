// The link to the IDnow simulator's smartphone page for one Ident-ID, as the e-mail gives it.
import { IDNOW_COMPANION_PATH } from '../../contract/csm/idnow.js';
import type { BackendContext } from '../backend-context.js';

export function companionLink(context: Pick<BackendContext, 'publicUrl'>, identId: string): string {
  return `${context.publicUrl()}${IDNOW_COMPANION_PATH}?ident=${encodeURIComponent(identId)}`;
}
