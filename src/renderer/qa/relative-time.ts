// "dans 12 s", "il y a 3 min": a moment as far from now as it is, in the page's language.
const formats = new Map<string, Intl.RelativeTimeFormat>();

export function relativeTime(at: string, language: string, now = Date.now()): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.RelativeTimeFormat(language, { numeric: 'always', style: 'short' });
    formats.set(language, format);
  }
  const seconds = Math.round((new Date(at).getTime() - now) / 1000);
  if (Math.abs(seconds) < 90) return format.format(seconds, 'second');
  const minutes = Math.round(seconds / 60);
  if (Math.abs(minutes) < 90) return format.format(minutes, 'minute');
  return format.format(Math.round(minutes / 60), 'hour');
}

/** "10:21:05.123": the console orders events finer than the kiosk's clock. */
export function clockTime(at: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    fractionalSecondDigits: 3,
    hour12: false,
  }).format(new Date(at));
}
