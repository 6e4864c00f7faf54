package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.levier.applicant.control.CompanyIdentifiers;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An applicant's whole path through the portal in headless Chromium, in French: registers on
 * {@code /register.xhtml}, confirms the address with the link of the e-mail (read from the outbox table, where mail
 * is held when no SMTP server is configured), signs in and lands on its dossiers, fills the six steps of the dossier form (watching the live
 * totals go from unbalanced to balanced), uploads a PDF made by the test, submits and reads the reference
 * {@code TI-DK-<year>-<nnnn>}. Screenshots of every step are kept in {@code web/target/screenshots/}.
 */
@ExtendWith(PayaraServer.class)
@ExtendWith(Screenshots.class)
class ApplicantJourneyBrowserIT implements Screenshots.Browser {

    private static final String PASSWORD = "Trois pommes vertes au marché 2026";
    private static final Pattern CONFIRMATION = Pattern.compile("confirm\\.xhtml\\?token=([A-Za-z0-9_\\-]+)");

    @RegisterExtension
    static final ChromiumPerClass CHROMIUM = new ChromiumPerClass();

    @PayaraServer.Base
    URL base;

    @Override
    public WebDriver driver() {
        return CHROMIUM.driver();
    }

    @Test
    void anApplicantRegistersConfirmsFillsEveryStepUploadsAPdfAndSubmits() throws Exception {
        String email = "porteur-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        register(email);
        signInBeforeConfirming(email);
        confirm(email);
        signIn(email);

        waitFor(By.id("new-dossier"));
        assertThat(driver().findElement(By.id("nav-dossiers")).getText()).isEqualTo("Mes dossiers");
        Screenshots.save(driver(), "applicant-0-my-dossiers-empty");
        driver().findElement(By.id("new-dossier")).click();

        describeTheProject();
        fillTheBudget();
        fillTheFinancingPlan();
        setImpactTargetsAndMilestones();
        uploadAPdf();
        String reference = reviewAndSubmit();
        String dossierPage = driver().getCurrentUrl().replaceAll("&submitted=true|submitted=true&", "");

        driver().get(url("app/dossiers.xhtml"));
        String list = waitFor(By.id("dossiers:list")).getText();
        assertThat(list).contains(reference).contains("Déposé").contains("Le fonds examine la recevabilité");
        Screenshots.save(driver(), "applicant-8-my-dossiers-submitted");

        assertThat(dossierSuggestions(reference)).as("the applicant finds its dossier by reference")
                .anySatisfy(item -> assertThat(item).contains(reference).contains("Récupération de chaleur fatale"));
        Screenshots.save(driver(), "applicant-8b-reports-dossier-picker");

        anotherOrganisationDoesNotSeeIt(dossierPage, reference);
    }

    /** The lines of the reports page's dossier picker for a text: its suggestions, or its empty message. */
    private List<String> dossierSuggestions(String typed) {
        driver().get(url("app/reports.xhtml"));
        new Select(waitFor(By.id("reports:type"))).selectByValue("dossier-summary");
        WebElement picker = waitFor(By.id("reports:dossier_input"));
        picker.sendKeys(typed);
        WebElement panel = waitFor(By.id("reports:dossier_panel"));
        waiting().until(d -> !panel.getText().isBlank());
        return List.of(panel.getText().split("\n"));
    }

