// Saves the app machine's progress (children included, secrets blanked) whenever it moves, so a
// tablet switched off mid-journey reopens at the same screen.
import { useEffect } from 'react';
import type { AnyActorRef } from 'xstate';
import { withoutSecrets } from '../../machines/persisted-progress.js';
import { useKioskApi } from '../bridge/api-context.js';
import { progressHeld } from './progress-hold.js';

export const PROGRESS_ID = 'app';
const SAVE_DELAY_MS = 250;

export function useProgressSaving(actor: AnyActorRef) {
  const api = useKioskApi();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = '';
    const save = () => {
      if (progressHeld()) return;
      const snapshot = withoutSecrets(actor.getPersistedSnapshot());
      const json = JSON.stringify(snapshot);
      if (json === last) return;
      last = json;
      void api.invoke('wizard.save', { machineId: PROGRESS_ID, snapshot });
    };
    // Typing fires many snapshots; one save once the technician pauses is enough.
    const subscription = actor.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      subscription.unsubscribe();
    };
  }, [actor, api]);
}
