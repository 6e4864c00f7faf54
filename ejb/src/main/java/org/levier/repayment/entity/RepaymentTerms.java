package org.levier.repayment.entity;

import java.time.LocalDate;

/** The repayment terms of an advance: first due date, number of instalments and their frequency. */
public record RepaymentTerms(LocalDate firstDueOn, int instalments, Frequency frequency) {
}
