import argon2 from 'argon2';

// argon2id with the library's defaults (64 MiB, 3 passes, 4 lanes): OWASP's
// recommended family; the parameters are stored in each hash.
export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

export const verifyPassword = (hash: string, password: string) => argon2.verify(hash, password).catch(() => false);

let dummyHash: Promise<string> | null = null;
/**
 * Verifies against a throwaway hash when the account does not exist, so a
 * sign-in costs the same time either way and reveals nothing.
 */
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('not-a-real-password-' + Math.random());
  await verifyPassword(await dummyHash, password);
}
