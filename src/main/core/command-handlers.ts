// The command table's handlers: each domain module declares its own map, `mergeHandlers` joins
// them (the compiler proves every command has exactly one handler), and the dispatcher parses a
// command's input with its contract schema, runs its handler, and turns whatever happens into a
// Result. The one place where untrusted input meets the core.
import type { z } from 'zod/mini';
import {
  commands,
  isCommandName,
  type CommandName,
  type Commands,
} from '../../contract/kiosk/commands.js';
import { fieldErrorsOf } from '../../contract/csm/errors.js';
import { fail, type Result } from '../../contract/kiosk/errors.js';

export type CommandHandlers = {
  [N in CommandName]: (
    input: z.output<Commands[N]['input']>,
  ) => Result<z.input<Commands[N]['output']>> | Promise<Result<z.input<Commands[N]['output']>>>;
};

/** What a domain module returns: `{ ... } satisfies HandlerMap` checks each input and output. */
export type HandlerMap = Partial<CommandHandlers>;

/** Distributes over a union of maps: the commands any of them handles. */
type Handled<M> = M extends unknown ? keyof M & CommandName : never;

/** Commands handled by more than one of `Maps`. */
type Duplicated<Maps extends readonly unknown[], Seen = never> = Maps extends readonly [
  infer Head,
  ...infer Tail,
]
  ? (Handled<Head> & Seen) | Duplicated<Tail, Seen | Handled<Head>>
  : never;

/** Commands of the table that none of `Maps` handles. */
type Missing<Maps extends readonly unknown[]> = Exclude<CommandName, Handled<Maps[number]>>;

/** `unknown` when the maps cover the table exactly once; otherwise a type naming the culprits,
 * which the arguments then fail to match. */
export type CoversTableOnce<Maps extends readonly unknown[]> = [Missing<Maps>] extends [never]
  ? [Duplicated<Maps>] extends [never]
    ? unknown
    : { duplicated: Duplicated<Maps> }
  : { missing: Missing<Maps> };

/** Joins the domain modules' maps into the full table. */
export function mergeHandlers<const Maps extends readonly HandlerMap[]>(
  ...maps: Maps & CoversTableOnce<Maps>
): CommandHandlers {
  const merged: HandlerMap = {};
  for (const map of maps) {
    for (const name of Object.keys(map) as CommandName[]) {
      // Unreachable from typed code; kept for a map built behind the compiler's back.
      if (Object.hasOwn(merged, name)) throw new Error(`two handlers for ${name}`);
      Object.assign(merged, { [name]: map[name] });
    }
  }
  return merged as CommandHandlers;
}

/** The core passes every handler; a test may pass a few, the others answer UNKNOWN_COMMAND. */
export function createDispatcher(handlers: HandlerMap, log: (line: string) => void) {
  return async function dispatch(command: string, rawInput: unknown): Promise<Result<unknown>> {
    if (!isCommandName(command)) return fail('UNKNOWN_COMMAND');
    const spec = commands[command];
    const handler = handlers[command] as
      ((input: unknown) => Promise<Result<unknown>> | Result<unknown>) | undefined;
    if (!handler) return fail('UNKNOWN_COMMAND');
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      return fail('INVALID_INPUT', fieldErrorsOf(parsed.error));
    }
    try {
      const result = await handler(parsed.data);
      if (!result.ok) return result;
      return { ok: true, value: spec.output.parse(result.value) };
    } catch (error) {
      // The name and message only: never the input, which may hold a password.
      log(`command ${command} failed: ${(error as Error).name}: ${(error as Error).message}`);
      return fail('INTERNAL');
    }
  };
}
