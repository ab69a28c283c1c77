// The French refusals the account flows share.
import type { AppError } from '../result.js';

export const accountUnknown: AppError = {
  code: 'NOT_FOUND',
  message: 'Ce compte CSM est inconnu du serveur.',
};

export const emailNotVerified: AppError = {
  code: 'WRONG_STATE',
  message: 'The e-mail address of this account must first be validated with the Token.',
};
