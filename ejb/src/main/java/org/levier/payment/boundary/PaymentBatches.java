package org.levier.payment.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.levier.agreement.control.AgreementIds;
import org.levier.audit.boundary.AuditTrail;
import org.levier.banking.boundary.BankAccounts;
import org.levier.banking.entity.BankAccount;
import org.levier.disbursement.boundary.Disbursements;
import org.levier.disbursement.control.DisbursementLocks;
import org.levier.disbursement.control.DisbursementQueries;
import org.levier.disbursement.entity.Disbursement;
import org.levier.disbursement.entity.DisbursementStatus;
import org.levier.dossier.control.DossierIds;
import org.levier.payment.boundary.ConfirmationReport.Outcome;
import org.levier.payment.boundary.ConfirmationReport.Result;
import org.levier.payment.control.Camt054;
import org.levier.payment.control.FundAccount;
import org.levier.payment.control.Pain001;
import org.levier.payment.entity.PaymentBatch;
import org.levier.payment.entity.PaymentBatchLine;
import org.levier.payment.entity.PaymentConfirmation;
import org.levier.shared.boundary.Invocation;
import org.levier.shared.control.Clocks;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.Page;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.Sha256;
import org.levier.shared.control.StaleVersion;
import org.levier.shared.entity.Role;

/**
 * Payment batches, for fund directors. Making a batch locks each disbursement row (ascending ids) and the account in
 * force of its organisation, then inserts the lines, whose live key is unique: of two batches claiming one
 * disbursement, the second waits for the first and is refused ({@code payment-batch.disbursement-in-batch}).
 * Exporting, cancelling and confirming lock the batch row, so confirmations of one batch queue; each confirmed line
 * is paid through {@link Disbursements#payConfirmedByBank} (the one pay use case, in its own transaction).
 */
@Stateless
public class PaymentBatches {

    static final String ENTITY = "PaymentBatch";

    @Inject
    Invocation invocation;

    @PersistenceContext
    EntityManager em;

    @Inject
    DisbursementLocks disbursementLocks;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    BankAccounts bankAccounts;

    @Inject
    Disbursements disbursements;

    @Inject
    FundAccount fund;

    @Inject
    AgreementIds agreementIds;

    @Inject
    DisbursementQueries disbursementQueries;

    @Inject
    DossierIds dossierIds;

    /** A line a director confirms by hand (or read from a bank file). */
    public record ConfirmedLine(String endToEndId, BigDecimal amount, String currency, LocalDate valueDate,
                                String bankReference) {
    }

