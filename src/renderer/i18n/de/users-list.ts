// Words of the user list (CSM-Benutzerverwaltung): count, search, server in use.
export const usersList = {
  count_one: '{{count}} Benutzer',
  count_other: '{{count}} Benutzer',
  /** While a search narrows the list: "3 von 12 Benutzern". */
  found_one: '{{count}} von {{total}} Benutzern',
  found_other: '{{count}} von {{total}} Benutzern',
  /** Users stopped until the technician acts (a refusal, a stopped queue). */
  attention_one: '{{count}} erfordert Ihre Aufmerksamkeit',
  attention_other: '{{count}} erfordern Ihre Aufmerksamkeit',
  search: 'Suchen: Name oder E-Mail',
  clearSearch: 'Suche löschen',
  noMatch: 'Kein Benutzer passt zu „{{query}}“.',
  /** The server named without its address: the support panel is where addresses belong. */
  localServer: 'Lokaler CSM-Demoserver',
  remoteServer: 'CSM-Server: {{host}}',
} as const;
