import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { z } from 'zod';
import type { Context } from '../api/context';
import { badUserInput, clientError } from '../api/errors';
import { isAgencyStaff, isAuditor, type Role } from '../api/identity';
import type PrismaTypes from '../prisma/generated/pothos-types';
import { getDatamodel } from '../prisma/generated/pothos-types';

/** Every list that grows with use is a connection: a page of 20 unless `first`/`last` asks, 100 at most. */
export const PAGE_SIZE = { defaultSize: 20, maxSize: 100 };

// The plugins would quietly cut a larger page to the maximum; a client asking for more is told.
const pageSize = z
  .number()
  .int()
  .min(0, 'must be 0 or more')
  .max(PAGE_SIZE.maxSize, `must be at most ${PAGE_SIZE.maxSize}`);

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
    File: { Input: File; Output: never };
  };
  AuthScopes: { authenticated: boolean; role: Role; agencyStaff: boolean; auditor: boolean };
  DefaultFieldNullability: false;
}>({
  // API.md's types are non-null unless marked otherwise.
  defaultFieldNullability: false,
  plugins: [ScopeAuthPlugin, RelayPlugin, PrismaPlugin, ValidationPlugin],
  // Connections only: no Node interface or global ids, so every `id` stays the database id.
  relay: {
    nodesOnConnection: true,
    firstArgOptions: { validate: pageSize },
    lastArgOptions: { validate: pageSize },
  },
  prisma: {
    dmmf: getDatamodel(),
    // The Prisma client is per process, not per module, so resolvers read it from the context.
    client: (context) => context.prisma,
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    defaultConnectionSize: PAGE_SIZE.defaultSize,
    maxConnectionSize: PAGE_SIZE.maxSize,
    onUnusedQuery: null,
  },
  scopeAuth: {
    authScopes: (context) => ({
      authenticated: context.auth.identity !== null,
      role: (role) => context.auth.identity?.role === role,
      agencyStaff: isAgencyStaff(context.auth.identity),
      auditor: isAuditor(context.auth.identity),
    }),
    // No identity: say why the token did not count; an identity without the right: FORBIDDEN.
    unauthorizedError: (_parent, context) =>
      context.auth.identity
        ? clientError('FORBIDDEN', 'You are not allowed to do this')
        : clientError(
            'UNAUTHENTICATED',
            context.auth.problem
              ? `Not signed in: ${context.auth.problem}`
              : 'Not signed in: send Authorization: Bearer <token>',
          ),
  },
  validation: {
    validationError: (failure) =>
      badUserInput(
        failure.issues.map((issue) => ({
          field: (issue.path ?? [])
            .map((part) => (typeof part === 'object' ? String(part.key) : String(part)))
            .join('.'),
          message: issue.message,
        })),
      ),
  },
});

builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType('JSON', JSONResolver);

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