    /**
     * Gathers approved disbursements into a draft batch to be executed on {@code executionDate} (not before today).
     *
     * @throws RuleViolation {@code payment-batch.invalid} naming each disbursement that cannot be paid (unknown, not
     *                       approved, no verified account in force, already in a live batch)
     */
    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    public PaymentBatch create(List<Long> disbursementIds, LocalDate executionDate) {
        List<Violation> violations = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(Clocks.FUND_ZONE));
        if (executionDate == null) {
            violations.add(new Violation("executionDate", "required, e.g. " + today));
        } else if (executionDate.isBefore(today) || executionDate.getYear() > 9999) {
            violations.add(new Violation("executionDate", "not before today (" + today + ")"));
        }
        if (disbursementIds == null || disbursementIds.isEmpty() || disbursementIds.size() > PaymentBatch.MAX_LINES) {
            violations.add(new Violation("disbursementIds", "1 to " + PaymentBatch.MAX_LINES
                    + " approved disbursements"));
        } else if (disbursementIds.stream().anyMatch(java.util.Objects::isNull)
                || new HashSet<>(disbursementIds).size() != disbursementIds.size()) {
            violations.add(new Violation("disbursementIds", "each disbursement once"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolation("payment-batch.invalid", "The payment batch is invalid", violations);
        }
        // Every disbursement row first (ascending ids), then the accounts (ascending organisations): one lock order
        // for every batch, so two batches sharing disbursements or organisations queue instead of deadlocking.
        Map<Long, Object[]> found = new LinkedHashMap<>();
        for (long id : disbursementIds.stream().sorted().toList()) {
            String field = "disbursementIds[" + disbursementIds.indexOf(id) + "]";
            Disbursement d = disbursementLocks.lockIfAny(id).orElse(null);
            if (d == null) {
                violations.add(new Violation(field, "disbursement " + id + " does not exist"));
            } else if (d.getStatus() != DisbursementStatus.APPROVED) {
                violations.add(new Violation(field, "disbursement " + id + " is " + d.getStatus()
                        + ", only an APPROVED one is paid"));
            } else if (liveBatchOf(id).isPresent()) {
                violations.add(new Violation(field, "disbursement " + id + " is already in batch "
                        + liveBatchOf(id).get()));
            } else {
                AgreementIds.Parties parties = agreementIds.partiesOf(List.of(d.getAgreementId()))
                        .get(d.getAgreementId());
                String reference = dossierIds.headings(List.of(parties.dossierId())).get(parties.dossierId())
                        .reference();
                found.put(id, new Object[] {d, parties.organisationId(), parties.dossierId(), reference});
            }
        }
        Map<Long, Optional<BankAccount>> accounts = new java.util.TreeMap<>();
        found.values().forEach(row -> accounts.put((Long) row[1], Optional.empty()));
        accounts.replaceAll((organisationId, none) -> bankAccounts.inForceForPayment(organisationId));
        List<PaymentBatchLine.Line> lines = new ArrayList<>();
        found.forEach((id, row) -> {
            Disbursement d = (Disbursement) row[0];
            long organisationId = (Long) row[1];
            Optional<BankAccount> account = accounts.get(organisationId);
            if (account.isEmpty()) {
                violations.add(new Violation("disbursementIds[" + disbursementIds.indexOf(id) + "]", "the"
                        + " organisation of disbursement " + id + " has no verified bank account in force (none"
                        + " declared, or a change awaits verification)"));
                return;
            }
            BankAccount a = account.get();
            lines.add(new PaymentBatchLine.Line(id, (Long) row[2], (String) row[3], organisationId, a.getId(),
                    a.getHolder(), a.getIban(), a.getBic(), d.getAmount()));
        });
        if (!violations.isEmpty()) {
            throw new RuleViolation("payment-batch.invalid", "These disbursements cannot be put in a batch",
                    violations);
        }
        PaymentBatch batch = PaymentBatch.draft(executionDate, lines, invocation.caller(), invocation.now());
        try {
            em.persist(batch);
            em.flush();
            batch.identify();
            em.flush();
        } catch (PersistenceException e) {
            // uq_payment_line_live: another batch took one of them meanwhile (the row locks make this a backstop).
            throw new RuleViolation("payment-batch.disbursement-in-batch", "A disbursement was put in another batch"
                    + " meanwhile", List.of(new Violation("disbursementIds", "already in a live batch")));
        }
        Map<String, Object> changes = summary(batch);
        changes.put("disbursementIds", lines.stream().map(PaymentBatchLine.Line::disbursementId).toList());
        audit.record("payment-batch.created", ENTITY, batch.getId(), "Payment batch of " + batch.getLineCount()
                + " transfers, " + batch.getTotal().toPlainString() + " EUR, to execute on " + executionDate, changes);
        return batch;
    }

    @RolesAllowed({Role.FUND_DIRECTOR_NAME, Role.ANALYST_NAME, Role.AUDITOR_NAME})
    public PaymentBatch get(long batchId) {
        PaymentBatch batch = em.find(PaymentBatch.class, batchId);
        if (batch == null) {
            throw new NotFound("payment batch " + batchId);
        }
        return batch;
    }

    /** Batches, newest first. */
    @RolesAllowed({Role.FUND_DIRECTOR_NAME, Role.ANALYST_NAME, Role.AUDITOR_NAME})
    public Page<PaymentBatch> list(int page, int size) {
        Page.check(page, size);
        List<PaymentBatch> items = em.createQuery("select b from PaymentBatch b order by b.id desc",
                PaymentBatch.class).setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(b) from PaymentBatch b", Long.class).getSingleResult();
        return new Page<>(items, page, size, total);
    }

    /**
     * The batch's SEPA file. The first call exports the batch: builds the pain.001.001.09, keeps its bytes and audits
     * their SHA-256; later calls return the very same bytes.
     */
    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    public byte[] file(long batchId) {
        PaymentBatch batch = lock(batchId);
        Optional<byte[]> stored = batch.file();
        if (stored.isPresent()) {
            return stored.get();
        }
        LocalDate today = LocalDate.now(clock.withZone(Clocks.FUND_ZONE));
        if (batch.getExecutionDate().isBefore(today)) {
            throw new RuleViolation("payment-batch.execution-date-passed", "The batch's execution date "
                    + batch.getExecutionDate() + " has passed: cancel it and make a new one",
                    List.of(new Violation("executionDate", "not before today (" + today + ")")));
        }
        Instant now = invocation.now();
        List<Pain001.Transfer> transfers = batch.getLines().stream()
                .map(l -> new Pain001.Transfer(l.getDisbursementId(), l.getAmount().amount(), l.getCreditorName(),
                        l.getCreditorIban(), l.getCreditorBic(), l.getDossierReference() + " disbursement "
                        + l.getDisbursementId()))
                .toList();
        byte[] file = Pain001.build(batch.getMessageId(), now, batch.getExecutionDate(), fund.debtor(), transfers);
        String sha256 = Sha256.hex(file);
        batch.exported(file, sha256, invocation.caller(), now);
        invocation.flushClaim("payment batch " + batch.getId());
        Map<String, Object> changes = summary(batch);
        changes.put("sha256", sha256);
        changes.put("size", (long) file.length);
        audit.record("payment-batch.exported", ENTITY, batch.getId(), "Payment batch " + batch.getMessageId()
                + " exported as pain.001.001.09 (SHA-256 " + sha256 + ")", changes);
        return file;
    }

    /** Cancels a batch that was never exported; its disbursements can go in another batch. */
    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    public PaymentBatch cancel(long batchId, String reason) {
        PaymentBatch batch = lock(batchId);
        batch.cancel(invocation.caller(), reason, invocation.now());
        invocation.flushClaim("payment batch " + batch.getId());
        Map<String, Object> changes = summary(batch);
        changes.put("reason", batch.cancelReason().orElse(null));
        audit.record("payment-batch.cancelled", ENTITY, batch.getId(), "Payment batch " + batch.getMessageId()
                + " cancelled", changes);
        return batch;
    }

    /** Imports the bank's camt.054 debit notification of the batch. */
    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    public ConfirmationReport confirmWithBankFile(long batchId, byte[] camt054) {
        List<ConfirmedLine> lines = Camt054.debits(camt054).stream()
                .map(d -> new ConfirmedLine(d.endToEndId(), d.amount(), d.currency(), d.valueDate(),
                        d.bankReference()))
                .toList();
        return confirm(batchId, PaymentConfirmation.Source.CAMT054, Sha256.hex(camt054), lines);
    }

    /** A director confirms lines by hand, with the value date and reference the bank gave. */
    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    public ConfirmationReport confirmByHand(long batchId, List<ConfirmedLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new RuleViolation("payment-confirmation.invalid", "Name at least one confirmed line",
                    List.of(new Violation("lines", "at least one {disbursementId, valueDate, bankReference}")));
        }
        StringBuilder canonical = new StringBuilder();
        lines.forEach(l -> canonical.append(l.endToEndId()).append('|').append(l.valueDate()).append('|')
                .append(l.bankReference()).append('\n'));
        return confirm(batchId, PaymentConfirmation.Source.MANUAL,
                Sha256.hex(canonical.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), lines);
    }

