// What the tablet's account screens ask the core for the CGM NET flows: a mobile number and a
// password, each confirmed by a code, and bringing an existing account onto this tablet. Each
// input is the wire request with the local user in place of the CSM account.
import { z } from 'zod/mini';
import { signInRequest } from '../csm/account-calls.js';
import { codeDelivery } from '../csm/codes.js';
import { codeField } from '../csm/fields.js';
import {
  confirmMobileRequest,
  passwordCodeRequest,
  setMobileRequest,
  setPasswordRequest,
} from '../csm/passwords.js';
import { localUserId } from './user.js';

export const setMobileInput = z.extend(setMobileRequest, { userId: localUserId });
export const confirmMobileInput = z.extend(z.omit(confirmMobileRequest, { code: true }), {
  userId: localUserId,
  confirmationCode: codeField,
});

export const passwordCodeInput = z.extend(passwordCodeRequest, { userId: localUserId });
export type PasswordCodeInput = z.input<typeof passwordCodeInput>;

export const newPasswordFields = z
  .extend(z.pick(setPasswordRequest, { newPassword: true }), {
    confirmationCode: codeField,
    newPasswordRepeat: z.string({ error: 'required' }).check(z.minLength(1, { error: 'required' })),
  })
  .check(
    z.refine((v) => v.newPassword === v.newPasswordRepeat, {
      path: ['newPasswordRepeat'],
      error: 'password_mismatch',
    }),
  );
export type NewPasswordFields = z.input<typeof newPasswordFields>;

export const setPasswordInput = z.intersection(
  z.extend(z.pick(setPasswordRequest, { challengeId: true }), { userId: localUserId }),
  newPasswordFields,
);
export type SetPasswordInput = z.input<typeof setPasswordInput>;

export const codeRequested = codeDelivery;

/** The device and the language are the tablet's: the core adds them. */
export const signInInput = z.omit(signInRequest, { deviceId: true, language: true });
export type SignInInput = z.input<typeof signInInput>;
