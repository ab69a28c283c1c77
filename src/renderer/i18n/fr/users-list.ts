// Words of the user list (Gestion des utilisateurs CSM): count, search, server in use.
export const usersList = {
  count_one: '{{count}} utilisateur',
  count_other: '{{count}} utilisateurs',
  /** While a search narrows the list: "3 utilisateurs sur 12". */
  found_one: '{{count}} utilisateur sur {{total}}',
  found_other: '{{count}} utilisateurs sur {{total}}',
  /** Users stopped until the technician acts (a refusal, a stopped queue). */
  attention_one: '{{count}} demande votre attention',
  attention_other: '{{count}} demandent votre attention',
  search: 'Rechercher : nom ou E-Mail',
  clearSearch: 'Effacer la recherche',
  noMatch: 'Aucun utilisateur ne correspond à « {{query}} ».',
  /** The server named without its address: the support panel is where addresses belong. */
  localServer: 'Serveur CSM local de démonstration',
  remoteServer: 'Serveur CSM : {{host}}',
} as const;
