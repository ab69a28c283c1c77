// Réglages' own choices: the language switches every word at once and is stored by the core
// (remembered across restarts); the idle time is stored too; a refused save changes nothing.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandName } from '../../../../../src/contract/kiosk/commands.js';
import { fail, ok } from '../../../../../src/contract/kiosk/errors.js';
import {
  DEFAULT_SETTINGS,
  type KioskSettings,
  type KioskSettingsPatch,
} from '../../../../../src/contract/kiosk/settings.js';
import type { KioskApi } from '../../../../../src/renderer/bridge/kiosk-api.js';
import { switchLanguage } from '../../../../../src/renderer/i18n/setup-i18n.js';
import { SettingsScreen } from '../../../../../src/renderer/screens/settings/settings-screen.js';
import { SettingsProvider } from '../../../../../src/renderer/settings/settings-context.js';
import { fakeKioskApi } from '../../support/fake-kiosk-api.js';

/** A core that stores what settings.set is given, or refuses it. */
function renderSettings({ refuse = false } = {}) {
  const fake = fakeKioskApi();
  const stored: KioskSettingsPatch[] = [];
  let settings: KioskSettings = DEFAULT_SETTINGS;
  const api: KioskApi = {
    ...fake.api,
    invoke: ((command: CommandName, input: unknown) => {
      if (command !== 'settings.set') return fake.api.invoke(command, input as never);
      if (refuse) return Promise.resolve(fail('INTERNAL'));
      stored.push(input as KioskSettingsPatch);
      settings = { ...settings, ...(input as Partial<KioskSettings>) };
      return Promise.resolve(ok(settings));
    }) as KioskApi['invoke'],
  };
  render(
    <fake.Provider>
      <SettingsProvider api={api} initial={DEFAULT_SETTINGS}>
        <SettingsScreen
          onOpenCsmUsers={() => {}}
          onOpenServer={() => {}}
          onBack={() => {}}
          onHome={() => {}}
        />
      </SettingsProvider>
    </fake.Provider>,
  );
  return { stored };
}

const radio = (name: string) => screen.getByRole<HTMLInputElement>('radio', { name });

afterEach(async () => {
  await switchLanguage('fr');
});

describe('Réglages: language', () => {
  it('names each language in itself, French chosen by default', () => {
    renderSettings();
    const group = screen.getByRole('group', { name: 'Langue' });
    expect(group).toBeTruthy();
    expect(radio('Français').checked).toBe(true);
    expect(radio('Deutsch').checked).toBe(false);
    expect(radio('English').checked).toBe(false);
    expect(screen.getByText('Deutsch').getAttribute('lang')).toBe('de');
  });

  it('switches every word to German at once and stores the choice', async () => {
    const { stored } = renderSettings();
    fireEvent.click(radio('Deutsch'));
    expect(await screen.findByRole('heading', { name: 'Einstellungen' })).toBeTruthy();
    expect(stored).toEqual([{ language: 'de' }]);
    expect(radio('Deutsch').checked).toBe(true);
    expect(screen.getByRole('button', { name: /Benutzerverwaltung CSM/ })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Sprache' })).toBeTruthy();
    // The languages keep their own names whatever the screens' language.
    expect(radio('Français')).toBeTruthy();
    expect(document.documentElement.lang).toBe('de');
  });

  it('goes to English and back to French', async () => {
    renderSettings();
    fireEvent.click(radio('English'));
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeTruthy();
    fireEvent.click(radio('Français'));
    expect(await screen.findByRole('heading', { name: 'Réglages' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
  });

  it('stays in French and says why when the core cannot store the choice', async () => {
    renderSettings({ refuse: true });
    fireEvent.click(radio('Deutsch'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Erreur interne. Veuillez réessayer.',
    );
    expect(screen.getByRole('heading', { name: 'Réglages' })).toBeTruthy();
    expect(radio('Français').checked).toBe(true);
  });
});

describe('Réglages: idle time', () => {
  it('offers 1, 2, 5 and 10 min, 2 by default, and stores the choice', async () => {
    const { stored } = renderSettings();
    const group = screen.getByRole('group', { name: 'Mise en veille après' });
    expect(
      [...group.querySelectorAll('input')].map((input) => input.labels?.[0]?.textContent),
    ).toEqual(['1 min', '2 min', '5 min', '10 min']);
    expect(radio('2 min').checked).toBe(true);
    fireEvent.click(radio('5 min'));
    await waitFor(() => expect(radio('5 min').checked).toBe(true));
    expect(stored).toEqual([{ idleMinutes: 5 }]);
  });
});
