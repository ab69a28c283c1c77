// @vitest-environment jsdom
// A refusal reads as its own French sentence, with the number it carries; a user's last error
// too, on the account screen (a lost sealed password once read "Erreur interne").
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { errorCodes, type AppError } from '../../../../src/contract/kiosk/errors.js';
import { accountMachine } from '../../../../src/machines/account-machine.js';
import { ApiContext } from '../../../../src/renderer/bridge/api-context.js';
import type { KioskApi } from '../../../../src/renderer/bridge/kiosk-api.js';
import { ErrorLine } from '../../../../src/renderer/components/error-line.js';
import { setupI18n } from '../../../../src/renderer/i18n/setup-i18n.js';
import { AccountScreen } from '../../../../src/renderer/screens/account/account-screen.js';
import { aUser } from '../../../support/sample-users.js';

const SECRET_LOST =
  'Le mot de passe en attente ne peut plus être lu sur cette tablette. ' +
  'Retirez cet utilisateur de la tablette puis enregistrez-le de nouveau.';
const INTERNAL = 'Erreur interne. Veuillez réessayer.';

const shown = (error: AppError) => {
  render(<ErrorLine error={error} />);
  return screen.getByRole('alert').textContent;
};

beforeAll(async () => {
  await setupI18n();
});
afterEach(cleanup);

describe('error line', () => {
  it('shows a lost sealed password as what to do, not as an internal error', () => {
    expect(shown({ code: 'SECRET_LOST' })).toBe(SECRET_LOST);
  });

  it('says how many tries are left after a wrong code', () => {
    expect(shown({ code: 'CODE_INVALID', details: { triesLeft: 3 } })).toBe(
      'Code incorrect : encore 3 essais.',
    );
    cleanup();
    expect(shown({ code: 'CODE_INVALID', details: { triesLeft: 1 } })).toBe(
      'Code incorrect : encore 1 essai.',
    );
  });

  it('says how long to wait when a new code is asked too soon', () => {
    expect(shown({ code: 'TOO_SOON', details: { retryAfterS: 20 } })).toContain('20 secondes');
  });

  it('words a refusal without its number by the bare sentence', () => {
    expect(shown({ code: 'CODE_INVALID' })).toBe(
      'Code incorrect. Vérifiez le code reçu et réessayez.',
    );
  });

  it.each(errorCodes.filter((code) => code !== 'INTERNAL'))(
    'has a French sentence of its own for %s',
    (code) => {
      const text = shown({ code, details: { triesLeft: 2, retryAfterS: 30 } });
      expect(text).not.toMatch(/^errors\.|\{\{/);
      expect(text).not.toBe(INTERNAL);
    },
  );
});

describe("a user's last error", () => {
  it('is shown on the account screen in its own words', () => {
    const api: KioskApi = {
      invoke: async () => ({ ok: false, error: { code: 'NETWORK' } }),
      on: () => () => {},
    };
    const user = aUser('SYNC_PENDING', { lastError: { code: 'SECRET_LOST' } });
    const account = createActor(accountMachine, { input: { user } }).start();
    render(
      <ApiContext.Provider value={api}>
        <AccountScreen user={user} account={account} onHome={() => {}} />
      </ApiContext.Provider>,
    );
    expect(screen.getByText(SECRET_LOST)).toBeTruthy();
    expect(screen.queryByText(INTERNAL)).toBeNull();
  });
});
