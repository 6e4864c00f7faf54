package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * No lost work, in headless Chromium, in French and in English: removing a row of the dossier form asks first
 * ("No" keeps it, "Yes" removes it); before the session expires an alert dialog warns and its button extends the
 * session on the server; a step typed and then abandoned until the session is gone is saved by the autosave, and
 * signing in again from the "session expired" dialog reopens the same dossier at the same step with what was typed
 * and a message saying so; the step's URL survives a reload. The confirmation takes the focus on "No"; Escape
 * answers no. The timeouts are shortened through the warning's data
 * attributes (the page script reads them at every tick); the server session is lost by deleting the browser's
 * cookies. A click after the server lost the session (the session cookie deleted, then "Next", "Save" or an Ajax
 * button) leads to the login page in the page's language, saying the session expired, and signing in comes back
 * to the same dossier and step; a brand-new dossier is created by its first autosave once it has a call, an action
 * and a title (not before), so that it comes back too, and its heading and the browser's title then stop calling it
 * new. Screenshots {@code nolost-*}.
 */
@ExtendWith(PayaraServer.class)
@ExtendWith(Screenshots.class)
class NoLostWorkBrowserIT implements Screenshots.Browser {

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

    private long draft(String title) {
        Api applicant = Api.demo(base, DossierFixtures.APPLICANT1);
        return DossierFixtures.createDraft(applicant, DossierFixtures.demoCallId(applicant), title)
                .getJsonNumber("id").longValue();
    }

    @Test
    void removingARowAsksForConfirmationFirst() {
        long id = draft("Retrait confirmé");
        ui.signIn(DossierFixtures.APPLICANT1);

        ui.open("app/dossier-edit.xhtml?id=" + id + "&step=2");
        assertThat(rows("budgetLines", "label")).hasSize(2);
        askToRemove("budgetLines", 0, "Retirer cette ligne ? Ce que vous y avez saisi sera perdu.");
        Screenshots.save(driver(), "nolost-1-confirm-remove-fr");
        ui.find(By.id("confirm-form:confirm-no")).click();
        ui.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-form:confirm")));
        assertThat(rows("budgetLines", "label")).hasSize(2);
        askToRemove("budgetLines", 0, "Retirer cette ligne");
        ui.find(By.id("confirm-form:confirm-yes")).click();
        ui.waiting().until(d -> rows("budgetLines", "label").size() == 1);
        assertThat(rows("budgetLines", "label").getFirst().getDomProperty("value")).isEqualTo("Engineers");

        ui.open("app/dossier-edit.xhtml?id=" + id + "&step=4&lang=en");
        assertThat(rows("milestones", "title")).hasSize(1);
        askToRemove("milestones", 0, "Remove this line? What you typed in it will be lost.");
        Screenshots.save(driver(), "nolost-2-confirm-remove-en");
        ui.find(By.id("confirm-form:confirm-no")).click();
        ui.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-form:confirm")));
        assertThat(rows("milestones", "title")).hasSize(1);
        askToRemove("milestones", 0, "Remove this line?");
        driver().switchTo().activeElement().sendKeys(Keys.ESCAPE); // Escape answers no, too
        ui.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-form:confirm")));
        assertThat(rows("milestones", "title")).hasSize(1);
        askToRemove("milestones", 0, "Remove this line?");
        ui.find(By.id("confirm-form:confirm-yes")).click();
        ui.waiting().until(d -> rows("milestones", "title").isEmpty());
        askToRemove("impactTargets", 0, "Remove this line?");
        ui.find(By.id("confirm-form:confirm-yes")).click();
        ui.waiting().until(d -> rows("impactTargets", "target").isEmpty());
    }

    @Test
    void theSessionWarnsBeforeExpiringExtendsAndAfterExpiryTheTypedStepComesBack() {
        round("fr", draft("Session en français"));
        round("en", draft("Session in English"));
    }

