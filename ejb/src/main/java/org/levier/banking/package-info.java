/**
 * Bank details: the account (IBAN mod-97, BIC, holder) an organisation's payments go to, declared with a bank document
 * and usable only once a member of the fund's staff other than the declarant has verified it. Every change is a new
 * version that goes through the same verification; the previous version stops being in force at once, so payments
 * to the organisation are suspended until the new one is verified. IBANs never reach a log.
 */
package org.levier.banking;
