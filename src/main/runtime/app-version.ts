// The version every host reports: the one in package.json.
import pkg from '../../../package.json' with { type: 'json' };

export const APP_VERSION: string = pkg.version;
