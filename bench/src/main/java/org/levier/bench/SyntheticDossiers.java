package org.levier.bench;

import static org.levier.bench.SyntheticPortfolio.ANALYST;
import static org.levier.bench.SyntheticPortfolio.DIRECTOR;
import static org.levier.bench.SyntheticPortfolio.DIRECTOR2;
import static org.levier.bench.SyntheticPortfolio.GENERATOR;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.levier.demo.control.PortfolioRows;
import org.levier.demo.control.ReferenceCounter;

/**
 * What each synthetic dossier is — its organisation (one per {@value SyntheticPortfolio#PER_ORGANISATION}), status,
 * amounts, dates, co-financing, budget, impact targets, committee decision, agreement, tranches and disbursements,
 * audit event — drawn from its own {@code SplittableRandom(seed, i)} and handed to the shared row writer
 * ({@link PortfolioRows}, the demo component's, which the demo portfolio writes through too) and to
 * {@link SyntheticAudit}. The money rules are on {@link SyntheticPortfolio}.
 */
final class SyntheticDossiers {

    private static final String[] SIZES = {"SMALL", "MEDIUM", "MICRO", "LARGE", "SMALL", "RESEARCH_ORGANISATION",
            "MEDIUM", "PUBLIC_BODY", "SMALL", "ASSOCIATION"};
    private static final String[] INDICATORS = {"CO2_AVOIDED", "JOBS_CREATED", "JOBS_SAFEGUARDED",
            "RENEWABLE_ENERGY", "MATERIALS_RECOVERED", "NOX_REDUCED", "PM10_REDUCED", "PEOPLE_TRAINED"};
    private static final String[] THEMES = {"Hydrogène", "Chaleur fatale", "Mobilité décarbonée", "Économie circulaire",
            "Efficacité énergétique", "Éolien en mer", "Capture du carbone", "Formation aux métiers verts",
            "Logistique portuaire", "Numérique industriel"};
    private static final String[] CITIES = {"Dunkerque", "Gravelines", "Grande-Synthe", "Coudekerque-Branche",
            "Bourbourg", "Loon-Plage", "Téteghem", "Bergues"};
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final PortfolioRows rows;
    private final SyntheticAudit audit;
    private final ReferenceCounter references;
    private final long programmeId;
    private final long callId;
    private final List<Long> actions;
    private final long seed;
    private final Instant now;
    private long organisationId;
    private long sessionId;
    private int agendaPosition;

    SyntheticDossiers(PortfolioRows rows, SyntheticAudit audit, ReferenceCounter references, long programmeId,
                      long callId, List<Long> actions, long seed, Instant now) {
        this.rows = rows;
        this.audit = audit;
        this.references = references;
        this.programmeId = programmeId;
        this.callId = callId;
        this.actions = actions;
        this.seed = seed;
        this.now = now;
    }

    /** The committee session of the chunk of dossiers starting at {@code start}. */
    void session(int start) {
        Instant held = now.minus(400 + start % 300, ChronoUnit.DAYS);
        sessionId = rows.committeeSession("Comité synthétique n° " + (start / SyntheticPortfolio.CHUNK + 1),
                LocalDate.ofInstant(held, PARIS), "CLOSED", DIRECTOR, held, held, held.plus(3, ChronoUnit.HOURS));
        agendaPosition = 0;
    }

