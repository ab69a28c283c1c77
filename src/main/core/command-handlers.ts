// Parses a command's input with its contract schema, runs its handler, and turns whatever
// happens into a Result. The one place where untrusted input meets the core.
import type { z } from 'zod';
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

/** The core passes every handler; a test may pass a few, the others answer UNKNOWN_COMMAND. */
export function createDispatcher(handlers: Partial<CommandHandlers>, log: (line: string) => void) {
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
