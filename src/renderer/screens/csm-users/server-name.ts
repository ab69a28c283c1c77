// The CSM server as the user list names it: the built-in one by what it is, another by its
// host alone. A technician has no use for a URL or a port here; Réglages → Serveur CSM shows
// the address where it can be changed.
import type { TFunction } from 'i18next';
import type { AppInfo } from '../../../contract/kiosk/commands.js';

function hostOf(info: AppInfo): string {
  if (info.backendHost) return info.backendHost;
  try {
    return new URL(info.backendUrl).hostname;
  } catch {
    return '';
  }
}

export function serverName(t: TFunction, info: AppInfo): string {
  const host = hostOf(info);
  return info.backendIsLocal || !host
    ? t('usersList.localServer')
    : t('usersList.remoteServer', { host });
}
