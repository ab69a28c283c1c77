// Demo mode as the screens see it: the trainer's pace and scenario, CSM taken offline by the
// "tablette hors ligne" scenario, and the mails and SMS the demo's CSM server sent (the inbox
// tray). The demo runs its own throwaway tablet data and its own reference backend; these
// commands exist only there (outside demo mode they answer WRONG_STATE, but demo.enter).
import { z } from 'zod/mini';
import { qaMessage } from '../csm/qa-api.js';
import { identId } from '../csm/idnow.js';

/** Instantané: mails at once, the IDnow review at once. Réaliste: mails a few seconds later,
 * the review 30 s, as in life. */
export const demoPaces = ['instant', 'realistic'] as const;
export type DemoPace = (typeof demoPaces)[number];

/** What the trainer shows: a new registration (default), an identification IDnow refuses, five
 * wrong Tokens (the tray offers wrong ones), the tablet offline (CSM stops, then comes back). */
export const demoScenarios = ['registration', 'identRefused', 'wrongTokens', 'offline'] as const;
export type DemoScenario = (typeof demoScenarios)[number];

/** A mail or SMS as the tray shows it: the wire's QA message, unchanged. */
export const demoMessage = qaMessage;
export type DemoMessage = z.infer<typeof demoMessage>;

export const demoState = z.object({
  pace: z.enum(demoPaces),
  scenario: z.enum(demoScenarios),
  /** CSM is offline because the trainer took it offline (scenario "tablette hors ligne"). */
  csmOffline: z.boolean(),
  /** Every mail and SMS the demo's CSM sent since the last reset, oldest first. */
  messages: z.array(demoMessage),
  /** The IDnow companion page of the demo's CSM (…/idnow/); the phone panel adds ?ident=. */
  companionUrl: z.string(),
  /** Started with --demo (npm run demo): Réglages cannot leave it, the process ends it. */
  forced: z.boolean(),
});
export type DemoState = z.infer<typeof demoState>;

export const demoPatch = z.strictObject(
  z.partial(
    z.object({
      pace: z.enum(demoPaces),
      scenario: z.enum(demoScenarios),
      csmOffline: z.boolean(),
    }),
  ).shape,
);
export type DemoPatch = z.infer<typeof demoPatch>;

const none = z.strictObject({});

export const demoCommands = {
  /** "Mode démonstration" in Réglages: a fresh throwaway tablet and CSM server; the page
   * reloads on the answer (app.modeChanged tells other windows). */
  'demo.enter': { input: none, output: z.object({ demo: z.literal(true) }) },
  /** Leaves demo mode: the throwaway data is deleted, the tablet's own data is back. */
  'demo.leave': { input: none, output: z.object({ demo: z.literal(false) }) },
  /** "Réinitialiser la démo": an empty tablet and an empty CSM server again (< 2 s); the pace
   * and scenario stay. */
  'demo.reset': { input: none, output: z.object({ tookMs: z.number().check(z.nonnegative()) }) },
  'demo.state': { input: none, output: demoState },
  'demo.set': { input: demoPatch, output: demoState },
  /** Electron opens the smartphone in a second window and answers true; the emulation answers
   * false and the renderer shows its in-page phone panel. */
  'demo.openPhone': {
    input: z.strictObject({ identId }),
    output: z.object({ opened: z.boolean() }),
  },
} as const;

export const demoEvents = {
  /** The demo's state changed: a message arrived, the pace, scenario or CSM's reachability. */
  'demo.changed': demoState,
  /** Demo mode was entered, left or reset: every window reloads against the core now in use. */
  'app.modeChanged': z.object({
    demo: z.boolean(),
    /** After a reset: how long it took, for the notice on the reloaded page (the event may
     * reload the page before demo.reset's answer is read). */
    resetTookMs: z.optional(z.number().check(z.nonnegative())),
  }),
} as const;
