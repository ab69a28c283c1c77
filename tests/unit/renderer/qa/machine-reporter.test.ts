// The kiosk page's machine reporter: states flattened, the last 20 transitions, at most one
// qa.trace per 250 ms (the last picture always sent), and never an event's payload.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { assign, createActor, setup } from 'xstate';
import type { CommandInput, CommandName } from '../../../../src/contract/kiosk/commands.js';
import { ok } from '../../../../src/contract/kiosk/errors.js';
import type { KioskApi } from '../../../../src/renderer/bridge/kiosk-api.js';
import { flattenState } from '../../../../src/renderer/qa-trace/flatten-state.js';
import { startMachineReporter } from '../../../../src/renderer/qa-trace/machine-reporter.js';
import { MachineTraces } from '../../../../src/renderer/qa-trace/machine-traces.js';

const SECRET = 'Geheim-Pa55word!';

const formMachine = setup({
  types: {
    context: {} as { password: string },
    events: {} as { type: 'CHANGE'; value: string } | { type: 'SUBMIT' },
  },
}).createMachine({
  id: 'registrationForm',
  context: { password: '' },
  initial: 'form',
  states: {
    form: {
      initial: 'editing',
      states: {
        editing: {
          on: {
            CHANGE: { actions: assign({ password: ({ event }) => event.value }) },
            SUBMIT: 'submitting',
          },
        },
        submitting: {},
      },
    },
  },
});

const appMachine = setup({
  actors: { registrationForm: formMachine },
}).createMachine({
  id: 'app',
  initial: 'home',
  states: {
    home: { on: { REGISTER: 'register' } },
    register: {
      invoke: { id: 'registrationForm', src: 'registrationForm' },
      on: { HOME: 'home' },
    },
  },
});

describe('flattenState', () => {
  it('writes nested states with dots and parallel regions side by side', () => {
    expect(flattenState('editing')).toBe('editing');
    expect(flattenState({ form: 'submitting' })).toBe('form.submitting');
    expect(flattenState({ a: { b: 'c' }, d: 'e' })).toBe('a.b.c, d.e');
  });
});

