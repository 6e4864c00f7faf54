package org.levier.programme.entity;

/** The state-aid regime a call for projects grants under. */
public enum AidRegime {
    /** Regulation (EU) 2023/2831: at most 300,000 EUR over three rolling years per undertaking. */
    DE_MINIMIS,
    /** General Block Exemption Regulation. */
    GBER,
    /** Aid notified to and approved by the European Commission. */
    NOTIFIED,
    /** Not state aid (e.g. non-economic activity). */
    NOT_STATE_AID
}
