// The keyboard as a form sees it: it opens on a field's focus with that field's keys, its keys
// reach React's controlled inputs (onChange sees every key), Suivant goes to the next field, and
// it closes once the focus leaves the fields.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src/contract/kiosk/settings.js';
import { KeyboardHost } from '../../../../src/renderer/keyboard/keyboard-host.js';
import { SettingsProvider } from '../../../../src/renderer/settings/settings-context.js';
import { fakeKioskApi } from '../support/fake-kiosk-api.js';
import { withoutResizeObserver } from '../support/without-resize-observer.js';

withoutResizeObserver();

function Form({ onEmail }: { onEmail: (value: string) => void }) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  return (
    <form>
      <label>
        E-Mail
        <input
          type="email"
          value={email}
          onChange={(e) => (setEmail(e.target.value), onEmail(e.target.value))}
        />
      </label>
      <label>
        Nom
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <button type="button">Suite</button>
    </form>
  );
}

function renderKiosk(onEmail = vi.fn(), settings = DEFAULT_SETTINGS) {
  const { api } = fakeKioskApi();
  render(
    <SettingsProvider api={api} initial={settings}>
      <Form onEmail={onEmail} />
      <KeyboardHost />
    </SettingsProvider>,
  );
}

/** A touch on a key: simple-keyboard acts on the pointer going down. */
function touch(key: HTMLElement) {
  fireEvent.pointerDown(key, { pointerId: 1 });
  fireEvent.pointerUp(key, { pointerId: 1 });
}

const keyboard = () => screen.findByRole('region', { name: 'Clavier à l’écran' });
const key = async (name: string) =>
  within(await keyboard()).getAllByRole('button', { name })[0] as HTMLElement;

describe('on-screen keyboard host', () => {
  it('stays closed until a field takes the focus', () => {
    renderKiosk();
    expect(screen.queryByRole('region', { name: 'Clavier à l’écran' })).toBeNull();
  });

  it('types into a controlled input, and React sees every key', async () => {
    const onEmail = vi.fn();
    renderKiosk(onEmail);
    const email = screen.getByLabelText('E-Mail');
    act(() => email.focus());
    expect((await keyboard()).dataset.kind).toBe('email');
    for (const name of ['j', '@', 'x', '.fr']) touch(await key(name));
    expect(email).toHaveProperty('value', 'j@x.fr');
    expect(onEmail.mock.calls.map(([value]) => value)).toEqual(['j', 'j@', 'j@x', 'j@x.fr']);
    touch(await key('Effacer'));
    expect(email).toHaveProperty('value', 'j@x.f');
    expect(document.activeElement).toBe(email);
  });

  it('Suivant goes to the next field, with the keys it needs', async () => {
    renderKiosk();
    act(() => screen.getByLabelText('E-Mail').focus());
    touch(await key('Suivant'));
    expect(document.activeElement).toBe(screen.getByLabelText('Nom'));
    await waitFor(async () => expect((await keyboard()).dataset.kind).toBe('text'));
    // The last field: nothing after it (its keys are drawn in the frame after the focus).
    await waitFor(async () =>
      expect((await key('Suivant')).getAttribute('aria-disabled')).toBe('true'),
    );
  });

  it('closes when the focus goes to a button', async () => {
    renderKiosk();
    act(() => screen.getByLabelText('Nom').focus());
    await keyboard();
    act(() => screen.getByRole('button', { name: 'Suite' }).focus());
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Clavier à l’écran' })).toBeNull(),
    );
  });

  it("closes with the click the finger's release brings, not a task later", async () => {
    renderKiosk();
    act(() => screen.getByLabelText('Nom').focus());
    await keyboard();
    const suite = screen.getByRole('button', { name: 'Suite' });
    const region = () => screen.queryByRole('region', { name: 'Clavier à l’écran' });
    fireEvent.pointerDown(suite, { pointerId: 1 });
    act(() => suite.focus());
    // The finger still down: Suite must not move under it.
    expect(region()).not.toBeNull();
    fireEvent.pointerUp(suite, { pointerId: 1 });
    fireEvent.click(suite);
    // Gone with the click: whatever Suite changes shows in the same frame.
    expect(region()).toBeNull();
  });

  it('keeps its keys while closed: opened again on a field drawn alike, nothing is redrawn', async () => {
    renderKiosk();
    const name = screen.getByLabelText('Nom');
    act(() => name.focus());
    const a = await key('a');
    act(() => screen.getByRole('button', { name: 'Suite' }).focus());
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Clavier à l’écran' })).toBeNull(),
    );
    act(() => name.focus());
    await keyboard();
    // The very key drawn the first time: simple-keyboard draws every key anew on a redraw.
    expect(await key('a')).toBe(a);
  });

  it('follows the kiosk language: QWERTZ with umlauts in German', async () => {
    renderKiosk(vi.fn(), { ...DEFAULT_SETTINGS, language: 'de' });
    act(() => screen.getByLabelText('Nom').focus());
    const rows = within(await keyboard()).getAllByRole('button');
    const letters = rows.map((key) => key.textContent).join('');
    expect(letters).toContain('qwertzuiopü');
    expect(letters).toContain('yxcvbnm');
  });
});
