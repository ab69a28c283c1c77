// Navigation between the kiosk's screens, as on the device: home → Réglages → Gestion des
// utilisateurs CSM → the registration form, which runs as a child machine.
import { setup } from 'xstate';
import { registrationFormMachine } from './registration-form-machine.js';

export type AppEvent =
  | { type: 'OPEN_SETTINGS' }
  | { type: 'OPEN_CSM_USERS' }
  | { type: 'REGISTER_USER' }
  | { type: 'BACK' }
  | { type: 'HOME' };

export const REGISTRATION_FORM_ID = 'registrationForm';

export const appMachine = setup({
  types: { events: {} as AppEvent },
  actors: { registrationForm: registrationFormMachine },
}).createMachine({
  id: 'app',
  initial: 'home',
  on: { HOME: '.home' },
  states: {
    home: { on: { OPEN_SETTINGS: 'settings' } },
    settings: { on: { OPEN_CSM_USERS: 'csmUsers', BACK: 'home' } },
    csmUsers: { on: { REGISTER_USER: 'register', BACK: 'settings' } },
    register: {
      // Saved or interrupted, the form hands back to the user list, as on the device.
      invoke: { id: REGISTRATION_FORM_ID, src: 'registrationForm', onDone: 'csmUsers' },
      on: { BACK: 'csmUsers' },
    },
  },
});
