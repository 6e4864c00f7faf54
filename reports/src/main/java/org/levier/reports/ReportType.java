package org.levier.reports;

import java.util.EnumSet;
import java.util.Set;

/** The report catalogue of DOMAIN.md: the API name of each report and the formats it is produced in. */
public enum ReportType {
    DOSSIER_SUMMARY("dossier-summary", EnumSet.of(Format.PDF)),
    DUE_DILIGENCE("due-diligence", EnumSet.of(Format.PDF)),
    COMMITTEE_MINUTES("committee-minutes", EnumSet.of(Format.PDF)),
    AGREEMENT("agreement", EnumSet.of(Format.PDF)),
    DISBURSEMENT_STATEMENT("disbursement-statement", EnumSet.of(Format.PDF, Format.XLSX)),
    PORTFOLIO("portfolio", EnumSet.of(Format.PDF, Format.XLSX)),
    LEVERAGE("leverage", EnumSet.of(Format.PDF, Format.XLSX)),
    IMPACT("impact", EnumSet.of(Format.PDF, Format.XLSX)),
    AUDIT_TRAIL("audit-trail", EnumSet.of(Format.PDF, Format.CSV)),
    ANNUAL("annual", EnumSet.of(Format.PDF));

    /** Output formats. */
    public enum Format { PDF, XLSX, CSV }

    private final String apiName;
    private final Set<Format> formats;

    ReportType(String apiName, Set<Format> formats) {
        this.apiName = apiName;
        this.formats = formats;
    }

    public String apiName() {
        return apiName;
    }

    public boolean supports(Format format) {
        return formats.contains(format);
    }

    public static ReportType fromApiName(String name) {
        for (ReportType type : values()) {
            if (type.apiName.equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown report type: " + name);
    }
}
