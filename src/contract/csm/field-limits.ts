// The lengths CSM allows, apart from the schemas that enforce them: the password policy runs in
// a worker of its own (with its word lists), and importing these from fields.ts would carry zod
// into that worker for two numbers.
export const FIELD_MAX = 200;
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
