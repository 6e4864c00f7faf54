package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A submitted dossier carried to the committee's approval through the back office, in Debian's headless Chromium:
 * the analyst finds it in the staff list, screens it, completes due diligence (checklist, risks, budget lines,
 * recommendation) and is refused the committee without a second review; director2 reviews it and sends it to the
 * committee; director1 plans a session with member1 and member2, puts the dossier on the agenda and opens it; both
 * members vote for; director1 records the approval; the staff page shows APPROVED. The dossier is prepared through
 * the REST API as applicant1. Screenshots of each step under {@code web/target/screenshots/instruction-*}.
 */
@ExtendWith(PayaraServer.class)
@ExtendWith(Screenshots.class)
class InstructionBrowserIT implements Screenshots.Browser {

    private static final String DIRECTOR1 = "director1@levier.example";
    private static final String DIRECTOR2 = "director2@levier.example";
    private static final String MEMBER1 = "member1@levier.example";
    private static final String MEMBER2 = "member2@levier.example";

    @RegisterExtension
    static final ChromiumPerClass CHROMIUM = new ChromiumPerClass();

    @PayaraServer.Base
    URL base;

    private BrowserSession ui;

    @Override
    public WebDriver driver() {
        return CHROMIUM.driver();
    }

    @BeforeEach
    void openSession() {
        ui = new BrowserSession(driver(), base);
    }

    @Test
    void anAnalystADirectorAndTheCommitteeCarryASubmittedDossierToItsApproval() {
        long id = submittedDossier();
        String reference = reference(id);

        theAnalystFindsItInTheList(id, reference);
        theAnalystScreensIt(id);
        theAnalystCompletesDueDiligence();
        theAnalystCannotSendItWithoutASecondReview();
        director2ReviewsAndSendsItToTheCommittee(id);
        String session = director1PlansASessionWithTheDossier(id, reference);
        memberVotesFor(MEMBER1, session, id);
        memberVotesFor(MEMBER2, session, id);
        director1RecordsTheApproval(session, id);

        ui.open("app/staff/dossier.xhtml?id=" + id);
        assertThat(ui.attribute(By.id("staff-dossier-status"), "data-status")).isEqualTo("APPROVED");
        ui.find(By.cssSelector("a[href='#tabs:tab-history']")).click();
        ui.find(By.id("tabs:history"));
        assertThat(ui.text(By.id("audit"))).contains("APPROVED");
        Screenshots.save(driver(), "instruction-9-approved");
    }

