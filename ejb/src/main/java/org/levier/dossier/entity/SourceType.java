package org.levier.dossier.entity;

import java.util.EnumSet;
import java.util.Set;

/** Where a co-financing line's money comes from. */
public enum SourceType {
    OWN_FUNDS, PRIVATE_INVESTOR, BANK_LOAN, EU_FUNDS, STATE, REGION, LOCAL_AUTHORITY, OTHER_PUBLIC;

    private static final Set<SourceType> PUBLIC = EnumSet.of(EU_FUNDS, STATE, REGION, LOCAL_AUTHORITY, OTHER_PUBLIC);

    /** Public money: never counted in the private leverage. */
    public boolean isPublic() {
        return PUBLIC.contains(this);
    }
}
