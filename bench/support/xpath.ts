// XPath 1.0 expressions for what the memory bench looks for on the kiosk's screens, by the
// words a technician reads. The browser evaluates them natively (CDP `DOM.performSearch`), so
// finding a button runs no JavaScript in the page whose heap is measured.

/** `text` as an XPath string literal. XPath 1.0 has no escape: a text with both kinds of quote
 * (« l'utilisateur "Banc" ») is spelt as a concat() of pieces quoted either way. */
export function xpathLiteral(text: string): string {
  if (!text.includes('"')) return `"${text}"`;
  if (!text.includes("'")) return `'${text}'`;
  const pieces = text.split('"').map((piece) => `"${piece}"`);
  return `concat(${pieces.join(`, '"', `)})`;
}

const words = 'normalize-space(.)';

/** A button named `name`: its aria-label (⌂ is an icon), else its text. `prefix`: the name only
 * starts with it (a menu tile's label is followed by its hint and ›). Disabled ones are not
 * there yet for a finger. */
export function buttonXPath(name: string, { prefix = false } = {}): string {
  const literal = xpathLiteral(name);
  const match = (of: string) => (prefix ? `starts-with(${of}, ${literal})` : `${of} = ${literal}`);
  return (
    `//button[not(@disabled)]` +
    `[(@aria-label and ${match('normalize-space(@aria-label)')}) or ` +
    `(not(@aria-label) and ${match(words)})]`
  );
}

/** A screen's title (h1) or a section's (h2), whole or by its start. */
export function headingXPath(name: string, { prefix = false } = {}): string {
  const literal = xpathLiteral(name);
  const match = prefix ? `starts-with(${words}, ${literal})` : `${words} = ${literal}`;
  return `//*[self::h1 or self::h2][${match}]`;
}

/** The input a `<label for>` names (TextField). */
export function fieldXPath(label: string): string {
  return `//input[@id = //label[${words} = ${xpathLiteral(label)}]/@for]`;
}

/** The button of the user list's row that shows `text` (its e-mail). */
export function userRowButtonXPath(text: string): string {
  return `//li[@data-testid = "csm-user"][contains(., ${xpathLiteral(text)})]//button`;
}

/** An element with `className` among its classes, and the attributes given. */
export function classXPath(className: string, attributes: Record<string, string> = {}): string {
  const withClass = `contains(concat(" ", normalize-space(@class), " "), ${xpathLiteral(` ${className} `)})`;
  const withAttributes = Object.entries(attributes)
    .map(([name, value]) => `[@${name} = ${xpathLiteral(value)}]`)
    .join('');
  return `//*[${withClass}]${withAttributes}`;
}
