// @vitest-environment jsdom
// The memory bench's XPaths, evaluated as the browser would, on a page shaped like the kiosk's:
// they find by the words shown, whatever quotes those words hold.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  buttonXPath,
  classXPath,
  fieldXPath,
  headingXPath,
  userRowButtonXPath,
  xpathLiteral,
} from '../../../bench/support/xpath.js';

/** jsdom's document, as far as these tests use it: the bench is checked without DOM types
 * (tsconfig.node.json), on purpose. */
interface XPathDocument {
  body: { innerHTML: string };
  evaluate(
    xpath: string,
    context: XPathDocument,
    resolver: null,
    type: number,
  ): {
    stringValue: string;
    snapshotLength: number;
    snapshotItem(index: number): { id: string; textContent: string | null };
  };
}
const { document } = globalThis as unknown as { document: XPathDocument };
const STRING_TYPE = 2;
const ORDERED_NODE_SNAPSHOT_TYPE = 7;

/** What the XPath finds, as text (or the id, for an input). */
function found(xpath: string): string[] {
  const result = document.evaluate(xpath, document, null, ORDERED_NODE_SNAPSHOT_TYPE);
  return Array.from({ length: result.snapshotLength }, (_, index) => {
    const node = result.snapshotItem(index);
    return node.id || (node.textContent ?? '').trim();
  });
}

beforeEach(() => {
  document.body.innerHTML = `
    <button aria-label="Accueil"><svg></svg></button>
    <button class="menu-tile"><span>Réglages</span> <span>Langue, serveur</span> ›</button>
    <button>l'utilisateur "Banc"</button>
    <button disabled>Suite</button>
    <h1>Gestion des utilisateurs CSM — Banc   Mémoire</h1>
    <label for="f1">E-Mail</label><input id="f1">
    <label for="f2">Mot de passe</label><input id="f2">
    <ul><li data-testid="csm-user"><span>banc@bench.test</span><button>Ouvrir</button></li>
        <li data-testid="csm-user"><span>autre@bench.test</span><button>Autre</button></li></ul>
    <div class="password-advice" data-current="false">ancien</div>
    <div class="password-advice" data-current="true">actuel</div>`;
});

describe('xpathLiteral', () => {
  it('quotes with whichever quote the text does not hold', () => {
    expect(xpathLiteral('Retour')).toBe('"Retour"');
    expect(xpathLiteral('dit "oui"')).toBe(`'dit "oui"'`);
  });

  it('spells a text holding both quotes as a concat() XPath reads back whole', () => {
    const text = `l'utilisateur "Banc"`;
    const read = document.evaluate(`string(${xpathLiteral(text)})`, document, null, STRING_TYPE);
    expect(read.stringValue).toBe(text);
    expect(found(buttonXPath(text))).toEqual([text]);
  });
});

describe('the kiosk XPaths', () => {
  it('finds a button by its aria-label, by its text, or by the start of a tile', () => {
    expect(found(buttonXPath('Accueil'))).toEqual(['']);
    expect(found(buttonXPath('Réglages'))).toEqual([]);
    expect(found(buttonXPath('Réglages', { prefix: true }))).toHaveLength(1);
  });

  it('leaves out a disabled button: not yet there for a finger', () => {
    expect(found(buttonXPath('Suite'))).toEqual([]);
  });

  it('finds a heading whole or by its start, spaces as shown', () => {
    expect(found(headingXPath('Gestion des utilisateurs CSM'))).toEqual([]);
    expect(found(headingXPath('Gestion des utilisateurs CSM — ', { prefix: true }))).toHaveLength(
      1,
    );
  });

  it('finds the input its label names', () => {
    expect(found(fieldXPath('Mot de passe'))).toEqual(['f2']);
  });

  it("finds the button of the user's row, and the current password advice", () => {
    expect(found(userRowButtonXPath('banc@bench.test'))).toEqual(['Ouvrir']);
    expect(found(classXPath('password-advice', { 'data-current': 'true' }))).toEqual(['actuel']);
  });
});
