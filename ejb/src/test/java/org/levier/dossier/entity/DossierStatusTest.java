package org.levier.dossier.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.levier.dossier.entity.DossierStatus.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.levier.shared.control.Forbidden;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Role;

class DossierStatusTest {

    private static final Set<Role> STAFF = EnumSet.of(Role.ANALYST, Role.FUND_DIRECTOR);
    private static final Set<Role> DIRECTOR = EnumSet.of(Role.FUND_DIRECTOR);
    private static final Set<Role> APPLICANT_ONLY = EnumSet.of(Role.APPLICANT);
    private static final Set<Role> SYSTEM = EnumSet.noneOf(Role.class);

    /** The whole table of DOMAIN.md, with the roles of each move. */
    static Stream<Arguments> legalMoves() {
        return Stream.of(
                Arguments.of(DRAFT, SUBMITTED, APPLICANT_ONLY),
                Arguments.of(SUBMITTED, ELIGIBILITY_REVIEW, STAFF),
                Arguments.of(ELIGIBILITY_REVIEW, INELIGIBLE, STAFF),
                Arguments.of(ELIGIBILITY_REVIEW, DUE_DILIGENCE, STAFF),
                Arguments.of(DUE_DILIGENCE, COMMITTEE, STAFF),
                Arguments.of(COMMITTEE, APPROVED, DIRECTOR),
                Arguments.of(COMMITTEE, REJECTED, DIRECTOR),
                Arguments.of(COMMITTEE, DUE_DILIGENCE, DIRECTOR),
                Arguments.of(APPROVED, AGREEMENT_SIGNED, DIRECTOR),
                Arguments.of(AGREEMENT_SIGNED, IN_EXECUTION, SYSTEM),
                Arguments.of(IN_EXECUTION, COMPLETED, DIRECTOR),
                Arguments.of(IN_EXECUTION, TERMINATED, DIRECTOR),
                Arguments.of(DRAFT, WITHDRAWN, APPLICANT_ONLY),
                Arguments.of(SUBMITTED, WITHDRAWN, APPLICANT_ONLY),
                Arguments.of(ELIGIBILITY_REVIEW, WITHDRAWN, APPLICANT_ONLY),
                Arguments.of(DUE_DILIGENCE, WITHDRAWN, APPLICANT_ONLY),
                Arguments.of(COMMITTEE, WITHDRAWN, APPLICANT_ONLY),
                Arguments.of(SUBMITTED, RETURNED_FOR_COMPLETION, STAFF),
                Arguments.of(ELIGIBILITY_REVIEW, RETURNED_FOR_COMPLETION, STAFF),
                Arguments.of(RETURNED_FOR_COMPLETION, SUBMITTED, APPLICANT_ONLY),
                Arguments.of(RETURNED_FOR_COMPLETION, WITHDRAWN, APPLICANT_ONLY));
    }

    @ParameterizedTest(name = "{0} → {1} by {2}")
    @MethodSource("legalMoves")
    void everyMoveOfTheDomainIsLegalForItsRolesOnly(DossierStatus from, DossierStatus to, Set<Role> roles) {
        assertThat(from.canMoveTo(to)).isTrue();
        assertThat(from.findMoveTo(to).orElseThrow().roles()).isEqualTo(roles);
        for (Role role : Role.values()) {
            if (roles.contains(role)) {
                assertThat(from.requireMoveTo(to, role).to()).isEqualTo(to);
            } else {
                assertThatThrownBy(() -> from.requireMoveTo(to, role))
                        .isInstanceOfSatisfying(Forbidden.class,
                                f -> assertThat(f.key()).isEqualTo("dossier.transition.forbidden"))
                        .hasMessageContaining(from + " → " + to);
            }
        }
        if (roles.isEmpty()) {
            assertThat(from.requireMoveTo(to, null).isBySystem()).isTrue();
        } else {
            assertThatThrownBy(() -> from.requireMoveTo(to, null)).isInstanceOf(Forbidden.class);
        }
    }

