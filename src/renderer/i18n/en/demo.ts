// Demo mode's words in English: the ribbon, the inbox tray, the smartphone, the trainer's
// controls and the Settings switch.
import type { Catalogue } from '../catalogue.js';

export const demo: Catalogue['demo'] = {
  ribbon: 'DEMO',
  pageNotice: 'Demo mode: a demo tablet and a demo CSM server.',
  inbox: {
    title: 'Inbox (demo)',
    open: 'Inbox (demo)',
    unread_one: '{{count}} new message',
    unread_other: '{{count}} new messages',
    arrived_one: '{{count}} new message in the inbox (demo)',
    arrived_other: '{{count}} new messages in the inbox (demo)',
    close: 'Close',
    back: 'All messages',
    empty:
      'No message yet. The demo CSM server’s e-mails and text messages appear here as they are sent.',
    email: 'E-Mail',
    sms: 'Text message',
    kinds: {
      token: 'Token',
      ident: 'Ident-ID',
      mobile: 'SMS code',
      password: 'Password',
    },
    to: 'To: {{to}}',
    sentAt: 'Sent at {{time}}',
    chip: 'Enter the code {{code}}',
    wrongChip: 'Wrong Token',
    wrongChipLabel: 'Enter a wrong Token {{code}}',
    noField: 'This screen has no field for this code.',
  },
  phone: {
    title: 'Smartphone (demo)',
    open: 'Smartphone (demo)',
    close: 'Close the smartphone',
    none: 'No identification in progress',
    noneHint: 'Register a user and verify their Token: their identification opens here.',
  },
  controls: {
    title: 'Demo',
    pace: 'Pace',
    instant: 'Instant',
    realistic: 'Realistic',
    instantHint: 'E-mails, text messages and the IDnow review arrive at once.',
    realisticHint:
      'As in real life: e-mails arrive a few seconds later, the IDnow review takes 30 s.',
    scenario: 'Scenario',
    scenarios: {
      registration: 'New registration',
      identRefused: 'Identification refused',
      wrongTokens: 'Five wrong Tokens',
      offline: 'Tablet offline',
    },
    scenarioHints: {
      registration: 'A user registers, verifies their Token and identifies.',
      identRefused: 'IDnow refuses the identification: the user sees “identification refused”.',
      wrongTokens: 'The inbox also offers a wrong Token: five wrong tries block the Token.',
      offline: 'The CSM server stops: the tablet keeps everything and sends it when it is back.',
    },
    offlineBanner: 'CSM offline (demo)',
    bringBack: 'Bring CSM back',
    takeOffline: 'Stop CSM',
    reset: 'Reset the demo',
    resetQuestion:
      'Every user, E-Mail and text message of the demo will be erased: an empty tablet and an empty CSM server.',
    resetConfirm: 'Reset',
    resetDone: 'Demo reset in {{seconds}} s',
    resetting: 'Resetting…',
    leave: 'Leave demo mode',
    leaveQuestion: 'The demo’s data will be erased and the tablet gets its own users back.',
    leaveConfirm: 'Leave',
    leaving: 'Back to the tablet…',
    cancel: 'Cancel',
  },
  settings: {
    tile: 'Demo mode',
    offHint: 'For training: a demo tablet and a demo CSM server, no network needed.',
    onHint: 'On — pace, scenario, reset',
    forcedHint: 'On since start-up (npm run demo) — pace, scenario, reset',
    enterTitle: 'Switch to demo mode?',
    enterQuestion:
      'A demo tablet and a demo CSM server, both empty; your users stay untouched and come back when you leave demo mode.',
    enterConfirm: 'Demo mode',
    entering: 'Starting the demo…',
  },
};