describe('MachineTraces', () => {
  function traced() {
    const traces = new MachineTraces(() => new Date('2026-12-02T10:00:00Z'));
    const actor = createActor(appMachine, { inspect: (event) => traces.observe(event) });
    actor.start();
    return { traces, actor };
  }
  const childOf = (actor: ReturnType<typeof traced>['actor']) =>
    actor.getSnapshot().children.registrationForm;

  it('follows the app machine and the screen machine it starts, state flattened', () => {
    const { traces, actor } = traced();
    actor.send({ type: 'REGISTER' });
    childOf(actor)?.send({ type: 'SUBMIT' });

    const picture = traces.picture();
    expect(picture.map((t) => [t.machine, t.state, t.stopped])).toEqual([
      ['app', 'register', false],
      ['registrationForm', 'form.submitting', false],
    ]);
    expect(picture[1]?.transitions.map((t) => t.event)).toEqual(['xstate.init', 'SUBMIT']);
  });

  it('keeps the last 20 transitions, oldest first', () => {
    const { traces, actor } = traced();
    actor.send({ type: 'REGISTER' });
    for (let i = 0; i < 30; i++) childOf(actor)?.send({ type: 'CHANGE', value: `v${i}` });
    childOf(actor)?.send({ type: 'SUBMIT' });

    const form = traces.picture().find((t) => t.machine === 'registrationForm');
    expect(form?.transitions).toHaveLength(20);
    expect(form?.transitions.at(-1)).toEqual({
      at: '2026-12-02T10:00:00.000Z',
      event: 'SUBMIT',
      state: 'form.submitting',
    });
    expect(form?.transitions[0]?.event).toBe('CHANGE');
  });

  it('never keeps an event payload nor a context', () => {
    const { traces, actor } = traced();
    actor.send({ type: 'REGISTER' });
    childOf(actor)?.send({ type: 'CHANGE', value: SECRET });
    expect(JSON.stringify(traces.picture())).not.toContain(SECRET);
  });

  it('marks a screen machine stopped once its screen is left', () => {
    const { traces, actor } = traced();
    actor.send({ type: 'REGISTER' });
    actor.send({ type: 'HOME' });
    expect(traces.picture().map((t) => [t.machine, t.stopped])).toEqual([
      ['app', false],
      ['registrationForm', true],
    ]);
  });

  it('starts from the actors already running when it is attached', () => {
    const actor = createActor(appMachine).start();
    actor.send({ type: 'REGISTER' });
    const traces = new MachineTraces();
    traces.seed(actor);
    expect(traces.picture().map((t) => [t.machine, t.state])).toEqual([
      ['app', 'register'],
      ['registrationForm', 'form.editing'],
    ]);
  });

  it('sends no more than 32 actors, dropping stopped ones first', () => {
    const { traces, actor } = traced();
    for (let i = 0; i < 40; i++) {
      actor.send({ type: 'REGISTER' });
      actor.send({ type: 'HOME' });
    }
    actor.send({ type: 'REGISTER' });
    const picture = traces.picture();
    expect(picture).toHaveLength(32);
    expect(picture[0]?.machine).toBe('app');
    expect(picture.at(-1)?.stopped).toBe(false);
  });

  it('forgets the stopped actors it would no longer send (a kiosk page runs for weeks)', () => {
    const { traces, actor } = traced();
    for (let i = 0; i < 200; i++) {
      actor.send({ type: 'REGISTER' });
      for (let j = 0; j < 20; j++) childOf(actor)?.send({ type: 'CHANGE', value: `v${j}` });
      actor.send({ type: 'HOME' });
    }
    expect(traces.kept).toBe(32);
    actor.send({ type: 'REGISTER' });
    expect(traces.kept).toBe(32);
    const picture = traces.picture();
    expect(picture[0]?.machine).toBe('app');
    expect(picture.filter((t) => !t.stopped).map((t) => t.machine)).toEqual([
      'app',
      'registrationForm',
    ]);
  });
});

describe('startMachineReporter', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: [
        'setTimeout',
        'clearTimeout',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'Date',
      ],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function recordingApi() {
    const sent: CommandInput<'qa.trace'>[] = [];
    const api = {
      invoke(command: CommandName, input: unknown) {
        if (command === 'qa.trace') sent.push(input as CommandInput<'qa.trace'>);
        return Promise.resolve(ok({}));
      },
      on: () => () => undefined,
    } as unknown as KioskApi;
    return { api, sent };
  }

  it('sends the whole picture at most every 250 ms, the last one always', async () => {
    const { api, sent } = recordingApi();
    const actor = createActor(appMachine).start();
    const stop = startMachineReporter(actor, api);
    await vi.advanceTimersByTimeAsync(20);
    expect(sent).toHaveLength(1); // what runs when it is attached

    actor.send({ type: 'REGISTER' });
    for (let i = 0; i < 10; i++)
      actor.getSnapshot().children.registrationForm?.send({ type: 'CHANGE', value: SECRET });
    actor.getSnapshot().children.registrationForm?.send({ type: 'SUBMIT' });
    await vi.advanceTimersByTimeAsync(100);
    expect(sent).toHaveLength(1); // folded until 250 ms after the first

    await vi.advanceTimersByTimeAsync(200);
    expect(sent).toHaveLength(2);
    const form = sent[1]?.machines.find((m) => m.machine === 'registrationForm');
    expect(form?.state).toBe('form.submitting');
    expect(JSON.stringify(sent)).not.toContain(SECRET);

    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(2); // nothing new, nothing sent
    stop();
  });

  it('stops following once stopped', async () => {
    const { api, sent } = recordingApi();
    const actor = createActor(appMachine).start();
    startMachineReporter(actor, api)();
    actor.send({ type: 'REGISTER' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(0);
  });
});
