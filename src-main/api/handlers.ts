// Every contract method's implementation, in one map whose type is derived from the contract: a method
// without a handler (or a handler for no method) does not compile.
import type { MethodName, MethodOutput, ParsedInput } from '@shared/api/contract';
import type { AppContext } from '../context';
import { activitiesOf, createActivity, deleteActivity, updateActivity } from '../activities/activitiesService';
import { appInfo } from '../app/appInfoService';
import {
  companyPeople,
  createCompany,
  findCompanyDuplicates,
  getCompany,
  trashCompanies,
  updateCompany,
} from '../companies/companiesService';
import { contactFacets } from '../contacts/contactsRepository';
import { pageOfCompanies, pageOfContacts } from '../contacts/listService';
import {
  createContact,
  findContactDuplicates,
  getContact,
  trashContacts,
  updateContact,
} from '../contacts/contactsService';
import { loadSampleData } from '../sample/sampleService';
import { globalSearch } from '../search/searchService';
import { getSettings, updateSettings } from '../settings/settingsService';
import { emptyTrash, listTrash, restoreFromTrash } from '../trash/trashService';
import { deleteView, listViews, saveView } from '../views/viewsService';

export type Handler<M extends MethodName> = (ctx: AppContext, input: ParsedInput<M>) => Promise<MethodOutput<M>>;
export type HandlerMap = { [M in MethodName]: Handler<M> };

export const handlers: HandlerMap = {
  'app.info': (ctx) => appInfo(ctx),
  'settings.get': (ctx) => getSettings(ctx),
  'settings.update': (ctx, patch) => updateSettings(ctx, patch),
  'sample.load': (ctx) => loadSampleData(ctx),

  'contacts.list': (ctx, q) => pageOfContacts(ctx, q),
  'contacts.get': (ctx, { id }) => getContact(ctx, id),
  'contacts.create': (ctx, { contact }) => createContact(ctx, contact),
  'contacts.update': (ctx, { id, contact }) => updateContact(ctx, id, contact),
  'contacts.delete': (ctx, { ids }) => trashContacts(ctx, ids),
  'contacts.findDuplicates': (ctx, q) => findContactDuplicates(ctx, q),
  'contacts.facets': (ctx) => contactFacets(ctx.db),

  'companies.list': (ctx, q) => pageOfCompanies(ctx, q),
  'companies.get': (ctx, { id }) => getCompany(ctx, id),
  'companies.create': (ctx, { company }) => createCompany(ctx, company),
  'companies.update': (ctx, { id, company }) => updateCompany(ctx, id, company),
  'companies.delete': (ctx, { ids }) => trashCompanies(ctx, ids),
  'companies.findDuplicates': (ctx, { name, excludeId }) => findCompanyDuplicates(ctx, name, excludeId),
  'companies.people': (ctx, { id }) => companyPeople(ctx, id),

  'activities.list': (ctx, { contactId, companyId, limit }) => activitiesOf(ctx, { contactId, companyId }, limit),
  'activities.create': (ctx, { activity }) => createActivity(ctx, activity),
  'activities.update': (ctx, { id, activity }) => updateActivity(ctx, id, activity),
  'activities.delete': (ctx, { id }) => deleteActivity(ctx, id),

  'search.global': (ctx, { q, limit }) => globalSearch(ctx, q, limit),

  'views.list': (ctx, { entity }) => listViews(ctx, entity),
  'views.save': (ctx, input) => saveView(ctx, input),
  'views.delete': (ctx, { id }) => deleteView(ctx, id),

  'trash.list': (ctx) => listTrash(ctx),
  'trash.restore': (ctx, { items }) => restoreFromTrash(ctx, items),
  'trash.empty': (ctx) => emptyTrash(ctx),
};
