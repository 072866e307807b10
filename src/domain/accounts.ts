/**
 * Accounts as the API and the command line see them: users, their roles over jurisdictions, personal
 * API tokens, and the rules a new password and login must meet (OWASP ASVS level 2: at least 12
 * characters, up to 128, any characters, no composition rules).
 */
import { z } from 'zod';
import { ACTIONS, roleSchema } from './permissions.ts';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `must be at least ${PASSWORD_MIN} characters long`)
  .max(PASSWORD_MAX, `must be at most ${PASSWORD_MAX} characters long`);

export const loginNameSchema = z
  .string()
  .trim()
  .min(2, 'must be at least 2 characters long')
  .max(64, 'must be at most 64 characters long')
  .regex(/^[\p{L}\p{N}._@-]+$/u, 'may hold letters, digits and . _ @ - only');

export const languageSchema = z.enum(['zh', 'en']);

export const grantSchema = z
  .object({
    role: roleSchema,
    jurisdictionId: z.string().nullable().describe('a place id, or null for the whole nation'),
    jurisdictionNameEn: z.string().nullable(),
    jurisdictionNameZh: z.string().nullable(),
  })
  .meta({ id: 'Grant' });

export const userSchema = z
  .object({
    id: z.string(),
    login: z.string(),
    name: z.string(),
    organisationId: z.string().nullable(),
    organisationNameEn: z.string().nullable(),
    organisationNameZh: z.string().nullable(),
    language: languageSchema,
    disabled: z.boolean(),
    lockedUntil: z.string().nullable(),
    lastLoginAt: z.string().nullable(),
    createdAt: z.string(),
    roles: z.array(grantSchema),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;

export const newUserSchema = z.object({
  login: loginNameSchema,
  name: z.string().trim().min(1, 'must not be empty').max(200),
  organisationId: z.string().min(1).nullable().optional(),
  language: languageSchema.default('zh'),
  password: passwordSchema,
});
export type NewUser = z.infer<typeof newUserSchema>;

export const newGrantSchema = z
  .object({
    role: roleSchema,
    jurisdictionId: z.string().min(1).nullable().default(null),
  })
  .refine((g) => g.role !== 'administrator' || g.jurisdictionId === null, {
    message: 'an administrator is granted over the whole nation (no jurisdiction)',
    path: ['jurisdictionId'],
  });

export const TOKEN_SCOPES = ['read', 'write'] as const;
export const tokenScopeSchema = z.enum(TOKEN_SCOPES);

export const apiTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    scopes: z.array(tokenScopeSchema),
    expiresAt: z.string(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof apiTokenSchema>;

/** Tokens live 90 days unless asked otherwise, a year at most. */
export const TOKEN_DAYS_DEFAULT = 90;
export const TOKEN_DAYS_MAX = 366;

export const newTokenSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(100),
  scopes: z.array(tokenScopeSchema).min(1).default(['read']),
  days: z.number().int().min(1).max(TOKEN_DAYS_MAX).default(TOKEN_DAYS_DEFAULT),
});

export const loginSchema = z.object({
  login: z.string().min(1).max(64),
  password: z.string().min(1).max(PASSWORD_MAX),
});

/** Who is signed in, what they may do, and the token their cookie-authenticated writes must carry. */
export const sessionInfoSchema = z
  .object({
    user: userSchema.nullable(),
    actions: z.array(z.enum(ACTIONS)),
    csrfToken: z.string().nullable(),
  })
  .meta({ id: 'SessionInfo' });
export type SessionInfo = z.infer<typeof sessionInfoSchema>;
