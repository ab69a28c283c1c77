// The core's in-process change signals: every listener hears its signal, in the order connected,
// a failing listener does not undo what the service did nor silence the others.
import { describe, expect, it } from 'vitest';
import { createCoreSignals } from '../../../../src/main/core/core-signals.js';

describe('core signals', () => {
  it('calls the listeners of a signal in the order connected, and only those', () => {
    const heard: string[] = [];
    const signals = createCoreSignals();
    signals.on('usersChanged', () => heard.push('list'));
    signals.on('usersChanged', () => heard.push('refresh'));
    signals.on('syncChanged', () => heard.push('status'));
    signals.usersChanged();
    expect(heard).toEqual(['list', 'refresh']);
  });

  it('stops calling a listener once disconnected', () => {
    let heard = 0;
    const signals = createCoreSignals();
    const off = signals.on('workQueued', () => heard++);
    signals.workQueued();
    off();
    signals.workQueued();
    expect(heard).toBe(1);
  });

  it('logs a listener that throws and still calls the next one', () => {
    const logs: string[] = [];
    const heard: string[] = [];
    const signals = createCoreSignals((line) => logs.push(line));
    signals.on('serverChanged', () => {
      throw new Error('disque plein');
    });
    signals.on('serverChanged', () => heard.push('sync'));
    expect(() => signals.serverChanged()).not.toThrow();
    expect(heard).toEqual(['sync']);
    expect(logs).toEqual(['signal serverChanged: Error: disque plein']);
  });

  it('raises nothing when nobody listens', () => {
    expect(() => createCoreSignals().csmUnreachable()).not.toThrow();
  });
});
