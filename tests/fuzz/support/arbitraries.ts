// Inputs a hostile or broken caller could send: any JSON, and objects with the field names the
// contract uses holding values that are almost right (a valid e-mail, six digits, a uuid) as
// often as plainly wrong ones, so generated requests reach past the first schema check.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';

/** How many inputs per route or command: at least 1,000 in `npm test`; more with FUZZ_RUNS. */
export const FUZZ_RUNS = Math.max(1000, Number(process.env.FUZZ_RUNS ?? 1000));

const nearlyValidStrings = fc.constantFrom(
  'jean@garage.fr',
  'JEAN@GARAGE.FR',
  'a@b',
  '@',
  '',
  ' ',
  '            ',
  '123456',
  '000000',
  '12345',
  '1234567',
  'cheval-correct-agrafe-batterie',
  'azertyuiop12',
  '0612345678',
  '+33612345678',
  'INIT',
  'RESET',
  'SUCCESS',
  'fr',
  'de',
  'xx',
  '127.0.0.1',
  'localhost',
  '__proto__',
  'constructor',
  '../../etc/passwd',
  '%00',
  '\u0000',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '😀'.repeat(70),
  'é'.repeat(201),
  'x'.repeat(5000),
  'CSM-Device dc1.AAAAAAAAAAAAAAAA.' + 'A'.repeat(43),
  'TST-ABCDE',
);

export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: nearlyValidStrings },
  { weight: 2, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

/** An object with a random subset of `keys` (and sometimes a stranger), each with any value. */
export function objectOf(keys: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(
      fc.subarray([...keys]),
      fc.array(anyValue, { minLength: keys.length, maxLength: keys.length }),
      fc.option(fc.tuple(fc.string({ maxLength: 20 }), anyValue), { freq: 4 }),
    )
    .map(([chosen, values, extra]) => {
      const object: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      chosen.forEach((key, i) => (object[key] = values[i]));
      if (extra) object[extra[0]] = extra[1];
      return { ...object };
    });
}

/** Bodies for a route or command whose fields are `keys`: mostly shaped, sometimes any JSON. */
export function bodyFor(keys: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: objectOf(keys) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  );
}

/** An id as a path segment: a real one, a random uuid, or garbage. */
export function idFrom(real: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...(real.length ? real : [randomUUID()])),
    fc.uuid(),
    fc.string({ maxLength: 80 }),
    fc.constantFrom('..', '%2e%2e', '%00', 'x'.repeat(300)),
  );
}