    void dossier(int i) throws SQLException {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        String status = SyntheticPortfolio.statusOf(i);
        int org = i / SyntheticPortfolio.PER_ORGANISATION;
        if (i % SyntheticPortfolio.PER_ORGANISATION == 0) {
            String size = SIZES[org % SIZES.length];
            organisationId = rows.organisation(new PortfolioRows.Organisation("Organisation de démonstration n° "
                    + (org + 1), size.equals("PUBLIC_BODY") ? "Collectivité" : size.equals("ASSOCIATION")
                    ? "Association" : "SAS", null, null, size, (1 + org % 200) + " rue fictive", "59140",
                    CITIES[org % CITIES.length], "FR", true, now.minus(1500, ChronoUnit.DAYS)));
        }
        long actionId = actions.get(r.nextInt(actions.size()));
        Instant created = now.minus(400 + r.nextInt(1000), ChronoUnit.DAYS).minusSeconds(r.nextInt(86_400))
                .truncatedTo(ChronoUnit.MICROS);
        Instant submitted = created.plus(1 + r.nextInt(20), ChronoUnit.DAYS);
        Instant updated = status.equals("DRAFT") ? created
                : submitted.plusSeconds(r.nextLong(Math.max(1, now.getEpochSecond() - submitted.getEpochSecond())));
        // The fund's contribution: 200,000 to 1,500,000, in thousands.
        BigDecimal fund = BigDecimal.valueOf(200_000L + 1000L * r.nextInt(1301)).setScale(2);
        BigDecimal equity = i % 4 == 3 ? new BigDecimal("150000.00") : zero();
        BigDecimal grant = percent(fund.subtract(equity), 60);
        BigDecimal advance = fund.subtract(equity).subtract(grant);
        String reference = status.equals("DRAFT") ? null : references.next();
        String theme = THEMES[r.nextInt(THEMES.length)];
        LocalDate start = LocalDate.ofInstant(submitted, PARIS).plusMonths(2);
        long dossierId = rows.dossier(new PortfolioRows.Dossier(programmeId, callId, actionId, organisationId,
                GENERATOR, theme + " — projet n° " + (i + 1) + " (synthétique)",
                "Dossier synthétique du banc d'essai : aucune donnée réelle.", start,
                start.plusMonths(18 + r.nextInt(30)), status, reference, grant, advance, equity,
                status.equals("DRAFT") ? null : submitted, created, updated));
        rows.transition(dossierId, null, "DRAFT", GENERATOR, null, "Données synthétiques", created);
        if (!status.equals("DRAFT")) {
            rows.transition(dossierId, "DRAFT", status, GENERATOR, null, "Données synthétiques : état généré",
                    updated);
        }
        cofinancingAndBudget(r, i, dossierId, status, fund);
        int a = r.nextInt(INDICATORS.length);
        int b = (a + 1 + r.nextInt(INDICATORS.length - 1)) % INDICATORS.length;
        rows.impactTarget(dossierId, INDICATORS[a], BigDecimal.valueOf(1 + r.nextInt(5000)));
        rows.impactTarget(dossierId, INDICATORS[b], BigDecimal.valueOf(1 + r.nextInt(500)));
        boolean approved = switch (status) {
            case "APPROVED", "AGREEMENT_SIGNED", "IN_EXECUTION", "COMPLETED", "TERMINATED" -> true;
            default -> false;
        };
        if (approved || status.equals("REJECTED")) {
            Instant decided = submitted.plus(60, ChronoUnit.DAYS);
            long itemId = rows.agendaItem(sessionId, dossierId, agendaPosition++, ANALYST, decided);
            rows.decision(new PortfolioRows.Decision(itemId, sessionId, dossierId, approved ? "APPROVED"
                    : "REJECTED", approved ? grant : null, approved ? advance : null, approved ? equity : null,
                    approved ? null : "Dossier synthétique rejeté", 5, 5, approved ? 4 : 1, approved ? 1 : 4, 0,
                    DIRECTOR, decided));
        }
        if (approved && !status.equals("APPROVED")) {
            agreement(r, dossierId, actionId, status, grant, advance, equity, submitted.plus(90, ChronoUnit.DAYS));
        }
        audit.dossier(dossierId, reference, status);
    }