    /**
     * In English: amounts typed {@code 1,250,000.50} are stored as 1250000.50 and regrouped, the balance follows the
     * typing, dates are typed day first as the hint says (an impossible one named by its label) and shown back so.
     * A demo applicant's draft made through the API (the demo call's title is French data, so its first step, which
     * shows it, is not visited in English).
     */
    @Test
    void inEnglishDatesAndAmountsAreTypedAsPeopleWriteThem() {
        Api api = Api.demo(base, "applicant1@levier.example");
        long id = DossierFixtures.createDraft(api, DossierFixtures.demoCallId(api), "District heating in English")
                .getJsonNumber("id").longValue();
        driver().manage().deleteAllCookies();
        driver().get(url("login.xhtml?lang=en"));
        type("login:email", "applicant1@levier.example");
        type("login:password", Api.demoPassword());
        click("login:submit");
        waiting().until(d -> d.getCurrentUrl().contains("app/dossiers.xhtml"));

        driver().get(url("app/dossier-edit.xhtml?id=" + id + "&step=2"));
        assertThat(text("step-current")).startsWith("Step 2 of 6");
        waitForText("total-cost", "100,000.00");
        String amount = "dossier:budgetLines:0:amount";
        typeAndLeave(amount, "1250000.5");
        waiting().until(d -> "1,250,000.5".equals(d.findElement(By.id(amount)).getAttribute("value")));
        waitForText("total-cost", "1,290,000.50");
        typeAndLeave(amount, "1,250,000.50");
        waitForText("total-cost", "1,290,000.50");
        WebElement current = driver().findElement(By.id("step-current"));
        click("dossier:save");
        waiting().until(Chromium.replaced(current));
        assertThat(driver().findElement(By.id(amount)).getAttribute("value")).isEqualTo("1,250,000.50");
        assertThat(Api.json(api.get("api/v1/dossiers/" + id)).getJsonArray("budgetLines").getJsonObject(0)
                .getString("amount")).isEqualTo("1250000.50");
        Screenshots.save(driver(), "applicant-en-budget-amount");
        typeAndLeave(amount, "60,000");
        waitForText("total-cost", "100,000.00");
        current = driver().findElement(By.id("step-current"));
        click("dossier:next");
        waiting().until(Chromium.replaced(current));
        assertThat(text("step-current")).as(messages()).startsWith("Step 3 of 6");

        // The balance follows the grant being typed, the focus staying in the field.
        waiting().until(d -> classes("balance").contains("balanced") && !classes("balance").contains("unbalanced"));
        WebElement grant = waitFor(By.id("dossier:requested_GRANT"));
        grant.click();
        grant.sendKeys(Keys.END, Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE,
                Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE);
        grant.sendKeys("70,000");
        waiting().until(d -> classes("balance").contains("unbalanced") && text("balance").contains("20,000.00"));
        assertThat(driver().switchTo().activeElement().getAttribute("id")).isEqualTo("dossier:requested_GRANT");
        assertThat(grant.getAttribute("value")).isEqualTo("70,000");
        Screenshots.save(driver(), "applicant-en-balance-while-typing");
        typeAndLeave("dossier:requested_GRANT", "50000");
        waiting().until(d -> "50,000".equals(
                d.findElement(By.id("dossier:requested_GRANT")).getAttribute("value")));
        waiting().until(d -> classes("balance").contains("balanced") && !classes("balance").contains("unbalanced"));
        current = driver().findElement(By.id("step-current"));
        click("dossier:next");
        waiting().until(Chromium.replaced(current));
        assertThat(text("step-current")).as(messages()).startsWith("Step 4 of 6");

        // Dates: the hint, the API's ISO date shown day first, an impossible day named by its label, then a real one.
        String due = "dossier:milestones:0:dueDate_input";
        assertThat(driver().findElement(By.id("dossier:milestones")).getText()).contains("DD/MM/YYYY");
        assertThat(driver().findElement(By.id(due)).getAttribute("value")).isEqualTo("30/06/2027");
        type(due, "31/04/2029");
        current = driver().findElement(By.id("step-current"));
        click("dossier:save");
        waiting().until(Chromium.replaced(current));
        assertThat(driver().findElement(By.tagName("main")).getText())
                .contains("Due date of milestone 1: invalid date. Write it DD/MM/YYYY")
                .doesNotContain("dossier:milestones");
        Screenshots.save(driver(), "applicant-en-impossible-date");
        type(due, "30/11/2028");
        current = driver().findElement(By.id("step-current"));
        click("dossier:save");
        waiting().until(Chromium.replaced(current));
        assertThat(driver().findElement(By.id(due)).getAttribute("value")).isEqualTo("30/11/2028");
        assertThat(Api.json(api.get("api/v1/dossiers/" + id)).getJsonArray("milestones").getJsonObject(0)
                .getString("dueDate")).isEqualTo("2028-11-30");
    }

