/**
 * Identity: users (e-mail login, PBKDF2 password hash, roles, lockout), API bearer tokens and the identity store.
 * Invariants: e-mails are stored lower-case and unique; only password hashes and token SHA-256 digests are stored;
 * an account locked or disabled is refused even with the right password; every login, failed login, lockout and
 * token issue or revocation is audited (failures in a transaction of their own).
 */
package org.levier.identity;
