// The contract's method and event names as plain data, with no schema library attached: the preload script
// imports only this, so it stays tiny. A unit test proves it lists exactly the contract's methods.

export const METHOD_NAMES = [
  'app.info',
  'settings.get',
  'settings.update',
  'sample.load',
  'contacts.list',
  'contacts.get',
  'contacts.create',
  'contacts.update',
  'contacts.delete',
  'contacts.findDuplicates',
  'contacts.facets',
  'companies.list',
  'companies.get',
  'companies.create',
  'companies.update',
  'companies.delete',
  'companies.findDuplicates',
  'companies.people',
  'activities.list',
  'activities.create',
  'activities.update',
  'activities.delete',
  'search.global',
  'views.list',
  'views.save',
  'views.delete',
  'trash.list',
  'trash.restore',
  'trash.empty',
  'imports.open',
  'imports.configure',
  'imports.commit',
  'imports.cancel',
  'imports.rejectedCsv',
  'imports.history',
  'imports.undo',
  'exports.contacts',
] as const;

export const EVENT_NAMES = ['data.changed', 'import.progress', 'menu.command'] as const;

/** IPC channel names, one per method / event; nothing else is ever sent over IPC. */
export const methodChannel = (name: string) => `rapport:call:${name}`;
export const eventChannel = (name: string) => `rapport:event:${name}`;
