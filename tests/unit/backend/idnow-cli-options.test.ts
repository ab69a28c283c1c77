import { describe, expect, it } from 'vitest';
import { parseCliOptions, USAGE } from '../../../src/backend/cli-options.js';

describe('backend command line: the IDnow simulator', () => {
  it('leaves the review delay and outcome to the backend unless given', () => {
    const parsed = parseCliOptions([]);
    expect(parsed.ok && parsed.value.identReviewDelayMs).toBeUndefined();
    expect(parsed.ok && parsed.value.identOutcome).toBeUndefined();
  });

  it('reads --ident-review-delay-ms and --ident-outcome', () => {
    expect(
      parseCliOptions(['--qa', '--ident-review-delay-ms', '0', '--ident-outcome', 'ABORTED']),
    ).toMatchObject({
      ok: true,
      value: { qa: true, identReviewDelayMs: 0, identOutcome: 'ABORTED' },
    });
  });

  it.each([
    [['--ident-review-delay-ms=-1'], /^--ident-review-delay-ms attend un nombre/],
    [['--ident-review-delay-ms', '2.5'], /^--ident-review-delay-ms attend un nombre/],
    [['--ident-review-delay-ms', '90000000'], /^--ident-review-delay-ms attend un nombre/],
    [['--ident-outcome', 'success'], /^--ident-outcome attend l’un de SUCCESS, /],
  ])('refuses %j in French', (args, message) => {
    const parsed = parseCliOptions(args);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.message).toMatch(message);
  });

  it('lists both options and every IDnow result in --help', () => {
    expect(USAGE).toContain('--ident-review-delay-ms <ms>');
    expect(USAGE).toContain('--ident-outcome <résultat>');
    expect(USAGE).toContain(
      'SUCCESS, FRAUD_SUSPICION_CONFIRMED, CANCELED, ABORTED, REVIEW_PENDING',
    );
  });
});
