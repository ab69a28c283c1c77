// Words of the user list (CSM user management): count, search, server in use.
export const usersList = {
  count_one: '{{count}} user',
  count_other: '{{count}} users',
  /** While a search narrows the list: "3 of 12 users". */
  found_one: '{{count}} of {{total}} users',
  found_other: '{{count}} of {{total}} users',
  /** Users stopped until the technician acts (a refusal, a stopped queue). */
  attention_one: '{{count}} needs your attention',
  attention_other: '{{count}} need your attention',
  search: 'Search: name or E-Mail',
  clearSearch: 'Clear search',
  noMatch: 'No user matches “{{query}}”.',
  /** The server named without its address: the support panel is where addresses belong. */
  localServer: 'Local CSM demo server',
  remoteServer: 'CSM server: {{host}}',
} as const;
