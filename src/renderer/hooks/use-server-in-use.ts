// The CSM server in use and where it comes from (command line, this tablet's setting, local demo
// server), as app.info says: the Réglages tile and the Serveur CSM screen both show it.
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../contract/kiosk/commands.js';
import { DEFAULT_CSM_PORT, type ServerAddress } from '../../contract/kiosk/server-address.js';
import { useAppInfo } from './use-app-info.js';

export interface ServerInUse {
  source: NonNullable<AppInfo['backendSource']>;
  /** "Serveur CSM indiqué en ligne de commande : host:port", … */
  text: string;
  /** What the Serveur CSM screen starts from: the server in use, or nothing for the local
   * demo server (its port is chosen at each start; saving it would name a dead server). */
  prefill: ServerAddress;
}

export function serverInUseOf(info: AppInfo): Omit<ServerInUse, 'text'> & { address: string } {
  const source = info.backendSource ?? (info.backendIsLocal ? 'local' : 'setting');
  const host = info.backendHost ?? '';
  const port = info.backendPort ?? DEFAULT_CSM_PORT;
  const address = host ? `${host.includes(':') ? `[${host}]` : host}:${port}` : info.backendUrl;
  const prefill =
    source === 'local' || !host ? { host: '', port: DEFAULT_CSM_PORT } : { host, port };
  return { source, address, prefill };
}

export function useServerInUse(): ServerInUse | null {
  const { t } = useTranslation();
  const info = useAppInfo();
  if (!info) return null;
  const { source, address, prefill } = serverInUseOf(info);
  const text =
    source === 'command-line'
      ? t('server.inUse.commandLine', { address })
      : source === 'setting'
        ? t('server.inUse.setting', { address })
        : t('server.inUse.local');
  return { source, text, prefill };
}