    /**
     * The correction loop in the browser: the analyst returns a submitted dossier with two things to fix and a due
     * date; applicant1 reads them on its dossier, corrects the title in the form and resubmits it from the last
     * step; the reference stays, and the analyst sees the dossier submitted again and the request answered.
     */
    @Test
    void anAnalystReturnsADossierForCompletionAndTheApplicantCorrectsAndResubmitsIt() {
        long id = submittedDossier();
        String reference = reference(id);

        ui.signIn(Api.ANALYST);
        ui.open("app/staff/dossier.xhtml?id=" + id);
        ui.post(By.id("workflow:returnForCompletion"));
        assertThat(ui.messages()).contains("À corriger").contains("Date limite");
        assertThat(status()).isEqualTo("SUBMITTED");
        ui.type(By.id("workflow:fixes"), "Détaillez le poste « travaux » du budget\nJoignez les statuts signés");
        // A day that does not exist: the message names the field by its label; then the date typed the French way.
        ui.type(By.id("workflow:dueDate_input"), "30/02/2030");
        ui.post(By.id("workflow:returnForCompletion"));
        assertThat(ui.messages()).contains("À déposer à nouveau avant le : date invalide").contains("JJ/MM/AAAA")
                .doesNotContain("workflow:");
        assertThat(status()).isEqualTo("SUBMITTED");
        ui.type(By.id("workflow:fixes"), "Détaillez le poste « travaux » du budget\nJoignez les statuts signés");
        ui.type(By.id("workflow:dueDate_input"), LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(10)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        ui.post(By.id("workflow:returnForCompletion"));
        assertThat(status()).as(ui.messages()).isEqualTo("RETURNED_FOR_COMPLETION");
        assertThat(ui.text(By.id("staff-dossier-status"))).isEqualTo("À compléter");
        assertThat(ui.text(By.cssSelector(".completion-request[data-status='OPEN'] .completion-items")))
                .contains("Détaillez le poste « travaux » du budget").contains("Joignez les statuts signés");
        Screenshots.save(driver(), "completion-1-returned");

        ui.signIn(DossierFixtures.APPLICANT1);
        ui.open("app/dossier.xhtml?id=" + id);
        assertThat(ui.text(By.id("dossier-status"))).isEqualTo("À compléter");
        assertThat(ui.text(By.id("completion-fixes"))).contains("Joignez les statuts signés");
        Screenshots.save(driver(), "completion-2-applicant-notice");
        ui.post(By.id("correct-dossier"));
        assertThat(ui.text(By.id("completion-fixes"))).contains("Détaillez le poste « travaux » du budget");
        ui.type(By.id("dossier:title"), "Électrolyseur du port, budget détaillé");
        ui.post(By.id("dossier:steps:5:go"));
        assertThat(ui.text(By.id("review-title"))).as(ui.messages()).isEqualTo("Électrolyseur du port, budget détaillé");
        assertThat(ui.find(By.id("dossier:submit")).getText()).isEqualTo("Déposer à nouveau le dossier");
        Screenshots.save(driver(), "completion-3-review");
        ui.post(By.id("dossier:submit"));
        assertThat(ui.text(By.id("dossier-status"))).as(ui.messages()).isEqualTo("Déposé");
        assertThat(ui.text(By.id("dossier-reference"))).isEqualTo(reference);
        assertThat(ui.messages()).contains("déposé à nouveau");
        assertThat(ui.all(By.id("completion-notice"))).isEmpty();
        Screenshots.save(driver(), "completion-4-resubmitted");

        ui.signIn(Api.ANALYST);
        ui.open("app/staff/dossier.xhtml?id=" + id);
        assertThat(status()).isEqualTo("SUBMITTED");
        assertThat(ui.all(By.cssSelector(".completion-request[data-status='RESUBMITTED']"))).hasSize(1);
        assertThat(ui.text(By.id("dossier-title"))).isEqualTo("Électrolyseur du port, budget détaillé");
    }

    /**
     * Committee members open the dossiers of their agenda, read-only, from the session page: member2 reads the
     * content, the due-diligence summary and opinion and the documents, in French then English, with no action on
     * the page; then votes, in English, by keyboard only (Tab to its button, visible focus, Enter). member1, who
     * declared a conflict of interest on it, gets no link and a localised refusal (403) instead of the page; a
     * member of another session, and staff (who read the staff dossier page), get 404, as for hidden sessions. On
     * the reports page, member2 picks the dossier among its agendas' dossiers; member1 is not offered it.
     */
    @Test
    void committeeMembersOpenTheirAgendaDossiersReadOnlyAndVoteByKeyboard() {
        MoneyFixtures.Actors who = MoneyFixtures.Actors.of(base);
        String title = "Serres solaires du comité " + java.util.UUID.randomUUID().toString().substring(0, 8);
        long id = MoneyFixtures.inCommittee(who, MoneyFixtures.draft(DossierFixtures.demoCallId(who.applicant()), 1,
                title, "50000.00", "0.00", "0.00"), "50000.00", "0.00", "0.00",
                java.util.List.of("Permis de construire obtenu")).dossierId();
        String reference = reference(id);
        long session = plannedSession(who, "Comité " + reference, MEMBER1, MEMBER2);
        String path = "api/v1/committees/" + session;
        assertThat(who.director1().postJson(path + "/agenda", "{\"dossierId\": " + id + "}").statusCode())
                .isEqualTo(200);
        assertThat(who.director1().postJson(path + "/open", "").statusCode()).isEqualTo(200);
        assertThat(who.member1().postJson(path + "/conflicts", "{\"dossierId\": " + id + "}").statusCode())
                .isEqualTo(200);
        long other = plannedSession(who, "Réunion parallèle " + reference, MEMBER1);
        String item = ".agenda-item[data-dossier='" + id + "']";

        // member2 opens the dossier from the session page: read-only, in French then in English.
        ui.signIn(MEMBER2);
        ui.open("app/committee/session.xhtml?id=" + session);
        ui.post(By.cssSelector(item + " a.agenda-dossier"));
        assertThat(driver().getCurrentUrl()).contains("committee/dossier.xhtml");
        assertThat(ui.text(By.id("committee-dossier-reference"))).isEqualTo(reference);
        assertThat(ui.text(By.id("review-title"))).isEqualTo(title);
        assertThat(ui.text(By.id("committee-read-only"))).contains("lecture seule").contains("Comité " + reference);
        assertThat(ui.attribute(By.id("dd-recommendation"), "data-outcome")).isEqualTo("APPROVE");
        assertThat(ui.text(By.id("dd-opinion"))).isEqualTo("Sound project");
        assertThat(ui.text(By.id("dd-conditions"))).contains("Permis de construire obtenu");
        assertThat(ui.all(By.cssSelector("#agenda-documents a.document-download"))).hasSize(1);
        assertThat(ui.all(By.cssSelector("#main form, #main button, #main input[type='submit']")))
                .as("no action for a member").isEmpty();
        Screenshots.save(driver(), "committee-dossier-member-fr");
        ui.find(By.id("lang-en")).click();
        ui.waiting().until(d -> "Due diligence: summary and opinion".equals(
                d.findElement(By.id("diligence-summary-title")).getText()));
        assertThat(ui.text(By.id("dd-recommendation"))).isEqualTo("Approve");
        assertThat(ui.text(By.id("committee-read-only"))).contains("read-only");
        Screenshots.save(driver(), "committee-dossier-member-en");

        // Back on the session (still in English), member2 votes with the keyboard only.
        ui.post(By.id("back-to-session"));
        Keyboard keyboard = new Keyboard(driver());
        keyboard.tabTo("the vote for", Keyboard.classes("vote-FOR"));
        WebElement before = keyboard.focused();
        keyboard.press(Keys.ENTER);
        ui.waiting().until(Chromium.replaced(before));
        assertThat(ui.text(By.cssSelector(item + " .my-vote"))).as(ui.messages()).isEqualTo("For");
        Screenshots.save(driver(), "committee-vote-keyboard-en");

        // member1 declared a conflict: no link, and the page refuses it with a localised message.
        ui.signIn(MEMBER1);
        ui.open("app/committee/session.xhtml?id=" + session);
        assertThat(ui.text(By.cssSelector(item + " .conflicted"))).isNotBlank();
        assertThat(ui.all(By.cssSelector(item + " a.agenda-dossier"))).isEmpty();
        ui.open("app/committee/dossier.xhtml?session=" + session + "&id=" + id);
        assertThat(ui.text(By.id("recused-refusal"))).contains("conflit d’intérêts");
        assertThat(ui.all(By.id("review-title"))).isEmpty();
        assertThat(ui.all(By.id("agenda-documents"))).isEmpty();
        Screenshots.save(driver(), "committee-dossier-recused");
        // The reports page offers member1 the dossiers of its agendas to choose from: not this one (recused).
        assertThat(agendaChoices()).as("recused: not offered").noneMatch(choice -> choice.contains(reference));
        // member1 sits on the other session, but the dossier is not on its agenda; member2 does not sit on it.
        ui.open("app/committee/dossier.xhtml?session=" + other + "&id=" + id);
        assertThat(ui.text(By.id("error-message"))).isEqualTo("Cette page n'existe pas.");
        assertThat(ui.all(By.id("review-title"))).isEmpty();
        ui.signIn(MEMBER2);
        // member2 picks it on the reports page by reference and title, not by number.
        assertThat(agendaChoices()).anyMatch(choice -> choice.contains(reference) && choice.contains(title));
        Screenshots.save(driver(), "committee-reports-agenda-picker");
        ui.open("app/committee/dossier.xhtml?session=" + other + "&id=" + id);
        assertThat(ui.text(By.id("error-message"))).isEqualTo("Cette page n'existe pas.");
        assertThat(ui.all(By.id("review-title"))).isEmpty();
        ui.signIn(Api.ANALYST);
        ui.open("app/committee/dossier.xhtml?session=" + session + "&id=" + id);
        assertThat(ui.text(By.id("error-message"))).isEqualTo("Cette page n'existe pas.");
    }

    /** The dossiers the reports page offers the signed-in member for a due-diligence report (option texts). */
    private java.util.List<String> agendaChoices() {
        ui.open("app/reports.xhtml?lang=fr");
        WebElement type = ui.find(By.id("reports:type"));
        new Select(type).selectByValue("due-diligence");
        WebElement picker = ui.waiting().until(d -> d.findElements(By.id("reports:agendaDossier")).stream()
                .findFirst().orElse(null));
        assertThat(ui.text(By.cssSelector("label[for='reports:agendaDossier']")))
                .isEqualTo("Dossier à l’ordre du jour de vos séances");
        assertThat(ui.all(By.id("reports:dossierNumber"))).as("no number to type").isEmpty();
        return new Select(picker).getOptions().stream().map(WebElement::getText).toList();
    }

    private long plannedSession(MoneyFixtures.Actors who, String title, String... members) {
        HttpResponse<String> planned = who.director1().postJson("api/v1/committees", "{\"title\": "
                + Api.quote(title) + ", \"heldOn\": \"" + LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(7)
                + "\", \"members\": [" + java.util.Arrays.stream(members).map(Api::quote)
                .collect(java.util.stream.Collectors.joining(",")) + "]}");
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        return Api.json(planned).getJsonNumber("id").longValue();
    }

    // --- the steps ---

    private long submittedDossier() {
        Api applicant = Api.demo(base, DossierFixtures.APPLICANT1);
        long callId = DossierFixtures.demoCallId(applicant);
        JsonObject draft = DossierFixtures.createDraft(applicant, callId, "Électrolyseur du port (navigateur)");
        long id = draft.getJsonNumber("id").longValue();
        HttpResponse<String> uploaded = DossierFixtures.upload(applicant, id, "BUSINESS_PLAN", "plan d'affaires.pdf",
                DossierFixtures.minimalPdf());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        HttpResponse<String> submitted = applicant.postJson("api/v1/dossiers/" + id + "/submit", "");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        return id;
    }

    private String reference(long id) {
        HttpResponse<String> read = Api.demo(base, Api.ANALYST).get("api/v1/dossiers/" + id);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        return Api.json(read).getString("reference");
    }

    private void theAnalystFindsItInTheList(long id, String reference) {
        ui.signIn(Api.ANALYST);
        ui.find(By.id("nav-staff-dossiers")).click();
        ui.find(By.id("staff:q"));
        assertThat(ui.text(By.id("staff:counts"))).contains("Déposé");
        ui.type(By.id("staff:q"), reference);
        ui.find(By.id("staff:search")).click();
        ui.waiting().until(d -> d.findElements(By.cssSelector("#staff\\:dossiers_data tr")).size() == 1
                && !d.findElements(By.cssSelector("a[data-dossier='" + id + "']")).isEmpty());
        assertThat(ui.text(By.id("total"))).isEqualTo("1");
        assertThat(ui.text(By.id("row-status-" + id))).isEqualTo("Déposé");
        Screenshots.save(driver(), "instruction-1-staff-list");
        ui.post(By.cssSelector("a[data-dossier='" + id + "']"));
        assertThat(ui.text(By.id("staff-dossier-reference"))).isEqualTo(reference);
        assertThat(ui.all(By.cssSelector("a.document-download"))).hasSize(1);
    }

    private void theAnalystScreensIt(long id) {
        ui.post(By.id("workflow:screen"));
        assertThat(status()).as(ui.messages()).isEqualTo("ELIGIBILITY_REVIEW");
        openDueDiligenceTab();
        setEveryItem("SATISFIED");
        ui.post(By.id("tabs:checklist:save"));
        assertThat(ui.messages()).contains("enregistré");
        Screenshots.save(driver(), "instruction-2-screening");
        ui.post(By.id("workflow:eligible"));
        assertThat(status()).as(ui.messages()).isEqualTo("DUE_DILIGENCE");
    }

    private void theAnalystCompletesDueDiligence() {
        openDueDiligenceTab();
        setEveryItem("SATISFIED");
        ui.post(By.id("tabs:checklist:save"));
        assertThat(ui.messages()).as("checklist saved").contains("enregistrés");
        for (String dimension : new String[] {"FINANCIAL", "TECHNICAL", "MARKET", "GOVERNANCE"}) {
            ui.choose(By.cssSelector("select[data-risk='" + dimension + "']"), "2");
        }
        ui.post(By.id("tabs:risks:save"));
        assertThat(ui.text(By.id("dd-overall"))).as(ui.messages()).isEqualTo("2");
        int lines = ui.all(By.cssSelector("span.eligibility")).size();
        assertThat(lines).isEqualTo(2);
        for (int row = 0; row < lines; row++) {
            ui.post(By.id("tabs:budget:lines:" + row + ":eligible"));
        }
        assertThat(ui.text(By.id("dd-eligible-cost"))).isEqualTo("100 000,00 €");
        new Select(ui.find(By.id("tabs:recommend:outcome"))).selectByValue("APPROVE");
        assertThat(ui.find(By.id("tabs:recommend:grant")).getDomProperty("value").replaceAll("[^0-9]", ""))
                .as("the requested grant, proposed").isEqualTo("5000000");
        ui.type(By.id("tabs:recommend:conditions"), "Accord de prêt de la Banque du Nord signé");
        ui.type(By.id("tabs:recommend:rationale"), "Projet mûr, plan de financement solide, impact CO2 mesurable.");
        ui.post(By.id("tabs:recommend:save"));
        assertThat(ui.text(By.id("dd-recommendation"))).as(ui.messages()).contains("Accorder").contains(Api.ANALYST);
        Screenshots.save(driver(), "instruction-3-due-diligence");
    }

    private void theAnalystCannotSendItWithoutASecondReview() {
        assertThat(ui.text(By.id("dd-missing"))).contains("relue");
        ui.post(By.id("workflow:committee"));
        assertThat(ui.messages()).contains("ne peut pas encore passer en comité").contains("relue");
        assertThat(status()).isEqualTo("DUE_DILIGENCE");
        Screenshots.save(driver(), "instruction-4-committee-refused");
    }

    private void director2ReviewsAndSendsItToTheCommittee(long id) {
        ui.signIn(DIRECTOR2);
        ui.open("app/staff/dossier.xhtml?id=" + id);
        openDueDiligenceTab();
        ui.choose(By.id("tabs:review:outcome"), "APPROVED");
        ui.type(By.id("tabs:review:comment"), "Relu : conforme.");
        ui.post(By.id("tabs:review:submit"));
        assertThat(ui.attribute(By.id("dd-review"), "data-review")).as(ui.messages()).isEqualTo("APPROVED");
        assertThat(ui.find(By.id("dd-ready")).getText()).isNotBlank();
        Screenshots.save(driver(), "instruction-5-reviewed");
        ui.post(By.id("workflow:committee"));
        assertThat(status()).as(ui.messages()).isEqualTo("COMMITTEE");
    }

    private String director1PlansASessionWithTheDossier(long id, String reference) {
        ui.signIn(DIRECTOR1);
        ui.find(By.id("nav-committee")).click();
        ui.type(By.id("plan:title"), "Comité d'investissement " + reference);
        ui.type(By.id("plan:heldOn_input"), LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(7)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        ui.find(By.cssSelector("input[value='" + MEMBER1 + "']")).click();
        ui.find(By.cssSelector("input[value='" + MEMBER2 + "']")).click();
        ui.post(By.id("plan:submit"));
        assertThat(ui.attribute(By.id("session-status"), "data-status")).as(ui.messages()).isEqualTo("PLANNED");
        assertThat(ui.all(By.cssSelector("#members li"))).hasSize(2);
        ui.choose(By.id("director:dossier"), String.valueOf(id));
        ui.post(By.id("director:schedule"));
        assertThat(ui.all(By.cssSelector(".agenda-item[data-dossier='" + id + "']"))).as(ui.messages()).hasSize(1);
        ui.post(By.id("director:open"));
        assertThat(ui.attribute(By.id("session-status"), "data-status")).as(ui.messages()).isEqualTo("OPEN");
        assertThat(driver().getCurrentUrl()).as("the page keeps its id across posts").contains("session.xhtml?id=");
        Screenshots.save(driver(), "instruction-6-session-open");
        return driver().getCurrentUrl();
    }

    private void memberVotesFor(String member, String session, long id) {
        ui.signIn(member);
        driver().get(session);
        String item = ".agenda-item[data-dossier='" + id + "']";
        ui.post(By.cssSelector(item + " .vote-FOR"));
        assertThat(ui.text(By.cssSelector(item + " .my-vote"))).as(ui.messages()).isEqualTo("Pour");
        Screenshots.save(driver(), "instruction-7-vote-" + member.substring(0, member.indexOf('@')));
    }

    private void director1RecordsTheApproval(String session, long id) {
        ui.signIn(DIRECTOR1);
        driver().get(session);
        String item = ".agenda-item[data-dossier='" + id + "']";
        assertThat(ui.attribute(By.cssSelector(item + " .tally"), "data-quorum")).isEqualTo("true");
        assertThat(ui.attribute(By.cssSelector(item + " .tally"), "data-for")).isEqualTo("2");
        // The what-if before deciding, in French: the recommended amount fits what is left.
        assertThat(ui.text(By.id("what-if-title"))).isEqualTo("Simulation avant décision");
        assertThat(ui.text(By.cssSelector("#what-if thead"))).contains("Reste de la dotation avant",
                "Effet de levier après");
        String row = "#what-if tr[data-dossier='" + id + "']";
        assertThat(ui.attribute(By.cssSelector(row), "data-counted")).isEqualTo("true");
        assertThat(ui.attribute(By.cssSelector(row), "data-fits")).isEqualTo("true");
        assertThat(ui.text(By.cssSelector(row + " .fits"))).isEqualTo("Disponible");
        assertThat(ui.text(By.cssSelector(item + " .decision-form"))).contains(
                "Accorder sous réserve de disponibilité des fonds");
        ui.choose(By.cssSelector(item + " select.outcome"), "APPROVED");
        WebElement grant = ui.find(By.cssSelector(item + " input.grant"));
        grant.clear();
        grant.sendKeys("45000");
        ui.type(By.cssSelector(item + " textarea.conditions"), "Accord de prêt de la Banque du Nord signé");
        ui.postConfirmed(By.cssSelector(item + " .decide"));
        assertThat(ui.attribute(By.cssSelector(item + " .decision"), "data-outcome")).as(ui.messages())
                .isEqualTo("APPROVED");
        assertThat(ui.text(By.cssSelector(item + " .dossier-status"))).isEqualTo("Accordé");
        Screenshots.save(driver(), "instruction-8-decided");
    }

    // --- helpers ---

    private String status() {
        return ui.attribute(By.id("staff-dossier-status"), "data-status");
    }

    private void openDueDiligenceTab() {
        ui.find(By.cssSelector("a[href='#tabs:tab-dd']")).click();
        ui.find(By.id("tabs:tab-dd"));
    }

    private void setEveryItem(String status) {
        for (WebElement select : ui.all(By.cssSelector("select[data-item]"))) {
            new Select(select).selectByValue(status);
        }
    }
}
