// The progress tracker dates every step it shows done: CSM's time where the user carries one,
// else when the tablet learned of the step.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProgressTracker } from '../../../../../src/renderer/screens/account/progress-tracker.js';
import { aUser } from '../../../../support/sample-users.js';

const hhmm = (iso: string) =>
  new Date(iso).toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' });
const today = (h: number, m: number) => {
  const d = new Date();
  d.setHours(h, m, 0, 0);
  return d.toISOString();
};

const steps = () => screen.getAllByRole('listitem').map((li) => li.textContent ?? '');

describe('progress tracker', () => {
  it('shows a time on every step of a validated user, CSM’s where it gave them', () => {
    const [created, verified, submitted, decided] = [
      today(8, 5),
      today(8, 20),
      today(9, 40),
      today(9, 42),
    ] as [string, string, string, string];
    render(
      <ProgressTracker
        user={aUser('ACTIVE', {
          createdAt: created,
          emailVerifiedAt: verified,
          identSubmittedAt: submitted,
          identDecidedAt: decided,
          statusSince: today(10, 0),
        })}
      />,
    );
    expect(steps()).toEqual([
      `Enregistré✔ ${hhmm(created)}`,
      `E-Mail validé✔ ${hhmm(verified)}`,
      `IDnow✔ ${hhmm(submitted)}`,
      `Validé✔ ${hhmm(decided)}`,
    ]);
  });

  it('falls back to when the tablet learned of the status', () => {
    const since = today(11, 15);
    render(
      <ProgressTracker
        user={aUser('IDENT_PENDING', { createdAt: today(8, 0), statusSince: since })}
      />,
    );
    expect(steps()[1]).toBe(`E-Mail validé✔ ${hhmm(since)}`);
    expect(steps()[2]).toBe(`IDnowen attente depuis ${hhmm(since)}`);
  });

  it('gives the day too for a step of another day', () => {
    render(
      <ProgressTracker user={aUser('EMAIL_PENDING', { createdAt: '2026-01-05T08:00:00.000Z' })} />,
    );
    expect(steps()[0]).toMatch(/^Enregistré✔ 05\/01 \d\d:\d\d$/);
  });
});
