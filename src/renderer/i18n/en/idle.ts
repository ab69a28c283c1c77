// Words of the idle warning and of leaving a filled form with ⌂.
export const idle = {
  warningTitle: 'Are you still there?',
  warningText:
    'Unless you respond, what you have entered will be discarded and the tablet will return to the home screen.',
  secondsLeft_one: 'Back to the home screen in {{count}} second',
  secondsLeft_other: 'Back to the home screen in {{count}} seconds',
  continue: 'Continue',
  leaveQuestion: 'Discard what you entered?',
  leave: 'Discard',
  stay: 'Keep editing',
} as const;