    private ConfirmationReport confirm(long batchId, PaymentConfirmation.Source source, String sha256,
                                       List<ConfirmedLine> lines) {
        PaymentBatch batch = lock(batchId);
        batch.requireConfirmable();
        Set<String> seen = new HashSet<>();
        List<Outcome> outcomes = new ArrayList<>();
        int paid = 0;
        for (ConfirmedLine line : lines) {
            Outcome outcome = apply(batch, line, seen);
            paid += outcome.result() == Result.PAID ? 1 : 0;
            outcomes.add(outcome);
        }
        boolean allPaid = batch.getLines().stream().allMatch(l -> statusOf(l.getDisbursementId())
                == DisbursementStatus.PAID);
        if (allPaid) {
            batch.completed();
        }
        if (paid > 0) {
            em.persist(new PaymentConfirmation(batch.getId(), source, sha256, paid, outcomes.size(),
                    invocation.caller(), invocation.now()));
            invocation.flushClaim("payment batch " + batch.getId());
            Map<String, Object> changes = summary(batch);
            changes.put("source", source);
            changes.put("sha256", sha256);
            changes.put("paid", outcomes.stream().filter(o -> o.result() == Result.PAID)
                    .map(Outcome::disbursementId).toList());
            changes.put("reported", outcomes.stream().filter(o -> o.result() != Result.PAID)
                    .map(o -> o.endToEndId() + ":" + o.result()).toList());
            audit.record("payment-batch.confirmed", ENTITY, batch.getId(), "Bank confirmation (" + source + ") of"
                    + " batch " + batch.getMessageId() + ": " + paid + " paid, " + (outcomes.size() - paid)
                    + " reported", changes);
        } else {
            invocation.flushClaim("payment batch " + batch.getId());
        }
        return new ConfirmationReport(batch.getId(), batch.getStatus(), paid, outcomes);
    }

