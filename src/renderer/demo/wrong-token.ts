// "Token erroné" (scenario wrongTokens): a code of the same length that differs from the right
// one in every digit, so a trainer can never fill the right Token by mistake.
export function wrongToken(code: string): string {
  return Array.from(code, (char) => (/\d/.test(char) ? String((Number(char) + 5) % 10) : '0')).join(
    '',
  );
}
