package org.levier.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.levier.agreement.boundary.AgreementView;
import org.levier.disbursement.boundary.DisbursementRequest;
import org.levier.disbursement.entity.Disbursement;
import org.levier.document.boundary.Documents.DocumentInfo;
import org.levier.equity.boundary.StakeView;
import org.levier.repayment.boundary.ScheduleView;
import org.levier.shared.control.Page;

/** The numbers the agreement pages show beside the money: stored decimals, multiples and rates. */
class AgreementSheetTest {

    private final AgreementSheet sheet = new AgreementSheet() {
        @Override
        protected AgreementView readAgreement(long dossierId) {
            throw new UnsupportedOperationException();
        }

        @Override
        protected Page<Disbursement> readDisbursements(long dossierId) {
            throw new UnsupportedOperationException();
        }

        @Override
        protected ScheduleView readSchedule(long dossierId) {
            throw new UnsupportedOperationException();
        }

        @Override
        protected StakeView readStake(long dossierId) {
            throw new UnsupportedOperationException();
        }

        @Override
        protected List<DocumentInfo> readDocuments(long dossierId) {
            throw new UnsupportedOperationException();
        }

        @Override
        protected void request(long dossierId, DisbursementRequest request) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void storedDecimalsLoseTheirPaddingZerosButNotTheirUnits() {
        assertThat(sheet.plain(new BigDecimal("5.500000"))).isEqualByComparingTo("5.5").hasToString("5.5");
        assertThat(sheet.plain(new BigDecimal("10.000000"))).hasToString("10");
        assertThat(sheet.plain(new BigDecimal("3000.000000"))).hasToString("3000");
        assertThat(sheet.plain(null)).isNull();
    }

    @Test
    void multiplesShowTwoDecimalsRoundedHalfEven() {
        assertThat(sheet.ratio(new BigDecimal("1.5000"))).hasToString("1.50");
        assertThat(sheet.ratio(new BigDecimal("1.2250"))).hasToString("1.22");
        assertThat(sheet.ratio(new BigDecimal("1.2350"))).hasToString("1.24");
    }

    @Test
    void ratesShowAsPercentagesWithTwoDecimals() {
        assertThat(sheet.percent(new BigDecimal("0.41325"))).hasToString("41.32");
        assertThat(sheet.percent(new BigDecimal("-0.1"))).hasToString("-10.00");
        assertThat(sheet.percent(null)).isNull();
    }
}
