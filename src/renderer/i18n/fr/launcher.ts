// Words of the home launcher's tiles.
export const launcher = {
  label: 'Applications',
  settings: 'Réglages',
  csmUsers: 'Utilisateurs CSM',
} as const;
