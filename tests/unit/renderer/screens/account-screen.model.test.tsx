// Model-based, over the account screen's states: xstate/graph walks the account machine with the
// user's status as part of each state (every status CSM can move it to, at any moment), and each
// generated path is replayed on the real app machine with the screen rendered as the kiosk
// renders it. After every step the screen says what the app's one user record says (next step,
// the step's button, the progress), never an older status, and leaving it opens the screen that
// record calls for.
import { act, render, screen } from '@testing-library/react';
import { useSelector } from '@xstate/react';
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor, type ActorRefFrom, type EventObject } from 'xstate';
import type { CsmUser, UserStatus } from '../../../../src/contract/kiosk/user.js';
import { accountMachine } from '../../../../src/machines/account-machine.js';
import { appMachine } from '../../../../src/machines/app-machine.js';
import { account as words } from '../../../../src/renderer/i18n/fr/account.js';
import { AccountScreen } from '../../../../src/renderer/screens/account/account-screen.js';
import { ControlledActors, runModel } from '../../../support/model-based.js';
import { aUser } from '../../../support/sample-users.js';
import { fakeKioskApi } from '../support/fake-kiosk-api.js';

const STATUSES: UserStatus[] = [
  'SYNC_PENDING',
  'EMAIL_PENDING',
  'IDENT_PENDING',
  'IDENT_REVIEW',
  'IDENT_FAILED',
  'ACTIVE',
];
const done = (id: string, output: unknown) => ({ type: `xstate.done.actor.${id}`, output });
const failed = (id: string) => ({ type: `xstate.error.actor.${id}`, error: new Error('réseau') });

/** The tracker's current step for each status (none once validated). */
const CURRENT_STEP: Record<UserStatus, string | null> = {
  SYNC_PENDING: words.tracker.registered,
  EMAIL_PENDING: words.tracker.email,
  IDENT_PENDING: words.tracker.ident,
  IDENT_REVIEW: words.tracker.ident,
  IDENT_FAILED: words.tracker.ident,
  ACTIVE: null,
};
/** Where "the next step" leads for each status. */
const NEXT_SCREEN: Partial<Record<UserStatus, string>> = {
  EMAIL_PENDING: 'token',
  IDENT_PENDING: 'identification',
  IDENT_REVIEW: 'identification',
  IDENT_FAILED: 'identification',
  ACTIVE: 'identification',
};

const never = fromPromise(() => new Promise<never>(() => {}));

/** The app as app.tsx wires it: the account screen renders the app's user record. */
function Harness({ app }: { app: ActorRefFrom<typeof appMachine> }) {
  const user = useSelector(app, (s) => s.context.user);
  const account = useSelector(app, (s) => s.children.account);
  if (!user || !account) return <p>ailleurs</p>;
  return <AccountScreen user={user} account={account} onHome={() => {}} />;
}

/** The buttons' words (read from the DOM: role queries are too slow for hundreds of paths). */
const buttons = () => [...document.querySelectorAll('button')].map((b) => b.textContent ?? '');

function expectScreenFor(status: UserStatus) {
  expect(screen.getByTestId('next-step').textContent).toBe(words.nextStep[status]);
  const shownButtons = buttons();
  for (const s of STATUSES) {
    if (s === 'SYNC_PENDING') continue;
    const label = words.open[s];
    const shown = shownButtons.includes(label);
    // Two statuses share "Voir l’identification".
    expect(shown, `« ${label} » with ${status}`).toBe(label === words.open[status as typeof s]);
  }
  const current = document.querySelector('[aria-current="step"] .tracker-name');
  expect(current?.textContent ?? null).toBe(CURRENT_STEP[status]);
}

