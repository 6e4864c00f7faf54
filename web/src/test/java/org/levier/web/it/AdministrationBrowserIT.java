package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Fund administration in the browser, in French (headless Chromium): the administrator invites an analyst, who
 * chooses a password through the mailed link and signs in; a director creates a programme with two axes and three
 * actions with envelopes, then a call for projects on it, open at once. Screenshots of every step under
 * {@code web/target/screenshots/} (and on failure, see {@link Screenshots}).
 */
@ExtendWith(PayaraServer.class)
@ExtendWith(Screenshots.class)
class AdministrationBrowserIT implements Screenshots.Browser {

    private static final Duration WAIT = Chromium.WAIT;
    private static final String PASSWORD = "Dune blanche au petit matin 9";
    private static final Pattern TOKEN = Pattern.compile("set-password\\.xhtml\\?token=([A-Za-z0-9_-]{43})");

    @RegisterExtension
    static final ChromiumPerClass CHROMIUM = new ChromiumPerClass();

    @PayaraServer.Base
    URL base;

    @Override
    public WebDriver driver() {
        return CHROMIUM.driver();
    }

    @Test
    void theAdministratorInvitesAnAnalystWhoSetsAPasswordAndSignsIn() {
        String email = "analyste-" + System.nanoTime() + "@levier.example";
        signIn("admin@levier.example", Api.demoPassword());
        driver().findElement(By.id("nav-admin-users")).click();
        WebDriverWait wait = new WebDriverWait(driver(), WAIT);
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("users-title"))).getText())
                .isEqualTo("Équipe du fonds");
        driver().findElement(By.id("invite:email")).sendKeys(email);
        driver().findElement(By.id("invite:displayName")).sendKeys("Camille Analyste");
        driver().findElement(By.xpath("//input[@name='invite:roles' and @value='ANALYST']")).click();
        Screenshots.save(driver(), "admin-invite-fr");
        driver().findElement(By.id("invite:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Invitation envoyée"));
        assertThat(driver().findElement(By.id("users:staff")).getText()).contains(email)
                .contains("Chargé d'investissement").contains("Invité");
        Screenshots.save(driver(), "admin-invited-fr");

        // a disabled combination is refused on the page, in French
        driver().findElement(By.id("invite:email")).sendKeys("mixte-" + System.nanoTime() + "@levier.example");
        driver().findElement(By.id("invite:displayName")).sendKeys("Mixte");
        driver().findElement(By.xpath("//input[@name='invite:roles' and @value='ANALYST']")).click();
        driver().findElement(By.xpath("//input[@name='invite:roles' and @value='ADMIN']")).click();
        driver().findElement(By.id("invite:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Ces rôles ne peuvent pas être attribués"));
        Screenshots.save(driver(), "admin-roles-refused-fr");

        String token = tokenMailedTo(email);
        driver().manage().deleteAllCookies();
        driver().get(url("set-password.xhtml?token=" + token));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password:password"))).sendKeys(PASSWORD);
        driver().findElement(By.id("password:repeated")).sendKeys(PASSWORD);
        assertThat(driver().findElement(By.id("password-title")).getText()).isEqualTo("Choisir votre mot de passe");
        Screenshots.save(driver(), "set-password-fr");
        driver().findElement(By.id("password:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-done")));

        signIn(email, PASSWORD);
        assertThat(driver().findElement(By.id("user-name")).getText()).contains(email);
        assertThat(driver().findElements(By.id("nav-staff-dossiers"))).isNotEmpty();
        assertThat(driver().findElements(By.id("nav-admin-users"))).isEmpty();
        Screenshots.save(driver(), "invited-analyst-signed-in-fr");
    }

    @Test
    void aDirectorCreatesAProgrammeWithTwoAxesAndThreeActionsThenOpensACallOnIt() {
        String code = "BRW-" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
        signIn(Api.DIRECTOR, Api.demoPassword());
        WebDriverWait wait = new WebDriverWait(driver(), WAIT);
        driver().findElement(By.id("nav-admin-programmes")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("new-programme"))).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("programme:code"))).sendKeys(code);
        type("programme:name", "Programme du littoral (navigateur)");
        type("programme:allotment", "3000000.00");
        type("programme:targetTotalProjects", "15000000.00");
        type("programme:startDate", "2027-01-01");
        type("programme:endDate", "2031-12-31");
        type("programme:axes:0:title", "Énergie");
        type("programme:axes:0:actions:0:title", "Chaleur fatale");
        type("programme:axes:0:actions:0:envelope", "1000000.00");
        click("programme:axes:0:addAction");
        type("programme:axes:0:actions:1:title", "Hydrogène");
        type("programme:axes:0:actions:1:envelope", "800000.00");
        click("programme:addAxis");
        type("programme:axes:1:title", "Mobilité");
        type("programme:axes:1:actions:0:title", "Bus propres");
        Screenshots.save(driver(), "director-programme-form-fr");
        click("programme:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Programme " + code + " créé"));
        Screenshots.save(driver(), "director-programme-created-fr");

        JsonObject programme = Api.json(Api.demo(base, Api.AUDITOR).get("api/v1/programmes/" + code));
        JsonArray axes = programme.getJsonArray("axes");
        assertThat(axes).hasSize(2);
        assertThat(axes.getJsonObject(0).getJsonArray("actions")).hasSize(2);
        assertThat(axes.getJsonObject(1).getJsonArray("actions").getJsonObject(0).getInt("number")).isEqualTo(3);
        assertThat(axes.getJsonObject(0).getJsonArray("actions").getJsonObject(1).getString("envelope"))
                .isEqualTo("800000.00");
        assertThat(programme.getString("allotment")).isEqualTo("3000000.00");

        driver().findElement(By.id("nav-admin-calls")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("new-call"))).click();
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("call:programme"))))
                .selectByValue(code);
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//input[@name='call:actions' and @value='3']")));
        type("call:code", "AAP-LITTORAL");
        type("call:title", "Appel à projets du littoral");
        type("call:opensAt", LocalDate.now().minusDays(1) + "T09:00");
        type("call:closesAt", LocalDate.now().plusMonths(6) + "T17:00");
        for (String action : new String[] {"1", "2", "3"}) {
            driver().findElement(By.xpath("//input[@name='call:actions' and @value='" + action + "']")).click();
        }
        type("call:minAmount", "10000.00");
        type("call:maxAmount", "500000.00");
        Screenshots.save(driver(), "director-call-form-fr");
        click("call:save");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("call-status-AAP-LITTORAL")));
        assertThat(driver().findElement(By.id("call-status-AAP-LITTORAL")).getText()).isEqualTo("Ouvert");
        Screenshots.save(driver(), "director-call-open-fr");

        HttpResponse<String> calls = Api.demo(base, DossierFixtures.APPLICANT1).get("api/v1/calls?open=true&programme="
                + code);
        assertThat(Api.json(calls).getJsonArray("items")).hasSize(1);
    }

    // ---------------------------------------------------------------------------------------------------------

    private String url(String path) {
        String root = base.toExternalForm();
        return (root.endsWith("/") ? root : root + "/") + path;
    }

    private void signIn(String email, String password) {
        driver().manage().deleteAllCookies();
        driver().get(url("login.xhtml"));
        WebDriverWait wait = new WebDriverWait(driver(), WAIT);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(email);
        driver().findElement(By.id("login:password")).sendKeys(password);
        driver().findElement(By.id("login:submit")).click();
        wait.until(d -> !d.getCurrentUrl().contains("login.xhtml"));
    }

    private void type(String id, String text) {
        WebElement input = new WebDriverWait(driver(), WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }

    private void click(String id) {
        // A button an update is replacing may answer "node does not belong to the document" rather than stale:
        // look it up again until it is there and enabled, and count any driver error on the old one as replaced.
        WebElement button = new WebDriverWait(driver(), WAIT).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> {
                    WebElement found = d.findElement(By.id(id));
                    return found.isDisplayed() && found.isEnabled() ? found : null;
                });
        button.click();
        new WebDriverWait(driver(), WAIT).until(Chromium.replaced(button));
    }

    private String tokenMailedTo(String email) {
        HttpResponse<String> outbox = Api.demo(base, "admin@levier.example").get("api/v1/admin/outbox?recipient="
                + email);
        Matcher link = TOKEN.matcher(outbox.body());
        assertThat(link.find()).as(outbox.body()).isTrue();
        return link.group(1);
    }
}
