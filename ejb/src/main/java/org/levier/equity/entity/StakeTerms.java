package org.levier.equity.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.levier.shared.entity.Money;

/** The investment: when, how much, how many shares at what price, for what percentage of the company. */
public record StakeTerms(LocalDate investedOn, Money invested, long shares, BigDecimal pricePerShare,
                         BigDecimal ownershipPercentage) {
}
