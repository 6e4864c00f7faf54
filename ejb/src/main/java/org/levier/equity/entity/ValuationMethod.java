package org.levier.equity.entity;

/** How a stake was valued (IPEV-style families). */
public enum ValuationMethod {
    COST, PRICE_OF_RECENT_INVESTMENT, MULTIPLES, DISCOUNTED_CASH_FLOWS, NET_ASSETS, MARKET_PRICE, OTHER
}
