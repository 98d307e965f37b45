import { AccountClient, GetAlternateContactCommand, type AlternateContactType } from '@aws-sdk/client-account';
import {
  ALTERNATE_CONTACTS_TYPE,
  alternateContactsUid,
  type AlternateContact,
  type AlternateContactsConfig,
} from '../../model/organizations.js';
import { GLOBAL_REGION } from '../../../../model/types.js';
import type { ServiceCollector } from '../types.js';

const CONTACTS: [keyof AlternateContactsConfig, AlternateContactType][] = [
  ['security', 'SECURITY'],
  ['operations', 'OPERATIONS'],
  ['billing', 'BILLING'],
];

/**
 * The account's alternate contacts (AWS Account Management). One AWS::Account::AlternateContacts
 * pseudo resource per account; a contact that is not set is null (ResourceNotFoundException).
 * Phone numbers are not stored.
 */
export const collector: ServiceCollector = {
  service: 'account',
  global: true,
  async collect(ctx) {
    const client = ctx.client(AccountClient);
    const uid = alternateContactsUid(ctx.account, ctx.partition);
    const errors: Record<string, string> = {};
    const config: AlternateContactsConfig = {};
    for (const [field, type] of CONTACTS) {
      const contact = await ctx.detail(
        errors,
        uid,
        field,
        'GetAlternateContact',
        async (): Promise<AlternateContact> => {
          const c = (await client.send(new GetAlternateContactCommand({ AlternateContactType: type }))).AlternateContact;
          return { name: c?.Name ?? null, title: c?.Title ?? null, emailAddress: c?.EmailAddress ?? null };
        },
        ['ResourceNotFoundException'],
      );
      if (contact !== undefined) config[field] = contact;
    }
    ctx.emit({
      uid,
      account: ctx.account,
      region: GLOBAL_REGION,
      type: ALTERNATE_CONTACTS_TYPE,
      name: 'alternate-contacts',
      tags: {},
      config: config as unknown as Record<string, unknown>,
      errors: Object.keys(errors).length ? errors : undefined,
    });
  },
};