    /** Warning and extension, then autosave, loss of the session, sign-in again, the same step; in one language. */
    private void round(String language, long id) {
        boolean english = language.equals("en");
        ui.signIn(DossierFixtures.APPLICANT1);
        ui.open("app/dossier-edit.xhtml?id=" + id + "&step=2&lang=" + language);
        By warning = By.id("session-warning");
        assertThat(ui.attribute(warning, "data-session-seconds")).as("web.xml's session-timeout").isEqualTo("1800");
        assertThat(ui.attribute(warning, "data-warning-seconds")).isEqualTo("120");
        assertThat(driver().findElement(warning).isDisplayed()).isFalse();

        // Shortened: the warning shows at once, as an alert dialog with the focus on its button.
        shorten(100, 97);
        ui.find(warning);
        assertThat(driver().findElement(warning).getDomAttribute("role")).isEqualTo("alertdialog");
        assertThat(ui.text(By.id("session-warning-title")))
                .isEqualTo(english ? "Your session is about to expire" : "Votre session va expirer");
        assertThat(ui.text(By.id("session-warning-text"))).contains(english ? "will expire in" : "expirera dans");
        assertThat(driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("session-extend");
        Screenshots.save(driver(), "nolost-3-session-warning-" + language);
        driver().findElement(By.id("session-extend")).click();
        ui.waiting().until(ExpectedConditions.invisibilityOfElementLocated(warning));
        ui.waiting().until(d -> d.findElement(By.id("session-extended")).getText()
                .equals(english ? "Session extended." : "Session prolongée."));
        shorten(1800, 120);

        // What is typed and left unsaved is saved when the warning shows; then the server session is lost.
        String typed = english ? "Electrolyser typed before expiry" : "Électrolyseur tapé avant l’expiration";
        ui.type(By.id("dossier:budgetLines:0:label"), typed);
        shorten(6, 5);
        ui.waiting().until(d -> d.findElement(By.id("dossier:autosave-status")).getText()
                .contains(english ? "Draft saved automatically" : "Brouillon enregistré automatiquement"));
        driver().manage().deleteAllCookies();
        WebElement signIn = ui.find(By.id("session-signin"));
        assertThat(ui.text(By.id("session-warning-title")))
                .isEqualTo(english ? "Your session has expired" : "Votre session a expiré");
        assertThat(driver().findElement(By.id("session-extend")).isDisplayed()).isFalse();
        Screenshots.save(driver(), "nolost-4-session-expired-" + language);
        signIn.click();

        ui.waiting().until(d -> d.getCurrentUrl().contains("login.xhtml"));
        ui.find(By.id("login:email")).sendKeys(DossierFixtures.APPLICANT1);
        driver().findElement(By.id("login:password")).sendKeys(Api.demoPassword());
        driver().findElement(By.id("login:submit")).click();
        ui.waiting().until(d -> d.getCurrentUrl().contains("dossier-edit.xhtml"));
        assertThat(ui.text(By.id("step-current"))).contains(english ? "Step 2" : "Étape 2");
        assertThat(ui.find(By.id("dossier:budgetLines:0:label")).getDomProperty("value")).isEqualTo(typed);
        assertThat(ui.text(By.id("dossier:messages"))).contains(english ? "Your session had expired" : "Votre session avait expiré")
                .contains(english ? "everything typed until then is kept" : "tout ce qui avait été saisi");
        assertThat(driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language);
        Screenshots.save(driver(), "nolost-5-resumed-" + language);

        // The address names the dossier and the step shown, also after moving on by a post: a reload stays there.
        ui.waiting().until(d -> d.getCurrentUrl().endsWith("dossier-edit.xhtml?id=" + id + "&step=2"));
        ui.post(By.id("dossier:next"));
        ui.waiting().until(d -> d.getCurrentUrl().endsWith("dossier-edit.xhtml?id=" + id + "&step=3"));
        driver().navigate().refresh();
        ui.find(By.id("dossier:requested_GRANT"));
        assertThat(ui.text(By.id("step-current"))).contains("3");
    }

    @Test
    void aClickAfterTheSessionDiedLeadsToTheLoginThenBackToTheSameDossierAndStep() {
        // A first visit (no session at all) is sent to the login with the way back, but no "expired" message.
        driver().manage().deleteAllCookies();
        ui.open("app/dossier-edit.xhtml?id=1&step=3");
        ui.waiting().until(d -> d.getCurrentUrl().contains("login.xhtml"));
        assertThat(driver().getCurrentUrl()).contains("next=%2Fapp%2Fdossier-edit.xhtml%3Fid%3D1%26step%3D3");
        assertThat(driver().findElements(By.id("login-expired"))).isEmpty();

        clickAfterExpiry("fr", draft("Clic après expiration"), By.id("dossier:next"));
        clickAfterExpiry("en", draft("Click after expiry"), By.id("dossier:save"));
        clickAfterExpiry("fr", draft("Ajax après expiration"), By.id("dossier:addBudgetLine"));
    }

    /** Types in step 2, autosaved; the session dies; the button leads to the login, and signing in comes back. */
    private void clickAfterExpiry(String language, long id, By button) {
        boolean english = language.equals("en");
        ui.signIn(DossierFixtures.APPLICANT1);
        ui.open("app/dossier-edit.xhtml?id=" + id + "&step=2&lang=" + language);
        autosaveSoon();
        String typed = english ? "Typed before the click" : "Saisi avant le clic";
        ui.type(By.id("dossier:budgetLines:0:label"), typed);
        ui.waiting().until(d -> d.findElement(By.id("dossier:autosave-status")).getText()
                .contains(english ? "Draft saved automatically" : "Brouillon enregistré automatiquement"));

        loseSession();
        ui.find(button).click();
        assertExpiredLogin(english, "%2Fapp%2Fdossier-edit.xhtml%3Fid%3D" + id + "%26step%3D2");
        Screenshots.save(driver(), "nolost-6-expired-login-" + language);
        signInHere();

        ui.waiting().until(d -> d.getCurrentUrl().endsWith("dossier-edit.xhtml?id=" + id + "&step=2"));
        assertThat(ui.text(By.id("step-current"))).contains(english ? "Step 2" : "Étape 2");
        assertThat(ui.find(By.id("dossier:budgetLines:0:label")).getDomProperty("value")).isEqualTo(typed);
        assertThat(ui.text(By.id("dossier:messages")))
                .contains(english ? "Your session had expired" : "Votre session avait expiré");
        assertThat(driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language);
    }

    @Test
    void aNewDossierIsCreatedByItsFirstAutosaveOnceItHasATitleAndComesBackAfterExpiry() {
        newDossier("fr");
        newDossier("en");
    }

    private void newDossier(String language) {
        boolean english = language.equals("en");
        Api applicant = Api.demo(base, DossierFixtures.APPLICANT1);
        long callId = DossierFixtures.demoCallId(applicant);
        long before = DossierFixtures.total(applicant);
        ui.signIn(DossierFixtures.APPLICANT1);
        ui.open("app/dossier-edit.xhtml?lang=" + language);
        String newHeading = english ? "New dossier" : "Nouveau dossier";
        String savedHeading = english ? "Edit the dossier" : "Modifier le dossier";
        assertThat(ui.text(By.id("edit-title"))).isEqualTo(newHeading);
        assertThat(driver().getTitle()).startsWith(newHeading);
        autosaveSoon();
        String summary = english ? "Typed before any save" : "Saisi avant tout enregistrement";
        ui.type(By.id("dossier:summary"), summary);
        ui.waiting().until(d -> d.findElement(By.id("dossier:autosave-status")).getText()
                .contains(english ? "Not saved automatically yet" : "Pas encore enregistré automatiquement"));
        assertThat(driver().getCurrentUrl()).doesNotContain("id=");
        assertThat(DossierFixtures.total(applicant)).as("no draft without call, action and title").isEqualTo(before);

        autosaveSoon();
        Select call = new Select(ui.find(By.id("dossier:callId")));
        if (!call.getFirstSelectedOption().getDomAttribute("value").equals(String.valueOf(callId))) {
            WebElement old = ui.find(By.id("dossier:actionNumber"));
            call.selectByValue(String.valueOf(callId));
            ui.waiting().until(ExpectedConditions.stalenessOf(old));
        }
        new Select(ui.find(By.id("dossier:actionNumber"))).selectByIndex(1);
        String title = english ? "Brand-new dossier kept" : "Dossier tout neuf conservé";
        ui.type(By.id("dossier:title"), title);
        ui.waiting().until(d -> d.getCurrentUrl().matches(".*dossier-edit\\.xhtml\\?id=\\d+&step=1$"));
        ui.waiting().until(d -> d.findElement(By.id("dossier:autosave-status")).getText()
                .contains(english ? "Draft saved automatically" : "Brouillon enregistré automatiquement"));
        ui.waiting().until(d -> d.findElements(By.id("dossier:callId")).isEmpty()); // the call is the dossier's now
        // No longer new: the heading and the browser's title say so without a reload.
        assertThat(ui.text(By.id("edit-title"))).isEqualTo(savedHeading);
        assertThat(driver().getTitle()).startsWith(savedHeading).doesNotContain(newHeading);
        String url = driver().getCurrentUrl();
        long id = Long.parseLong(url.substring(url.indexOf("id=") + 3, url.indexOf("&step=")));
        ui.waiting().until(d -> title.equals(Api.json(applicant.get("api/v1/dossiers/" + id)).getString("title")));
        assertThat(DossierFixtures.total(applicant)).as("one draft created").isEqualTo(before + 1);
        Screenshots.save(driver(), "nolost-7-new-dossier-autosaved-" + language);

        loseSession();
        ui.find(By.id("dossier:save")).click();
        assertExpiredLogin(english, "%2Fapp%2Fdossier-edit.xhtml%3Fid%3D" + id + "%26step%3D1");
        signInHere();
        ui.waiting().until(d -> d.getCurrentUrl().endsWith("dossier-edit.xhtml?id=" + id + "&step=1"));
        assertThat(ui.find(By.id("dossier:title")).getDomProperty("value")).isEqualTo(title);
        assertThat(ui.find(By.id("dossier:summary")).getDomProperty("value")).isEqualTo(summary);
        assertThat(ui.text(By.id("dossier:messages")))
                .contains(english ? "Your session had expired" : "Votre session avait expiré");
        assertThat(DossierFixtures.total(applicant)).as("still one draft").isEqualTo(before + 1);
    }

    /** The server loses the session: the browser no longer sends its cookie (the page's language cookie stays). */
    private void loseSession() {
        for (Cookie cookie : driver().manage().getCookies()) {
            if (cookie.getName().toUpperCase(java.util.Locale.ROOT).startsWith("JSESSIONID")) {
                driver().manage().deleteCookie(cookie);
            }
        }
    }

    /** On the login page, in the page's language, saying the session expired, with the way back. */
    private void assertExpiredLogin(boolean english, String encodedNext) {
        ui.waiting().until(d -> d.getCurrentUrl().contains("login.xhtml"));
        assertThat(driver().getCurrentUrl()).contains("next=" + encodedNext).contains("expired=true");
        assertThat(ui.text(By.id("login-expired"))).isEqualTo(english
                ? "Your session has expired: sign in again to go on. You will be back on the page you were on."
                : "Votre session a expiré : reconnectez-vous pour continuer. Vous reviendrez sur la page où vous étiez.");
        assertThat(driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(english ? "en" : "fr");
    }

    private void signInHere() {
        ui.find(By.id("login:email")).sendKeys(DossierFixtures.APPLICANT1);
        driver().findElement(By.id("login:password")).sendKeys(Api.demoPassword());
        driver().findElement(By.id("login:submit")).click();
    }

    /** The form saves itself one second after a change (the page script reads the delay when a change starts it). */
    private void autosaveSoon() {
        ((JavascriptExecutor) driver()).executeScript(
                "document.querySelector('[data-autosave-seconds]').setAttribute('data-autosave-seconds', '1');");
    }

    /** Shortens (or restores) the session's timeout and the warning's lead time as the page script reads them. */
    private void shorten(int sessionSeconds, int warningSeconds) {
        ((JavascriptExecutor) driver()).executeScript("""
                const w = document.getElementById('session-warning');
                w.setAttribute('data-session-seconds', arguments[0]);
                w.setAttribute('data-warning-seconds', arguments[1]);""",
                String.valueOf(sessionSeconds), String.valueOf(warningSeconds));
    }

    private void askToRemove(String table, int row, String question) {
        ui.find(By.id("dossier:" + table + ":" + row + ":remove")).click();
        WebElement dialog = ui.find(By.id("confirm-form:confirm"));
        assertThat(dialog.getText()).contains(question);
        ui.waiting().until(d -> "confirm-form:confirm-no".equals(d.switchTo().activeElement().getDomAttribute("id")));
    }

    private List<WebElement> rows(String table, String field) {
        return driver().findElements(By.cssSelector("[id^='dossier:" + table + ":'][id$=':" + field + "']"));
    }
}
