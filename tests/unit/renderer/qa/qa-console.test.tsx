// The QA console as QA sees it: the overview's panels, the fault buttons' rules, the IDnow
// decisions, refreshing on the core's events, and the page that says the console needs --qa.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AppInfo, CommandName } from '../../../../src/contract/kiosk/commands.js';
import { CSM_OFFLINE_RULES } from '../../../../src/contract/csm/qa-api.js';
import { fail } from '../../../../src/contract/kiosk/errors.js';
import type { QaOverview } from '../../../../src/contract/kiosk/qa-console.js';
import { ApiContext } from '../../../../src/renderer/bridge/api-context.js';
import type { KioskApi } from '../../../../src/renderer/bridge/kiosk-api.js';
import { addQaConsoleWords } from '../../../../src/renderer/i18n/qa-console-words.js';
import { QaConsole } from '../../../../src/renderer/qa/qa-console.js';
import { fakeKioskApi, type Answers } from '../support/fake-kiosk-api.js';

beforeAll(() => addQaConsoleWords());
afterEach(() => vi.useRealTimers());

const info = (qa: boolean): AppInfo => ({
  version: '0.1.0',
  backendUrl: 'http://127.0.0.1:8787',
  backendIsLocal: true,
  host: 'emulation',
  demo: false,
  demoForced: false,
  qa,
  backendFixed: false,
  warnings: [],
});

const NOW = new Date('2026-12-02T10:00:00Z');

const overview = (patch: Partial<QaOverview> = {}): QaOverview => ({
  machines: [
    {
      actorId: 'x:1',
      machine: 'app',
      state: 'register',
      transitions: [{ at: '2026-12-02T09:59:58.000Z', event: 'REGISTER_USER', state: 'register' }],
      stopped: false,
    },
    {
      actorId: 'x:4',
      machine: 'registrationForm',
      state: 'saving',
      transitions: [
        { at: '2026-12-02T09:59:58.500Z', event: 'xstate.init', state: 'editing' },
        { at: '2026-12-02T09:59:59.000Z', event: 'SUBMIT', state: 'saving' },
      ],
      stopped: false,
    },
  ],
  outbox: [
    {
      seq: 7,
      userId: 'u1',
      userName: 'Marie Curie',
      kind: 'register',
      attempts: 3,
      blocked: false,
      nextAttemptAt: '2026-12-02T10:00:12.000Z',
      createdAt: '2026-12-02T09:59:59.000Z',
      lastError: { code: 'NETWORK' },
    },
  ],
  sync: { online: false, waiting: 1, lastError: { code: 'NETWORK' } },
  backendUrl: 'http://127.0.0.1:8787',
  backend: {
    messages: [
      {
        id: 'm1',
        channel: 'email',
        to: 'marie@example.org',
        subject: 'Votre Token',
        body: 'Token : 482913',
        sentAt: '2026-12-02T09:59:59.500Z',
        code: { code: '482913', kind: 'token' },
      },
    ],
    accounts: [
      {
        accountId: 'acc-1',
        supportRef: 'SR-1234',
        email: 'marie@example.org',
        status: 'IDENT_PENDING',
        createdAt: '2026-12-02T09:59:59.000Z',
      },
    ],
    idents: [
      {
        identId: 'ID-ABC-123',
        accountId: 'acc-1',
        email: 'marie@example.org',
        stage: 'submitted',
        photos: 3,
        result: null,
        reviewDueAt: null,
      },
    ],
    faults: [
      {
        route: '*',
        latencyMs: 0,
        errorRate: 0,
        timeoutRate: 0,
        holdMs: 15000,
        dropRate: 1,
        phase: 'before',
      },
    ],
    simulation: { messageDelayMs: 0, identReviewDelayMs: 0, identOutcome: 'SUCCESS' },
  },
  ...patch,
});

/** The fake api, recording every command's input; some commands can be made to refuse. */
function consoleApi(answers: Answers, refuse: Partial<Record<CommandName, 'FORBIDDEN'>> = {}) {
  const fake = fakeKioskApi(answers);
  const inputs: { command: CommandName; input: unknown }[] = [];
  const api: KioskApi = {
    on: fake.api.on,
    invoke: ((command: CommandName, input: unknown) => {
      inputs.push({ command, input });
      const code = refuse[command];
      return code ? Promise.resolve(fail(code)) : fake.api.invoke(command, input as never);
    }) as KioskApi['invoke'],
  };
  const view = render(
    <ApiContext.Provider value={api}>
      <QaConsole />
    </ApiContext.Provider>,
  );
  const sent = (command: CommandName) =>
    inputs.filter((entry) => entry.command === command).map((entry) => entry.input);
  return { ...fake, view, sent };
}

