// Words of the home launcher's tiles.
export const launcher = {
  label: 'Applications',
  settings: 'Settings',
  csmUsers: 'CSM users',
} as const;
