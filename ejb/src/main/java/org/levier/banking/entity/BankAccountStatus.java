package org.levier.banking.entity;

/** PENDING (declared, not usable) -> VERIFIED (in force) -> SUPERSEDED (a newer version was declared). */
public enum BankAccountStatus {
    PENDING, VERIFIED, SUPERSEDED
}
