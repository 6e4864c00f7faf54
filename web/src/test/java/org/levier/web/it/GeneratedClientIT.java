package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.levier.client.ApiClient;
import org.levier.client.ApiException;
import org.levier.client.api.DefaultApi;
import org.levier.client.model.AgendaBody;
import org.levier.client.model.BankAccountBody;
import org.levier.client.model.BudgetLineBody;
import org.levier.client.model.CofinancingBody;
import org.levier.client.model.CommentBody;
import org.levier.client.model.CredentialsBody;
import org.levier.client.model.DecisionBody;
import org.levier.client.model.DisbursementJson;
import org.levier.client.model.DossierBody;
import org.levier.client.model.GetDueDiligence200Response;
import org.levier.client.model.FileBody;
import org.levier.client.model.ItemBody;
import org.levier.client.model.LineBody;
import org.levier.client.model.MilestoneBody;
import org.levier.client.model.OrganisationRequest;
import org.levier.client.model.PaymentBody;
import org.levier.client.model.PlanBody;
import org.levier.client.model.RecommendationBody;
import org.levier.client.model.RegistrationRequest;
import org.levier.client.model.RequestBody;
import org.levier.client.model.ReviewBody;
import org.levier.client.model.SignBody;
import org.levier.client.model.TargetBody;
import org.levier.client.model.TokenRequest;
import org.levier.client.model.TrancheBody;
import org.levier.client.model.VersionBody;
import org.levier.client.model.VoteBody;

/**
 * An outside client drives Levier (issue 17): the README's walkthrough — register, apply, submit, instruct, decide,
 * sign, disburse, pay — through the Java client that openapi-generator builds from the committed snapshot of
 * {@code /openapi} ({@code org.levier.client}, profile {@code openapi-client}), with no request written by hand. Only
 * the confirmation link is read from the mailbox, as the registrant would. {@link OpenApiContractIT} keeps the
 * snapshot equal to the served document.
 */
@ExtendWith(PayaraServer.class)
class GeneratedClientIT {

    private static final String PASSWORD = "Quai des Hollandais 59";
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");
    private static final String GRANT = "40000.00";

    @PayaraServer.Base
    URL base;

    private static SmtpInbox mailbox;

    @BeforeAll
    static void openMailbox() {
        mailbox = new SmtpInbox(SmtpInbox.configuredPort());
    }

    @AfterAll
    static void closeMailbox() throws IOException {
        mailbox.close();
    }