    private Outcome apply(PaymentBatch batch, ConfirmedLine line, Set<String> seen) {
        String endToEnd = line.endToEndId() == null ? null : line.endToEndId().strip();
        Long id = parseId(endToEnd);
        if (id == null || batch.lineOf(id).isEmpty()) {
            return outcome(line, null, Result.UNMATCHED, "no transfer of this batch has this end-to-end id");
        }
        if (!seen.add(endToEnd)) {
            return outcome(line, id, Result.DUPLICATE, "this transfer appears more than once: counted once");
        }
        PaymentBatchLine batchLine = batch.lineOf(id).get();
        if (line.amount() != null && (line.amount().compareTo(batchLine.getAmount().amount()) != 0
                || line.currency() != null && !"EUR".equals(line.currency()))) {
            return outcome(line, id, Result.AMOUNT_MISMATCH, "the bank's amount " + line.amount() + " "
                    + line.currency() + " is not the transfer's " + batchLine.getAmount().toPlainString() + " EUR");
        }
        DisbursementStatus status = statusOf(id);
        if (status == DisbursementStatus.PAID) {
            return outcome(line, id, Result.ALREADY_PAID, "already paid: nothing changed");
        }
        if (line.valueDate() == null || line.bankReference() == null || line.bankReference().isBlank()) {
            return outcome(line, id, Result.INVALID, "a value date and the bank's reference are required");
        }
        try {
            disbursements.payConfirmedByBank(id, line.valueDate(), line.bankReference().strip());
            return outcome(line, id, Result.PAID, null);
        } catch (RuleViolation e) {
            return outcome(line, id, Result.REFUSED, e.getMessage());
        } catch (StaleVersion | NotFound | EJBException e) {
            return outcome(line, id, Result.REFUSED, "the payment could not be recorded; try again");
        }
    }

    private static Outcome outcome(ConfirmedLine line, Long id, Result result, String message) {
        return new Outcome(line.endToEndId(), id, result, line.valueDate(), line.bankReference(), message);
    }

    private static Long parseId(String endToEnd) {
        if (endToEnd == null || !endToEnd.matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(endToEnd);
    }

    /** The disbursement's current status, read from the database (the pay use case ran in its own transaction). */
    private DisbursementStatus statusOf(long disbursementId) {
        return disbursementQueries.statusOf(disbursementId);
    }

    private Optional<Long> liveBatchOf(long disbursementId) {
        return em.createQuery("select l.batch.id from PaymentBatchLine l where l.liveDisbursementId = :id", Long.class)
                .setParameter("id", disbursementId).getResultStream().findFirst();
    }

    private PaymentBatch lock(long batchId) {
        PaymentBatch batch = em.find(PaymentBatch.class, batchId, LockModeType.PESSIMISTIC_WRITE);
        if (batch == null) {
            throw new NotFound("payment batch " + batchId);
        }
        return batch;
    }

    private static Map<String, Object> summary(PaymentBatch b) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("status", b.getStatus());
        changes.put("messageId", b.getMessageId());
        changes.put("executionDate", b.getExecutionDate());
        changes.put("transactions", b.getLineCount());
        changes.put("total", b.getTotal());
        return changes;
    }
}
