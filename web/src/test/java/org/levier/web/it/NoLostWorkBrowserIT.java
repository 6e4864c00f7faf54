package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * No lost work, in headless Chromium, in French and in English: removing a row of the dossier form asks first
 * ("No" keeps it, "Yes" removes it); before the session expires an alert dialog warns and its button extends the
 * session on the server; a step typed and then abandoned until the session is gone is saved by the autosave, and
 * signing in again from the "session expired" dialog reopens the same dossier at the same step with what was typed
 * and a message saying so; the step's URL survives a reload. The confirmation takes the focus on "No"; Escape
 * answers no. The timeouts are shortened through the warning's data
 * attributes (the page script reads them at every tick); the server session is lost by deleting the browser's
 * cookies. Screenshots {@code nolost-*}.
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
        ui.waiting().until(d -> d.findElement(By.id("session-status")).getText()
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