    /**
     * Keyboard only (issue 16, item 4): applicant1 works on a draft of its own with Tab, Shift+Tab, Enter, Space and
     * the arrow keys sent to the focused element, never a click, and every control it reaches shows its focus: it
     * renames the project, adds a budget row (Space on "add", the focus lands in the new row, category by arrow
     * key, label, amount), moves to the financing step and raises its own funds so that the plan balances, goes
     * back a step (Shift+Tab to "previous") where the row was kept, saves, reaches the review step from the stepper
     * and submits. In English (the journey above is in French).
     */
    @Test
    void anApplicantFillsSavesAndSubmitsTheFormWithTheKeyboardOnly() {
        Api applicant = Api.demo(base, DossierFixtures.APPLICANT1);
        long callId = DossierFixtures.demoCallId(applicant);
        java.net.http.HttpResponse<String> created = applicant.postJson("api/v1/dossiers",
                MoneyFixtures.draft(callId, 1, "Serres (brouillon)", "50000.00", "0.00", "0.00"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Api.json(created).getJsonNumber("id").longValue();
        assertThat(DossierFixtures.upload(applicant, id, "BUSINESS_PLAN", "plan.pdf", minimalPdf()).statusCode())
                .isEqualTo(201);
        new BrowserSession(driver(), base).signIn(DossierFixtures.APPLICANT1);
        driver().get(url("app/dossier-edit.xhtml?lang=en&id=" + id));
        waitFor(By.id("dossier:title"));
        Keyboard keys = new Keyboard(driver());

        // Step 1: the title, then "next" with Enter.
        keys.tabTo("the title", Keyboard.id("dossier:title"));
        keys.press(Keys.chord(Keys.CONTROL, "a"));
        keys.type("Serres bioclimatiques au clavier");
        keys.tabTo("next", Keyboard.id("dossier:next"));
        enter();
        assertThat(text("step-current")).as(messages()).startsWith("Step 2 of");

        // Step 2: Space on "add a line" puts the focus in the new row.
        keys.tabTo("add a budget line", Keyboard.id("dossier:addBudgetLine"));
        keys.press(Keys.SPACE);
        waiting().until(d -> "dossier:budgetLines:1:category".equals(keys.focused().getDomAttribute("id")));
        keys.assertVisibleFocus("the new row's category");
        keys.press(Keys.ARROW_DOWN);
        assertThat(new Select(driver().findElement(By.id("dossier:budgetLines:1:category")))
                .getFirstSelectedOption().getDomAttribute("value")).isNotBlank();
        keys.tabTo("the new row's label", Keyboard.id("dossier:budgetLines:1:label"));
        keys.type("Serre bioclimatique");
        keys.tabTo("the new row's amount", Keyboard.id("dossier:budgetLines:1:amount"));
        keys.type("10000");
        keys.tabTo("next", Keyboard.id("dossier:next"));
        waitForText("total-cost", "210,000.00");
        enter();
        assertThat(text("step-current")).as(messages()).startsWith("Step 3 of");

        // Step 3: own funds balance the plan; Shift+Tab back to "previous".
        keys.tabTo("own funds", Keyboard.id("dossier:cofinancing:0:amount"));
        keys.press(Keys.chord(Keys.CONTROL, "a"));
        keys.type("160000");
        keys.tabTo("next", Keyboard.id("dossier:next"));
        waiting().until(d -> classes("balance").contains(" balanced "));
        keys.tabTo("previous", Keyboard.id("dossier:previous"), true);
        enter();
        assertThat(text("step-current")).as(messages()).startsWith("Step 2 of");
        assertThat(driver().findElement(By.id("dossier:budgetLines:1:label")).getDomProperty("value"))
                .isEqualTo("Serre bioclimatique");

        // Save, then the stepper's last step (Shift+Tab from "save"), and submit.
        keys.tabTo("save", Keyboard.id("dossier:save"));
        enter();
        assertThat(messages()).contains("Draft saved");
        keys.tabTo("save", Keyboard.id("dossier:save"));
        keys.tabTo("the review step", Keyboard.id("dossier:steps:5:go"), true);
        enter();
        assertThat(text("review-title")).as(messages()).isEqualTo("Serres bioclimatiques au clavier");
        assertThat(classes("balance")).doesNotContain("unbalanced");
        Screenshots.save(driver(), "applicant-keyboard-review");
        keys.tabTo("submit", Keyboard.id("dossier:submit"));
        enter();
        assertThat(waitFor(By.id("reference")).getText()).as(messages()).matches("TI-DK-\\d{4}-\\d{4}");
        assertThat(text("dossier-status")).isEqualTo("Submitted");
        Screenshots.save(driver(), "applicant-keyboard-submitted");
    }

    /** Enter on the focused control, then waits until the page it posted replaced this one. */
    private void enter() {
        WebElement focused = driver().switchTo().activeElement();
        focused.sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.stalenessOf(focused));
    }

    /** Isolation through the UI: another organisation's applicant gets "this page does not exist" (404). */
    private void anotherOrganisationDoesNotSeeIt(String dossierPage, String reference) {
        driver().manage().deleteAllCookies();
        driver().get(url("login.xhtml"));
        type("login:email", "applicant2@levier.example");
        type("login:password", Api.demoPassword());
        click("login:submit");
        waiting().until(d -> d.getCurrentUrl().contains("app/dossiers.xhtml"));
        assertThat(text("dossiers:list")).doesNotContain("Récupération de chaleur fatale");
        driver().get(dossierPage);
        assertThat(text("error-status")).contains("404");
        driver().get(dossierPage.replace("dossier.xhtml", "dossier-edit.xhtml"));
        assertThat(text("error-status")).contains("404");
        Screenshots.save(driver(), "applicant-9-other-organisation-404");
        assertThat(dossierSuggestions(reference)).as("another organisation's dossier is never suggested")
                .noneSatisfy(item -> assertThat(item).contains(reference))
                .anySatisfy(item -> assertThat(item).contains("Aucun dossier ne correspond"));
    }

    private void register(String email) {
        driver().manage().deleteAllCookies();
        driver().get(url("register.xhtml"));
        type("register:email", email);
        assertThat(driver().findElement(By.id("password-policy")).getText()).contains("12");
        type("register:password", PASSWORD);
        type("register:displayName", "Camille Porteur");
        new Select(driver().findElement(By.id("register:locale"))).selectByValue("fr");
        type("register:legalName", "Chaleur Fatale Dunkerque (test)");
        type("register:legalForm", "SAS");
        type("register:siret", newSiren());
        new Select(driver().findElement(By.id("register:sizeClass"))).selectByValue("SMALL");
        type("register:addressLine", "1 quai des Hollandais");
        type("register:postalCode", "59140");
        type("register:city", "Dunkerque");
        Screenshots.save(driver(), "applicant-register-form");
        click("register:submit");
        assertThat(waitFor(By.id("register-done")).getText()).contains("messagerie");
        Screenshots.save(driver(), "applicant-register-done");
    }

    /**
     * Signing in before confirming: with a wrong password, the answer every failure gets; with the right one, the
     * owner is told the address awaits confirmation and a new link is mailed at once.
     */
    private void signInBeforeConfirming(String email) throws SQLException {
        int mailed = mailsTo(email);
        driver().get(url("login.xhtml"));
        type("login:email", email);
        type("login:password", PASSWORD + "x");
        click("login:submit");
        assertThat(waitFor(By.id("login:messages")).getText()).contains("E-mail ou mot de passe incorrect")
                .doesNotContain("confirm");
        assertThat(mailsTo(email)).isEqualTo(mailed);
        type("login:email", email);
        type("login:password", PASSWORD);
        click("login:submit");
        waiting().until(d -> d.findElement(By.id("login:messages")).getText().contains("pas encore confirmée"));
        assertThat(driver().getCurrentUrl()).contains("login.xhtml");
        assertThat(mailsTo(email)).as("a new confirmation link").isEqualTo(mailed + 1);
        Screenshots.save(driver(), "applicant-signin-unconfirmed");
    }

    private static int mailsTo(String email) throws SQLException {
        try (Connection db = Database.connect();
             PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?")) {
            query.setString(1, email.toLowerCase(Locale.ROOT));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** Follows the link of the confirmation e-mail, held in the outbox (no SMTP in the tests). */
    private void confirm(String email) throws SQLException {
        String token = null;
        try (Connection db = Database.connect();
             PreparedStatement query = db.prepareStatement(
                     "SELECT body FROM mail_outbox WHERE recipient = ? ORDER BY id DESC")) {
            query.setString(1, email.toLowerCase(Locale.ROOT));
            try (ResultSet rows = query.executeQuery()) {
                while (token == null && rows.next()) {
                    Matcher link = CONFIRMATION.matcher(rows.getString(1));
                    token = link.find() ? link.group(1) : null;
                }
            }
        }
        assertThat(token).as("a confirmation link was mailed to " + email).isNotNull();
        driver().get(url("confirm.xhtml?token=" + token));
        waitFor(By.id("confirm-success"));
        Screenshots.save(driver(), "applicant-confirmed");
    }

    private void signIn(String email) {
        driver().findElement(By.id("confirm-signin")).click();
        type("login:email", email);
        type("login:password", PASSWORD);
        click("login:submit");
        waiting().until(d -> d.getCurrentUrl().contains("app/dossiers.xhtml"));
    }

    private void describeTheProject() {
        waitFor(By.id("dossier:title"));
        Select call = new Select(driver().findElement(By.id("dossier:callId")));
        WebElement demo = call.getOptions().stream().filter(o -> o.getText().contains("AAP-DEMO-1")).findFirst()
                .orElse(call.getOptions().getFirst());
        if (!demo.isSelected()) {
            WebElement action = driver().findElement(By.id("dossier:actionNumber"));
            demo.click();
            waiting().until(Chromium.replaced(action));
        }
        new Select(waitFor(By.id("dossier:actionNumber"))).selectByValue("5");
        type("dossier:title", "Récupération de chaleur fatale pour le réseau urbain");
        type("dossier:summary", "Capter la chaleur perdue d'un site industriel et l'injecter dans le réseau de"
                + " chaleur de l'agglomération.");
        // Dates as people write them in French, the expected format shown next to the label.
        assertThat(driver().findElement(By.cssSelector("label[for='dossier:startDate_input']")).getText())
                .contains("JJ/MM/AAAA");
        type("dossier:startDate_input", "04/01/2027");
        type("dossier:endDate_input", "2028-12-29"); // ISO still accepted
        Screenshots.save(driver(), "applicant-1-project");
        nextStep(2);
    }

    private void fillTheBudget() {
        assertThat(text("balance")).contains("Saisissez le budget");
        addRow("dossier:addBudgetLine", "dossier:budgetLines:0:label");
        budgetLine(0, "EQUIPMENT", "Échangeurs et pompes", "80000");
        addRow("dossier:addBudgetLine", "dossier:budgetLines:1:label");
        budgetLine(1, "STUDIES", "Études d'ingénierie", "20 000,00");
        waitForText("total-cost", "100 000,00");
        amountsAsTypedInFrench();
        // Enter in an amount saves the draft (the form's default command) and never removes a row.
        WebElement amount = driver().findElement(By.id("dossier:budgetLines:1:amount"));
        amount.sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.stalenessOf(amount));
        assertThat(waitFor(By.id("dossier:budgetLines:0:label")).getAttribute("value"))
                .isEqualTo("Échangeurs et pompes");
        assertThat(driver().findElement(By.id("dossier:budgetLines:1:label")).getAttribute("value"))
                .isEqualTo("Études d'ingénierie");
        waitForText("total-cost", "100 000,00");
        Screenshots.save(driver(), "applicant-2-budget");
        nextStep(3);
    }

    /**
     * An amount typed the French way is read (the totals count 1 250 000,50) and regrouped when the field is left;
     * digits typed without grouping are regrouped too. Then the row gets its amount back.
     */
    private void amountsAsTypedInFrench() {
        typeAndLeave("dossier:budgetLines:0:amount", "1 250 000,50");
        waitForText("total-cost", "1 270 000,50");
        typeAndLeave("dossier:budgetLines:0:amount", "1250000,5");
        waiting().until(d -> "1 250 000,5".equals(
                d.findElement(By.id("dossier:budgetLines:0:amount")).getAttribute("value")));
        waitForText("total-cost", "1 270 000,50");
        typeAndLeave("dossier:budgetLines:0:amount", "80000");
        waiting().until(d -> "80 000".equals(
                d.findElement(By.id("dossier:budgetLines:0:amount")).getAttribute("value")));
        waitForText("total-cost", "100 000,00");
    }

    private void budgetLine(int row, String category, String label, String amount) {
        String prefix = "dossier:budgetLines:" + row + ":";
        new Select(driver().findElement(By.id(prefix + "category"))).selectByValue(category);
        type(prefix + "label", label);
        typeAndLeave(prefix + "amount", amount);
    }

    private void fillTheFinancingPlan() {
        typeAndLeave("dossier:requested_GRANT", "50000");
        waitForText("total-requested", "50 000,00");
        addRow("dossier:addCofinancing", "dossier:cofinancing:0:funder");
        cofinancingLine(0, "OWN_FUNDS", "Chaleur Fatale Dunkerque", "30000", "COMMITTED");
        waitForText("total-cofinancing", "30 000,00");
        assertThat(classes("balance")).contains("unbalanced");
        assertThat(text("balance")).contains("il manque").contains("20 000,00");
        Screenshots.save(driver(), "applicant-3a-financing-unbalanced");
        balanceFollowsTheTyping();

        addRow("dossier:addCofinancing", "dossier:cofinancing:1:funder");
        cofinancingLine(1, "BANK_LOAN", "Banque du Littoral", "20000", "APPLIED");
        waitForText("total-cofinancing", "50 000,00");
        waiting().until(d -> classes("balance").contains("balanced")
                && !classes("balance").contains("unbalanced"));
        assertThat(text("balance")).isEqualTo("Plan de financement équilibré");
        assertThat(text("total-difference")).contains("0,00");
        Screenshots.save(driver(), "applicant-3b-financing-balanced");
        nextStep(4);
    }

    /**
     * The balance follows the amount being typed, before the field is left: the focus and the caret stay in the
     * field, what was typed stays as typed.
     */
    private void balanceFollowsTheTyping() {
        WebElement grant = driver().findElement(By.id("dossier:requested_GRANT"));
        grant.click();
        grant.sendKeys(Keys.END);
        grant.sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE,
                Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE);
        grant.sendKeys("70000");
        waiting().until(d -> classes("balance").contains("balanced") && !classes("balance").contains("unbalanced"));
        WebElement focused = driver().switchTo().activeElement();
        assertThat(focused.getAttribute("id")).as("the focus stays in the field").isEqualTo("dossier:requested_GRANT");
        assertThat(focused.getAttribute("value")).isEqualTo("70000");
        grant.sendKeys("1");
        assertThat(driver().switchTo().activeElement().getAttribute("value")).as("the caret stayed at the end")
                .isEqualTo("700001");
        waiting().until(d -> text("balance").contains("630 001,00"));
        typeAndLeave("dossier:requested_GRANT", "50000");
        waiting().until(d -> classes("balance").contains("unbalanced") && text("balance").contains("20 000,00"));
    }

    private void cofinancingLine(int row, String source, String funder, String amount, String status) {
        String prefix = "dossier:cofinancing:" + row + ":";
        new Select(driver().findElement(By.id(prefix + "sourceType"))).selectByValue(source);
        type(prefix + "funder", funder);
        new Select(driver().findElement(By.id(prefix + "status"))).selectByValue(status);
        typeAndLeave(prefix + "amount", amount);
    }

    private void setImpactTargetsAndMilestones() {
        addRow("dossier:addImpactTarget", "dossier:impactTargets:0:target");
        new Select(driver().findElement(By.id("dossier:impactTargets:0:indicator"))).selectByValue("CO2_AVOIDED");
        type("dossier:impactTargets:0:target", "1200");
        addRow("dossier:addMilestone", "dossier:milestones:0:title");
        type("dossier:milestones:0:title", "Mise en service de l'échangeur");
        // A day that does not exist: refused, the message names the field by its label, never by its id.
        type("dossier:milestones:0:dueDate_input", "30/02/2028");
        WebElement current = driver().findElement(By.id("step-current"));
        click("dossier:save");
        waiting().until(Chromium.replaced(current));
        assertThat(text("step-current")).startsWith("Étape 4 sur 6");
        String refusal = driver().findElement(By.tagName("main")).getText();
        // The message says which milestone (its row), not only which column.
        assertThat(refusal).contains("Échéance du jalon 1 : date invalide").contains("JJ/MM/AAAA")
                .doesNotContain("dossier:milestones").doesNotContain("dueDate");
        assertThat(driver().findElement(By.id("dossier:milestones:0:dueDate_input")).getAttribute("value"))
                .as("what was typed stays for correction").isEqualTo("30/02/2028");
        Screenshots.save(driver(), "applicant-4-impact-impossible-date");
        type("dossier:milestones:0:dueDate_input", "30/11/2028");
        current = driver().findElement(By.id("step-current"));
        click("dossier:save");
        waiting().until(Chromium.replaced(current));
        assertThat(driver().findElement(By.id("dossier:milestones:0:dueDate_input")).getAttribute("value"))
                .as("shown back as typed").isEqualTo("30/11/2028");
        Screenshots.save(driver(), "applicant-4-impact");
        nextStep(5);
    }

    private void uploadAPdf() throws IOException {
        Path pdf = Files.createTempFile("plan-affaires-", ".pdf");
        Files.write(pdf, minimalPdf());
        new Select(driver().findElement(By.id("dossier:kind"))).selectByValue("BUSINESS_PLAN");
        driver().findElement(By.cssSelector("input[type=file]")).sendKeys(pdf.toAbsolutePath().toString());
        click("dossier:upload");
        String documents = waitForText("dossier:documents", pdf.getFileName().toString());
        assertThat(documents).contains("application/pdf");
        Screenshots.save(driver(), "applicant-5-documents");
        nextStep(6);
    }

    private String reviewAndSubmit() {
        assertThat(text("review-title")).isEqualTo("Récupération de chaleur fatale pour le réseau urbain");
        assertThat(text("review-budget")).contains("Échangeurs et pompes").contains("100 000,00");
        assertThat(text("review-financing")).contains("Banque du Littoral").contains("50 000,00");
        assertThat(text("review-milestones")).contains("Mise en service").contains("30 novembre 2028");
        assertThat(text("review-dates")).contains("4 janvier 2027").contains("29 décembre 2028");
        assertThat(text("review-documents")).contains(".pdf");
        Screenshots.save(driver(), "applicant-6-review");
        click("dossier:submit");
        String reference = waitFor(By.id("reference")).getText();
        assertThat(reference).matches("TI-DK-\\d{4}-\\d{4}");
        assertThat(text("dossier-status")).isEqualTo("Déposé");
        List<WebElement> history = driver().findElements(By.cssSelector("[id='history_data'] tr"));
        assertThat(history).hasSize(2);
        Screenshots.save(driver(), "applicant-7-submitted");
        return reference;
    }

    // --- helpers ---

    private void nextStep(int expected) {
        WebElement current = driver().findElement(By.id("step-current"));
        click("dossier:next");
        waiting().until(Chromium.replaced(current));
        assertThat(text("step-current")).as("no refusal: " + messages()).startsWith("Étape " + expected + " sur 6");
    }

    private String messages() {
        List<WebElement> shown = driver().findElements(By.id("dossier:messages"));
        return shown.isEmpty() ? "" : shown.getFirst().getText();
    }

    /** Clicks an Ajax "add a row" button and waits for the row's input. */
    private void addRow(String button, String input) {
        click(button);
        waitFor(By.id(input));
    }

    private void type(String id, String text) {
        WebElement input = waitFor(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Types and leaves the field, which fires its change event (the live totals' Ajax request). */
    private void typeAndLeave(String id, String text) {
        type(id, text);
        driver().findElement(By.id(id)).sendKeys(Keys.TAB);
    }

    private void click(String id) {
        waitFor(By.id(id)).click();
    }

    private WebElement waitFor(By locator) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private String text(String id) {
        return waiting().until(d -> {
            WebElement element = d.findElement(By.id(id));
            return element.isDisplayed() ? element.getText() : null;
        });
    }

    private String classes(String id) {
        return waiting().until(d -> " " + d.findElement(By.id(id)).getDomAttribute("class") + " ");
    }

    /** Waits until the element's text contains {@code expected} (no-break spaces read as spaces). */
    private String waitForText(String id, String expected) {
        return waiting().until(d -> {
            String shown = d.findElement(By.id(id)).getText().replace('\u00A0', ' ').replace('\u202F', ' ');
            return shown.contains(expected) ? shown : null;
        });
    }

    /** Waits that retry when an Ajax update replaced the element between finding and reading it. */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver(), Chromium.WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private String url(String path) {
        String root = base.toExternalForm();
        return (root.endsWith("/") ? root : root + "/") + path;
    }

    /** A SIREN nobody has registered: 8 random digits and the Luhn check digit. */
    private static String newSiren() {
        String digits = String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
        return digits + CompanyIdentifiers.luhnCheckDigit(digits);
    }

    /** The smallest well-formed PDF: one empty page. */
    private static byte[] minimalPdf() {
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
