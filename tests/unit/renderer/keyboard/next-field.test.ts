// Suivant: the next field of the same form that takes typing, and none after the last.
import { afterEach, describe, expect, it } from 'vitest';
import { nextField } from '../../../../src/renderer/keyboard/next-field.js';

afterEach(() => {
  document.body.innerHTML = '';
});

const byId = (id: string) => document.getElementById(id) as HTMLInputElement;

describe('next field', () => {
  it('goes down the form in reading order, over read-only, disabled and non-text inputs', () => {
    document.body.innerHTML = `
      <input id="search">
      <form>
        <input id="email" type="email">
        <input id="shown" readonly>
        <input id="first">
        <input id="off" disabled>
        <input id="agree" type="checkbox">
        <button>OK</button>
        <input id="password" type="password">
      </form>`;
    expect(nextField(byId('email'))?.id).toBe('first');
    expect(nextField(byId('first'))?.id).toBe('password');
  });

  it('has none after the last field of the form: the form is not left', () => {
    document.body.innerHTML = `
      <form><input id="code" inputmode="numeric"></form>
      <form><input id="other"></form>`;
    expect(nextField(byId('code'))).toBeNull();
  });

  it('follows the page when the field is in no form', () => {
    document.body.innerHTML = `<input id="a"><div><input id="b"></div>`;
    expect(nextField(byId('a'))?.id).toBe('b');
    expect(nextField(byId('b'))).toBeNull();
  });
});
