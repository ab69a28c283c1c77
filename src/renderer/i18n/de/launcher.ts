// Words of the home launcher's tiles.
export const launcher = {
  label: 'Anwendungen',
  settings: 'Einstellungen',
  csmUsers: 'CSM-Benutzer',
} as const;