    @Test
    void theTableHasNoOtherMove() {
        long moves = Stream.of(values()).mapToLong(s -> s.moves().size()).sum();
        assertThat(moves).isEqualTo(legalMoves().count());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("illegalMoves")
    void anIllegalMoveIsRefusedNamingBothStates(DossierStatus from, DossierStatus to) {
        assertThat(from.canMoveTo(to)).isFalse();
        assertThatThrownBy(() -> from.requireMoveTo(to, Role.FUND_DIRECTOR))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("dossier.transition.illegal"))
                .hasMessage(from + " → " + to + " is not a move of the dossier lifecycle");
    }

    static Stream<Arguments> illegalMoves() {
        return Stream.of(
                Arguments.of(DRAFT, APPROVED),
                Arguments.of(DRAFT, ELIGIBILITY_REVIEW),
                Arguments.of(SUBMITTED, DUE_DILIGENCE),
                Arguments.of(SUBMITTED, SUBMITTED),
                Arguments.of(DUE_DILIGENCE, RETURNED_FOR_COMPLETION),
                Arguments.of(RETURNED_FOR_COMPLETION, ELIGIBILITY_REVIEW),
                Arguments.of(ELIGIBILITY_REVIEW, COMMITTEE),
                Arguments.of(DUE_DILIGENCE, APPROVED),
                Arguments.of(COMMITTEE, IN_EXECUTION),
                Arguments.of(APPROVED, WITHDRAWN),
                Arguments.of(APPROVED, IN_EXECUTION),
                Arguments.of(AGREEMENT_SIGNED, COMPLETED),
                Arguments.of(IN_EXECUTION, WITHDRAWN),
                Arguments.of(REJECTED, DUE_DILIGENCE),
                Arguments.of(WITHDRAWN, DRAFT),
                Arguments.of(COMPLETED, IN_EXECUTION));
    }

    @Test
    void theEndsAreTerminalAndEverythingElseLeadsSomewhere() {
        assertThat(Stream.of(values()).filter(DossierStatus::isTerminal))
                .containsExactlyInAnyOrder(INELIGIBLE, REJECTED, WITHDRAWN, COMPLETED, TERMINATED);
        for (DossierStatus end : List.of(INELIGIBLE, REJECTED, WITHDRAWN, COMPLETED, TERMINATED)) {
            for (DossierStatus any : values()) {
                assertThat(end.canMoveTo(any)).as(end + " → " + any).isFalse();
            }
        }
    }

    @Test
    void refusalsDeferralsAndTerminationsNeedAReason() {
        assertThat(Stream.of(values()).flatMap(s -> s.moves().stream()).filter(DossierStatus.Move::reasonRequired)
                .map(m -> m.from() + "→" + m.to()))
                .containsExactlyInAnyOrder("ELIGIBILITY_REVIEW→INELIGIBLE", "COMMITTEE→REJECTED",
                        "COMMITTEE→DUE_DILIGENCE", "IN_EXECUTION→TERMINATED", "SUBMITTED→RETURNED_FOR_COMPLETION",
                        "ELIGIBILITY_REVIEW→RETURNED_FOR_COMPLETION");
    }

    @Test
    void onlyADraftOrADossierReturnedForCompletionIsEditableByTheApplicant() {
        assertThat(Stream.of(values()).filter(DossierStatus::isEditableByApplicant))
                .containsExactly(DRAFT, RETURNED_FOR_COMPLETION);
        assertThat(COMMITTEE.movesFor(Role.ANALYST)).isEmpty();
        assertThat(COMMITTEE.movesFor(Role.FUND_DIRECTOR)).extracting(DossierStatus.Move::to)
                .containsExactlyInAnyOrder(APPROVED, REJECTED, DUE_DILIGENCE);
    }
}