describe('account screen (model-based)', () => {
  it('always shows the app’s record, through every state and every status change', async () => {
    const first = aUser('EMAIL_PENDING', { hasPassword: true });
    const withStatus = (status: UserStatus): CsmUser => ({
      ...first,
      status,
      remoteId: status === 'SYNC_PENDING' ? null : first.remoteId,
    });
    const live = (c: ControlledActors) =>
      accountMachine.provide({
        actors: {
          refreshUser: c.actor('refreshUser') as never,
          removeUser: c.actor('removeUser') as never,
        },
      });
    const model = await runModel({
      machine: accountMachine,
      input: { user: first },
      events: [
        ...STATUSES.map((s) => ({ type: 'USER_UPDATED', user: withStatus(s) })),
        { type: 'REFRESH' },
        { type: 'OPEN_NEXT_STEP' },
        { type: 'EDIT_MOBILE' },
        { type: 'SET_PASSWORD' },
        { type: 'REMOVE' },
        { type: 'KEEP' },
        { type: 'CONFIRM_REMOVE' },
        { type: 'BACK' },
        done('refreshUser', withStatus('ACTIVE')),
        failed('refreshUser'),
        done('removeUser', []),
        failed('removeUser'),
      ],
      serialize: (s) => JSON.stringify([s.value, (s.context as { user: CsmUser }).user.status]),
      live,
    });
    // Every transition the graph lists is reached by the generated paths.
    expect([...model.listedTransitions].filter((t) => !model.reachedTransitions.has(t))).toEqual(
      [],
    );
    for (const s of ['viewing', 'refreshing', 'confirmingRemoval', 'removing', 'done']) {
      expect(model.reachedStates).toContain(JSON.stringify(s));
    }

    // A path that another one starts with is replayed within it.
    const keyOf = (steps: (typeof model.paths)[number]) =>
      steps.map((st) => `${JSON.stringify(st.event)}>${st.expected}|`).join('');
    const longestFirst = [...model.paths].sort((a, b) => b.length - a.length);
    const kept: string[] = [];
    const paths = longestFirst.filter((steps) => {
      const key = keyOf(steps);
      if (kept.some((k) => k.startsWith(key))) return false;
      kept.push(key);
      return true;
    });
    expect(paths.length).toBeGreaterThan(50);
    const fake = fakeKioskApi();
    for (const steps of paths) {
      const controlled = new ControlledActors();
      const app = createActor(
        appMachine.provide({
          actors: {
            account: live(controlled),
            token: never as never,
            identification: never as never,
            confirmationCode: never as never,
          },
        }),
      ).start();
      app.send({ type: 'OPEN_SETTINGS' });
      app.send({ type: 'OPEN_CSM_USERS' });
      app.send({ type: 'OPEN_USER', user: first });
      const view = render(<Harness app={app} />, { wrapper: fake.Provider });
      let status = first.status;
      expectScreenFor(status);
      for (const { event, expected } of steps) {
        const account = app.getSnapshot().children.account as
          ActorRefFrom<typeof accountMachine> | undefined;
        if (!account) throw new Error('the account screen closed before the path ended');
        const e = event as EventObject & { user?: CsmUser; output?: CsmUser };
        await act(async () => {
          if (e.type === 'USER_UPDATED' && e.user) {
            // CSM moved the user on: the core's users.changed reaches the app machine.
            status = e.user.status;
            app.send({ type: 'USERS_CHANGED', users: [e.user] });
          } else if (controlled.settle(e)) {
            // Actualiser's answer: the core then says its users changed, as it does.
            if (e.type === 'xstate.done.actor.refreshUser' && e.output) {
              status = e.output.status;
              app.send({ type: 'USERS_CHANGED', users: [e.output] });
            }
            await Promise.resolve();
          } else {
            // One of the sample events above, all of them the account machine's.
            account.send(e as Parameters<typeof account.send>[0]);
          }
        });
        const value = JSON.parse(expected) as string;
        if (value === 'done') {
          await waitFor(app, (s) => !s.matches('account'), { timeout: 1000 });
          const left = app.getSnapshot();
          // The next screen opens on the record, not on an older copy of it.
          expect(left.context.user?.status).toBe(status);
          const where = String(left.value);
          if (e.type === 'OPEN_NEXT_STEP') expect(where).toBe(NEXT_SCREEN[status]);
          if (e.type === 'EDIT_MOBILE' || e.type === 'SET_PASSWORD')
            expect(where).toBe('confirmationCode');
          if (e.type === 'BACK' || e.type === 'xstate.done.actor.removeUser')
            expect(where).toBe('csmUsers');
          break;
        }
        await waitFor(account, (s) => s.matches(value as never), { timeout: 1000 });
        expectScreenFor(status);
        if (value === 'refreshing') {
          const refreshing = [...document.querySelectorAll('button')].find(
            (b) => b.textContent === words.refreshing,
          );
          expect(refreshing?.disabled).toBe(true);
        }
        const asking = buttons().includes(words.confirmYes);
        expect(asking).toBe(value === 'confirmingRemoval' || value === 'removing');
      }
      view.unmount();
      app.stop();
    }
  }, 60_000);
});
