// How an e-mail address is shown back to the tablet: enough for the technician to recognise it,
// not enough to read it off the screen. The dots are always three, so the length stays hidden.
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  const local = email.slice(0, Math.max(at, 0));
  const first = Array.from(local)[0] ?? '';
  return `${first}•••${email.slice(at)}`;
}