    @Test
    void theReadmeWalkthroughThroughTheGeneratedClient() throws Exception {
        String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
        DefaultApi anonymous = new DefaultApi(client(null));

        // Register an applicant organisation and confirm the address from the mailed link.
        String email = "generated-" + UUID.randomUUID() + "@example.org";
        anonymous.register(new RegistrationRequest().email(email).password(PASSWORD).displayName("Nora Client")
                .locale("en").organisation(new OrganisationRequest().legalName("Client Généré SAS").legalForm("SAS")
                        .siret(DossierFixtures.newSiret()).sizeClass("SMALL").addressLine("1 quai des Hollandais")
                        .postalCode("59140").city("Dunkerque")));
        anonymous.confirm(new TokenRequest().token(confirmationToken(email)));
        DefaultApi applicant = signedIn(anonymous, email, PASSWORD);
        long organisationId = applicant.me().getOrganisation().getId();

        // Apply to the demo call and submit.
        long callId = applicant.listCalls("true", null).getItems().stream()
                .filter(call -> "AAP-DEMO-1".equals(call.getCode())).findFirst().orElseThrow().getId();
        var draft = applicant.createDossier(new DossierBody().callId(callId).actionNumber(15)
                .title("Generated client: shore power").summary("Driven by the generated client")
                .startDate(LocalDate.parse("2027-01-01")).endDate(LocalDate.parse("2028-12-31"))
                .requested(Map.of("GRANT", GRANT))
                .budgetLines(List.of(new BudgetLineBody().category(BudgetLineBody.CategoryEnum.EQUIPMENT)
                        .label("Shore power units").amount("160000.00")))
                .cofinancing(List.of(new CofinancingBody().sourceType(CofinancingBody.SourceTypeEnum.OWN_FUNDS)
                        .funder("Applicant").amount("120000.00").status(CofinancingBody.StatusEnum.COMMITTED)))
                .impactTargets(List.of(new TargetBody().indicator("CO2_AVOIDED").target("10")))
                .milestones(List.of(new MilestoneBody().title("Commissioning")
                        .dueDate(LocalDate.parse("2027-06-30")))));
        long dossierId = draft.getId();
        long quoteId = applicant.uploadDocument(dossierId, pdf("quote"), "OTHER").getId();
        assertThat(applicant.submitDossier(dossierId, new VersionBody(), null).getStatus()).isEqualTo("SUBMITTED");

        // Instruction: screening, due diligence, recommendation, second review, committee.
        DefaultApi analyst = staff(anonymous, "analyst@levier.example");
        DefaultApi director1 = staff(anonymous, "director1@levier.example");
        DefaultApi director2 = staff(anonymous, "director2@levier.example");
        analyst.start(dossierId);
        analyst.apply(dossierId, satisfyAll(analyst.getDueDiligence(dossierId), false), null);
        analyst.eligible(dossierId, new CommentBody().comment("eligible"));
        analyst.apply(dossierId, satisfyAll(analyst.getDueDiligence(dossierId), true), null);
        var recommended = analyst.recommend(dossierId, new RecommendationBody()
                .outcome(RecommendationBody.OutcomeEnum.APPROVE).amounts(Map.of("GRANT", GRANT))
                .rationale("Sound project"));
        director2.review(dossierId, new ReviewBody().outcome(ReviewBody.OutcomeEnum.APPROVED).comment("Agreed")
                .version(recommended.getVersion()), null);
        assertThat(analyst.sendToCommittee(dossierId).getStatus()).isEqualTo("COMMITTEE");

        // The committee decides.
        long sessionId = director1.plan(new PlanBody().title("Generated client committee")
                .heldOn(LocalDate.now().plusDays(7))
                .members(List.of("member1@levier.example", "member2@levier.example"))).getId();
        director1.schedule(sessionId, new AgendaBody().dossierId(dossierId));
        director1.openCommittee(sessionId);
        for (String member : List.of("member1@levier.example", "member2@levier.example")) {
            staff(anonymous, member).vote(sessionId, new VoteBody().dossierId(dossierId).choice(VoteBody.ChoiceEnum.FOR));
        }
        director1.decide(sessionId, new DecisionBody().dossierId(dossierId).outcome(DecisionBody.OutcomeEnum.APPROVED)
                .approved(Map.of("GRANT", GRANT)).reasons("Approved as recommended"));
        director1.closeCommittee(sessionId);
        assertThat(applicant.getDossier(dossierId).getStatus()).isEqualTo("APPROVED");

        // The agreement is signed; the applicant asks for a first payment.
        var signed = director1.sign(dossierId, new SignBody().signedOn(LocalDate.parse(today))
                .commitment(Map.of("GRANT", GRANT))
                .tranches(List.of(new TrancheBody().instrument(TrancheBody.InstrumentEnum.GRANT).amount(GRANT)
                        .plannedOn(LocalDate.parse("2027-03-01")).milestone("Start"))));
        assertThat(signed.getRemaining()).isEqualTo(GRANT);
        long trancheId = signed.getTranches().getFirst().getId();
        var requested = applicant.request(dossierId, new RequestBody().trancheId(trancheId)
                .amount("10000.00").evidence(List.of(quoteId)), "generated-" + UUID.randomUUID());
        assertThat(requested.getStatus()).isEqualTo("PENDING");

        // The bank account: declared by the analyst from the applicant's form, verified by someone else.
        long evidenceId = analyst.uploadOrganisationBankEvidence(organisationId, pdf("rib")).getId();
        analyst.declareOrganisationBankAccount(organisationId, new BankAccountBody()
                .iban("FR1420041010050500013M02606").bic("PSSTFRPPLIL").holder("Client Généré SAS")
                .evidenceDocumentId(evidenceId));
        assertThat(director2.verifyBankAccount(organisationId).getStatus()).isEqualTo("VERIFIED");

        // Four eyes: another director approves, then the payment.
        assertThat(director2.approve(requested.getId()).getStatus()).isEqualTo("APPROVED");
        DisbursementJson paid = director1.pay(requested.getId(), new PaymentBody()
                .valueDate(LocalDate.parse(today)).bankReference("GEN-" + UUID.randomUUID().toString().substring(0, 8)));
        assertThat(paid.getStatus()).isEqualTo("PAID");

        var agreement = applicant.getAgreement(dossierId);
        assertThat(agreement.getPaid()).isEqualTo("10000.00");
        assertThat(agreement.getRemaining()).isEqualTo("30000.00");
        // The names of issue 15, through the generated client: remaining and unpaid are their aliases.
        assertThat(agreement.getAvailable()).isEqualTo("30000.00").isEqualTo(agreement.getRemaining());
        assertThat(agreement.getLeftToPay()).isEqualTo("30000.00").isEqualTo(agreement.getUnpaid());
        assertThat(agreement.getEngaged()).isEqualTo("0.00");
        assertThat(requested.getTranche().getAvailable()).isEqualTo("30000.00");
        assertThat(applicant.getDossier(dossierId).getStatus()).isEqualTo("IN_EXECUTION");
    }

    /** A batch marking every pending checklist item satisfied (and, in due diligence, lines eligible, risks). */
    private static FileBody satisfyAll(GetDueDiligence200Response file, boolean dueDiligence) {
        FileBody batch = new FileBody().version(file.getVersion());
        file.getChecklist().stream().flatMap(category -> category.getItems().stream())
                .filter(item -> "PENDING".equals(item.getStatus()))
                .forEach(item -> batch.addItemsItem(new ItemBody().id(item.getId())
                        .status(ItemBody.StatusEnum.SATISFIED)));
        if (dueDiligence) {
            file.getBudgetLines().forEach(line -> batch.addBudgetLinesItem(new LineBody().id(line.getId())
                    .eligible(true)));
            batch.risks(Map.of("FINANCIAL", 2, "TECHNICAL", 2, "MARKET", 2, "GOVERNANCE", 1));
        }
        return batch;
    }

    private ApiClient client(String bearer) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toExternalForm().replaceFirst("/$", ""));
        client.setReadTimeout(Duration.ofSeconds(60));
        if (bearer != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + bearer));
        }
        return client;
    }

    private DefaultApi signedIn(DefaultApi anonymous, String email, String password) throws ApiException {
        return new DefaultApi(client(anonymous.issue(new CredentialsBody().email(email).password(password), null)
                .getToken()));
    }

    private DefaultApi staff(DefaultApi anonymous, String email) throws ApiException {
        return signedIn(anonymous, email, Api.demoPassword());
    }

    private static String confirmationToken(String email) throws InterruptedException {
        SmtpInbox.Message mail = mailbox.awaitMessageTo(email, Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no confirmation mail for " + email));
        Matcher link = TOKEN.matcher(mail.body());
        assertThat(link.find()).as(mail.body()).isTrue();
        return link.group(1);
    }

    private static File pdf(String name) throws IOException {
        Path file = Files.createTempFile(name, ".pdf");
        Files.write(file, DossierFixtures.minimalPdf());
        file.toFile().deleteOnExit();
        return file.toFile();
    }
}
