package org.levier.dossier.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.levier.dossier.entity.DossierDraft.CofinancingItem;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Money;

class FunderNameTest {

    @Test
    void caseAccentsSpacesAndPunctuationDoNotMakeAnotherFunder() {
        assertThat(FunderName.normalise("Région Hauts-de-France")).isEqualTo("regionhautsdefrance");
        assertThat(FunderName.same("Région Hauts-de-France", "  REGION hauts de  france ")).isTrue();
        assertThat(FunderName.same("Banque du Nord", "BANQUE DU NÖRD")).isTrue();
        assertThat(FunderName.same("Cœur de Flandre", "coeur de flandre")).isTrue();
        assertThat(FunderName.same("Caisse d'Épargne", "Caisse d’epargne")).isTrue();
        assertThat(FunderName.same("Banque du Nord", "Banque du Sud")).isFalse();
        assertThat(FunderName.same("Fonds 1", "Fonds 2")).isFalse();
        assertThat(FunderName.normalise(null)).isEmpty();
        assertThat(FunderName.normalise(" - ")).isEmpty();
    }

    private static CofinancingItem line(SourceType source, String funder) {
        return new CofinancingItem(source, funder, Money.eur("1000.00"), CofinancingStatus.PLANNED);
    }

    @Test
    void aFunderIsOneLinePerSourceTypeAndTheSecondLineIsNamed() {
        List<Violation> twice = Dossier.duplicateFunders(List.of(line(SourceType.REGION, "Région Hauts-de-France"),
                line(SourceType.BANK_LOAN, "Banque du Nord"), line(SourceType.REGION, "REGION HAUTS DE FRANCE")));
        assertThat(twice).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("cofinancing[2].funder");
            assertThat(v.message()).contains("cofinancing[0]").contains("REGION");
        });
        // The same bank as lender and as investor: two lines.
        assertThat(Dossier.duplicateFunders(List.of(line(SourceType.BANK_LOAN, "Banque du Nord"),
                line(SourceType.PRIVATE_INVESTOR, "Banque du Nord")))).isEmpty();
    }

    @Test
    void aDraftSaveRefusesTheSameFunderTwiceUnderOneSourceType() {
        DossierDraft good = DossierTest.balancedDraft();
        DossierDraft twice = new DossierDraft(good.title(), good.summary(), good.startDate(), good.endDate(),
                good.requested(), good.budgetLines(),
                List.of(new CofinancingItem(SourceType.REGION, "Hauts de France", Money.eur("20000.00"),
                                CofinancingStatus.COMMITTED),
                        new CofinancingItem(SourceType.REGION, "Hauts-de-France", Money.eur("30000.00"),
                                CofinancingStatus.APPLIED)),
                good.impactTargets(), good.milestones());
        RuleViolation refused = catchThrowableOfType(RuleViolation.class, () -> DossierTest.draft(twice));
        assertThat(refused.key()).isEqualTo("dossier.invalid");
        assertThat(refused.violations()).extracting(Violation::field).containsExactly("cofinancing[1].funder");

        Dossier dossier = DossierTest.draft(good);
        RuleViolation replaced = catchThrowableOfType(RuleViolation.class,
                () -> dossier.replaceCofinancing(twice.cofinancing(), Instant.parse("2026-03-03T10:00:00Z")));
        assertThat(replaced.violations()).extracting(Violation::field).containsExactly("cofinancing[1].funder");
        assertThat(dossier.getCofinancing()).extracting(CofinancingLine::getFunder)
                .containsExactly("Applicant", "Hauts-de-France");
    }

    @Test
    void aDraftHasNoLedgerYet() {
        Dossier dossier = DossierTest.draft(DossierTest.balancedDraft());
        assertThat(dossier.hasLedger()).isFalse();
        RuleViolation refused = catchThrowableOfType(RuleViolation.class, () -> dossier.followCofinancing(1L,
                CofinancingStatus.COMMITTED, null));
        assertThat(refused.key()).isEqualTo("cofinancing.ledger.draft");
        assertThat(dossier.getCofinancing().getFirst().getStatus()).isEqualTo(CofinancingStatus.COMMITTED);
        assertThat(dossier.getCofinancing().getFirst().currentAmount()).isEqualTo(Money.eur("20000.00"));
    }
}
