// How an e-mail address or a mobile number is shown back to the tablet: enough for the
// technician to recognise it, not enough to read it off the screen. The dots are always the
// same, so the length stays hidden.
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  const local = email.slice(0, Math.max(at, 0));
  const first = Array.from(local)[0] ?? '';
  return `${first}•••${email.slice(at)}`;
}

/** "+33612345612" → "06 •• •• •• 12", as the CGM NET confirmation shows it; other countries
 * keep their "+" and first two digits instead of the French "0X". */
export function maskMobile(e164: string): string {
  const last = e164.slice(-2);
  const french = /^\+33([1-9])/.exec(e164);
  const start = french ? `0${french[1]}` : e164.slice(0, 3);
  return `${start} •• •• •• ${last}`;
}
