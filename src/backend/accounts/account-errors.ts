// The French refusals the account flows share.
import type { AppError } from '../result.js';

export const accountUnknown: AppError = {
  code: 'NOT_FOUND',
  message: 'Ce compte CSM est inconnu du serveur.',
};

export const emailNotVerified: AppError = {
  code: 'WRONG_STATE',
  message: 'L’adresse e-mail de ce compte doit d’abord être validée avec le code Token.',
};