describe('QA console', () => {
  it('shows the machines, the outbox, sync and the backend of an overview', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    consoleApi({ 'app.info': info(true), 'qa.overview': overview() });

    const machines = await screen.findByRole('region', { name: 'Machines' });
    const form = within(machines).getByRole('listitem', { name: 'registrationForm' });
    expect(form.textContent).toContain('saving');
    // Newest first.
    const steps = within(form)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(steps[0]).toContain('SUBMIT');
    expect(steps[1]).toContain('xstate.init');

    const outbox = screen.getByRole('region', { name: 'Envois en attente' });
    const row = within(outbox).getAllByRole('row')[1];
    expect(row?.textContent).toContain('Marie Curie');
    expect(row?.textContent).toContain('register');
    expect(row?.textContent).toContain('3');
    expect(row?.textContent).toContain('NETWORK');
    expect(row?.textContent).toMatch(/dans 12\s?s/);

    const sync = screen.getByRole('region', { name: 'Synchronisation' });
    expect(within(sync).getByRole('status').textContent).toBe('CSM injoignable');
    expect(sync.textContent).toContain('En attente : 1');

    const backend = screen.getByRole('region', { name: 'Serveur CSM (API QA)' });
    expect(within(backend).getByText('482913').className).toContain('qa-chip');
    expect(backend.textContent).toContain('SR-1234');
    expect(backend.textContent).toContain('IDENT_PENDING');
    expect(screen.getByRole('region', { name: 'Pannes' }).textContent).toContain(
      'route * · phase before · drops 100 %',
    );
  });

  it('sends each fault button’s rules', async () => {
    const fake = consoleApi({
      'app.info': info(true),
      'qa.overview': overview(),
      'qa.setFaults': { rules: [] },
    });
    const faults = await screen.findByRole('region', { name: 'Pannes' });
    for (const label of [
      'Couper CSM',
      'Rétablir CSM',
      'Latence 2 s',
      '50 % d’erreurs',
      'Connexions coupées 30 %',
    ]) {
      fireEvent.click(within(faults).getByRole('button', { name: label }));
      await act(() => fake.settled());
    }
    expect(fake.sent('qa.setFaults')).toEqual([
      { rules: CSM_OFFLINE_RULES },
      { rules: [] },
      { rules: [{ route: '*', latencyMs: 2000 }] },
      { rules: [{ route: '*', errorRate: 0.5 }] },
      { rules: [{ route: '*', dropRate: 0.3 }] },
    ]);
  });

  it('decides an IDnow session with the result each button stands for', async () => {
    const fake = consoleApi({
      'app.info': info(true),
      'qa.overview': overview(),
      'qa.decideIdent': { status: 'ACTIVE' } as never,
    });
    const ident = await screen.findByRole('listitem', { name: 'ID-ABC-123' });
    for (const label of ['Valider', 'Refuser', 'Abandon']) {
      fireEvent.click(within(ident).getByRole('button', { name: label }));
      await act(() => fake.settled());
    }
    expect(fake.sent('qa.decideIdent')).toEqual([
      { identId: 'ID-ABC-123', result: 'SUCCESS' },
      { identId: 'ID-ABC-123', result: 'FRAUD_SUSPICION_CONFIRMED' },
      { identId: 'ID-ABC-123', result: 'ABORTED' },
    ]);
  });

  it('says when the CSM server has no QA API', async () => {
    consoleApi({ 'app.info': info(true), 'qa.overview': overview({ backend: null }) });
    expect(await screen.findByText('Le serveur CSM n’a pas d’API QA')).toBeTruthy();
    // Its fault rules are unknown, not "none".
    expect(screen.queryByText(/Aucune panne/)).toBeNull();
  });

  it('asks the core again every second and when the sync status changes', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const fake = consoleApi({ 'app.info': info(true), 'qa.overview': overview() });
    await act(() => fake.settled());
    await act(() => fake.settled());
    const asked = () => fake.sent('qa.overview').length;
    expect(asked()).toBe(1);
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(asked()).toBe(2);
    act(() => fake.emit('sync.status', { online: true, waiting: 0, lastError: null }));
    expect(asked()).toBe(3);
  });

  it('shows the machines qa.machines brings at once', async () => {
    const fake = consoleApi({ 'app.info': info(true), 'qa.overview': overview() });
    const machines = await screen.findByRole('region', { name: 'Machines' });
    act(() =>
      fake.emit('qa.machines', {
        machines: [
          { actorId: 'x:9', machine: 'token', state: 'entering', transitions: [], stopped: false },
        ],
      }),
    );
    expect(within(machines).getByRole('listitem', { name: 'token' })).toBeTruthy();
    expect(within(machines).queryByRole('listitem', { name: 'app' })).toBeNull();
  });

  it('says the console needs --qa when the host runs without it', async () => {
    const fake = consoleApi({ 'app.info': info(false), 'qa.overview': overview() });
    expect((await screen.findByRole('alert')).textContent).toContain('--qa');
    expect(fake.sent('qa.overview')).toEqual([]);
  });

  it('says the console needs --qa when the core answers FORBIDDEN', async () => {
    consoleApi({ 'app.info': info(true) }, { 'qa.overview': 'FORBIDDEN' });
    expect((await screen.findByRole('alert')).textContent).toContain('--qa');
  });
});