    /** Co-financing: the project costs 4 to 11.36 times the fund's contribution (mean 7.68); three budget lines. */
    private void cofinancingAndBudget(SplittableRandom r, int i, long dossierId, String status, BigDecimal fund) {
        BigDecimal cofinancing = fund.multiply(BigDecimal.valueOf(300 + r.nextInt(737)))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN);
        BigDecimal own = percent(cofinancing, 30);
        BigDecimal bank = percent(cofinancing, 25);
        BigDecimal region = cofinancing.subtract(own).subtract(bank);
        String firm = switch (status) {
            case "DRAFT" -> "PLANNED";
            case "APPROVED", "AGREEMENT_SIGNED" -> "COMMITTED";
            case "IN_EXECUTION", "COMPLETED", "TERMINATED" -> "RECEIVED";
            default -> "APPLIED";
        };
        rows.cofinancing(dossierId, 0, "OWN_FUNDS", "Fonds propres (synthétique)", own, firm);
        rows.cofinancing(dossierId, 1, "BANK_LOAN", "Banque fictive (synthétique)", bank,
                firm.equals("RECEIVED") ? "COMMITTED" : firm);
        rows.cofinancing(dossierId, 2, "REGION", "Région (synthétique)", region, firm);
        BigDecimal planned = zero();
        if (i % 3 == 0) {
            planned = new BigDecimal("150000.00");
            rows.cofinancing(dossierId, 3, "PRIVATE_INVESTOR", "Investisseur fictif (synthétique)", planned,
                    "PLANNED");
        }
        BigDecimal total = fund.add(cofinancing).add(planned);
        BigDecimal equipment = percent(total, 50);
        BigDecimal works = percent(total, 30);
        rows.budgetLine(dossierId, 0, "EQUIPMENT", "Équipements (synthétique)", equipment, true);
        rows.budgetLine(dossierId, 1, "WORKS", "Travaux (synthétique)", works, true);
        rows.budgetLine(dossierId, 2, "STUDIES", "Études (synthétique)", total.subtract(equipment).subtract(works),
                true);
    }

    private void agreement(SplittableRandom r, long dossierId, long actionId, String status, BigDecimal grant,
                           BigDecimal advance, BigDecimal equity, Instant signed) {
        long agreementId = rows.agreement(new PortfolioRows.Agreement(dossierId, programmeId, actionId,
                organisationId, LocalDate.ofInstant(signed, PARIS), DIRECTOR, signed, grant, advance, equity,
                signed));
        List<Object[]> tranches = new ArrayList<>();
        BigDecimal halfGrant = percent(grant, 50);
        tranches.add(new Object[] {"GRANT", halfGrant});
        tranches.add(new Object[] {"GRANT", grant.subtract(halfGrant)});
        BigDecimal halfAdvance = percent(advance, 50);
        tranches.add(new Object[] {"REPAYABLE_ADVANCE", halfAdvance});
        tranches.add(new Object[] {"REPAYABLE_ADVANCE", advance.subtract(halfAdvance)});
        if (equity.signum() > 0) {
            tranches.add(new Object[] {"EQUITY", equity});
        }
        int disbursements = switch (status) {
            case "AGREEMENT_SIGNED" -> 5;
            case "TERMINATED" -> 15;
            default -> 25;
        };
        int t = tranches.size();
        long requestedAt = signed.getEpochSecond();
        for (int k = 0; k < t; k++) {
            String instrument = (String) tranches.get(k)[0];
            BigDecimal amount = (BigDecimal) tranches.get(k)[1];
            long trancheId = rows.tranche(agreementId, k, instrument, amount,
                    LocalDate.ofInstant(signed, PARIS).plusMonths(3L * (k + 1)), "Jalon " + (k + 1) + " (synthétique)");
            int m = disbursements / t + (k < disbursements % t ? 1 : 0);
            if (m == 0) {
                continue;
            }
            // The share of the tranche engaged, in thousandths: money stays in whole cents, never a double.
            long fillPerMille = switch (status) {
                case "COMPLETED" -> 1000;
                case "AGREEMENT_SIGNED" -> 100 + r.nextInt(400);
                default -> 200 + r.nextInt(700);
            };
            long engaged = amount.movePointRight(2).longValueExact() * fillPerMille / 1000;
            long[] parts = split(r, engaged, m);
            for (int j = 0; j < m; j++) {
                String state = state(r, status, k == 0 && j == 0, (double) j / m);
                requestedAt = Math.min(now.getEpochSecond() - 10 * 86_400,
                        requestedAt + 3600 + r.nextInt(20 * 86_400));
                Instant requested = Instant.ofEpochSecond(requestedAt);
                Instant approvedAt = requested.plus(2, ChronoUnit.DAYS);
                Instant paidAt = approvedAt.plus(3, ChronoUnit.DAYS);
                boolean wasApproved = state.equals("APPROVED") || state.equals("PAID");
                boolean paid = state.equals("PAID");
                boolean cancelled = state.equals("CANCELLED");
                rows.disbursement(new PortfolioRows.Disbursement(agreementId, trancheId, instrument,
                        BigDecimal.valueOf(parts[j]).movePointLeft(2), state, ANALYST, "ANALYST", requested,
                        wasApproved ? DIRECTOR : null, wasApproved ? approvedAt : null,
                        paid ? LocalDate.ofInstant(paidAt, PARIS) : null,
                        paid ? "SYN-" + agreementId + "-" + k + "-" + j : null, paid ? DIRECTOR2 : null,
                        paid ? paidAt : null, cancelled ? DIRECTOR : null, cancelled ? approvedAt : null,
                        cancelled ? "Annulation synthétique" : null));
            }
        }
    }

    /** A disbursement's state by the dossier's status and its place in the tranche ({@code progress} 0..1). */
    private static String state(SplittableRandom r, String status, boolean first, double progress) {
        double u = r.nextDouble();
        return switch (status) {
            case "AGREEMENT_SIGNED" -> u < 0.1 ? "CANCELLED" : progress < 0.5 ? "APPROVED" : "PENDING";
            case "COMPLETED" -> u < 0.05 && !first ? "CANCELLED" : "PAID";
            case "TERMINATED" -> u < 0.15 && !first ? "CANCELLED" : "PAID";
            default -> first ? "PAID" : u < 0.05 ? "CANCELLED" : progress < 0.6 ? "PAID"
                    : progress < 0.8 ? "APPROVED" : "PENDING";
        };
    }

    /** {@code total} cents in {@code m} positive parts of random weights. */
    private static long[] split(SplittableRandom r, long total, int m) {
        long[] weights = new long[m];
        long sum = 0;
        for (int j = 0; j < m; j++) {
            weights[j] = 1 + r.nextInt(9);
            sum += weights[j];
        }
        long[] parts = new long[m];
        long given = 0;
        for (int j = 0; j < m - 1; j++) {
            parts[j] = Math.max(1, total * weights[j] / sum);
            given += parts[j];
        }
        parts[m - 1] = total - given;
        if (parts[m - 1] <= 0) {
            throw new IllegalStateException("tranche too small to split: " + total + " cents in " + m);
        }
        return parts;
    }

    private static BigDecimal percent(BigDecimal amount, int percent) {
        return amount.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2,
                RoundingMode.HALF_EVEN);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
