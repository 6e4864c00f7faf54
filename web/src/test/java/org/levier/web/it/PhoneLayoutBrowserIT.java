package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The pages on a phone, 390 px wide: the applicant's (its dossiers, a dossier, the form, the agreement, the bank
 * account, reports) and the staff's (dossiers, a dossier, the queue, payments, the dashboard, the audit trail) are
 * never wider than the screen, the navigation wraps, and a table reads as cards — one per row, each value under its
 * column's name. Screenshots {@code phone-*} in {@code web/target/screenshots/}; axe-core audits every page as
 * everywhere in the browser suite.
 */
@ExtendWith(PayaraServer.class)
@ExtendWith(Screenshots.class)
class PhoneLayoutBrowserIT implements Screenshots.Browser {

    private static final int PHONE = 390;

    @RegisterExtension
    static final ChromiumPerClass CHROMIUM = new ChromiumPerClass();

    @PayaraServer.Base
    URL base;

    @Override
    public WebDriver driver() {
        return CHROMIUM.driver();
    }

    @Test
    void applicantAndStaffPagesFitA390PixelScreenAndTablesReadAsCards() throws Exception {
        MoneyFixtures.Actors who = MoneyFixtures.Actors.of(base);
        MoneyFixtures.Approved approved = MoneyFixtures.approvedDossier(who, 1, "Téléphone : une convention",
                "30000.00", "0.00", "0.00", List.of("Proof of the bank loan"));
        JsonObject agreement = MoneyFixtures.sign(who.director1(), approved.dossierId(), MoneyFixtures.agreementBody(
                MoneyFixtures.tranche("GRANT", "30000.00", "2027-03-01", "Démarrage"), ""));
        MoneyFixtures.meetAllConditions(who.analyst(), approved.dossierId());
        assertThat(MoneyFixtures.requestDisbursement(who.analyst(), approved.dossierId(),
                MoneyFixtures.trancheId(agreement, 0), "5000.00", null, null).statusCode()).isEqualTo(201);
        long dossier = approved.dossierId();

        BrowserSession browser = new BrowserSession(driver(), base);
        Dimension wide = driver().manage().window().getSize();
        try {
            driver().manage().window().setSize(new Dimension(PHONE, 844));
            List<String> tooWide = new ArrayList<>();

            browser.signIn(MoneyFixtures.APPLICANT1);
            for (String page : List.of("app/dossiers.xhtml", "app/dossier.xhtml?id=" + dossier,
                    "app/agreement.xhtml?dossier=" + dossier, "app/bank-account.xhtml", "app/reports.xhtml",
                    "app/dossier-edit.xhtml")) {
                check(browser, page, "applicant", tooWide);
            }
            // The applicant's list reads as cards: each cell labelled with its column.
            browser.open("app/dossiers.xhtml");
            List<WebElement> cells = driver().findElements(By.cssSelector("main table.reflow tbody td[data-label]"));
            assertThat(cells).as("labelled cells of the applicant's list").isNotEmpty();
            assertThat(cells.getFirst().getCssValue("display")).isEqualTo("block");
            assertThat(driver().findElement(By.cssSelector("main table.reflow thead")).getRect().getWidth())
                    .as("headers hidden from the eye, kept for screen readers").isLessThanOrEqualTo(1);

            browser.signIn(Api.DIRECTOR);
            for (String page : List.of("app/staff/dossiers.xhtml", "app/staff/dossier.xhtml?id=" + dossier,
                    "app/staff/agreement.xhtml?dossier=" + dossier, "app/staff/disbursements.xhtml",
                    "app/staff/payments.xhtml", "app/staff/dashboard.xhtml", "app/staff/audit.xhtml",
                    "app/programme.xhtml")) {
                check(browser, page, "staff", tooWide);
            }
            WebElement nav = driver().findElement(By.cssSelector(".site-nav ul"));
            assertThat(nav.getCssValue("flex-wrap")).isEqualTo("wrap");
            assertThat(tooWide).as("pages wider than a %d px screen", PHONE).isEmpty();
        } finally {
            driver().manage().window().setSize(wide);
        }
    }

    /**
     * Below 600 px the navigation collapses behind a menu button (aria-expanded, aria-controls): reached with the
     * keyboard, Enter opens the list and Escape closes it (the focus back on the button); a click toggles it; wider,
     * no button and the list shown. In French and in English.
     */
    @Test
    void theNavigationCollapsesBehindAKeyboardMenuButtonOnAPhone() {
        BrowserSession browser = new BrowserSession(driver(), base);
        Dimension wide = driver().manage().window().getSize();
        try {
            browser.signIn(MoneyFixtures.APPLICANT1);
            driver().manage().window().setSize(new Dimension(PHONE, 844));
            for (String language : List.of("fr", "en")) {
                browser.open("app/dossiers.xhtml?lang=" + language);
                WebElement button = browser.find(By.id("nav-toggle"));
                WebElement list = driver().findElement(By.id("site-nav-list"));
                assertThat(button.getText()).isEqualTo(language.equals("en") ? "Navigation menu" : "Menu de navigation");
                assertThat(button.getDomAttribute("aria-controls")).isEqualTo("site-nav-list");
                assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("false");
                assertThat(list.isDisplayed()).isFalse();

                driver().switchTo().activeElement().sendKeys(Keys.TAB); // from the top of the page: the skip link
                for (int i = 0; i < 8 && !"nav-toggle".equals(driver().switchTo().activeElement().getDomAttribute("id")); i++) {
                    driver().switchTo().activeElement().sendKeys(Keys.TAB);
                }
                assertThat(driver().switchTo().activeElement().getDomAttribute("id")).as("reached by Tab").isEqualTo("nav-toggle");
                driver().switchTo().activeElement().sendKeys(Keys.ENTER);
                browser.waiting().until(d -> list.isDisplayed());
                assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("true");
                assertThat(driver().findElement(By.id("nav-dossiers")).isDisplayed()).isTrue();
                Screenshots.save(driver(), "phone-menu-open-" + language);
                driver().findElement(By.id("nav-dossiers")).sendKeys(Keys.ESCAPE);
                browser.waiting().until(d -> !list.isDisplayed());
                assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("false");
                assertThat(driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("nav-toggle");
                button.click();
                browser.waiting().until(d -> list.isDisplayed());
                button.click();
                browser.waiting().until(d -> !list.isDisplayed());
            }
            driver().manage().window().setSize(wide);
            assertThat(driver().findElement(By.id("nav-toggle")).isDisplayed()).as("no menu button when wide").isFalse();
            assertThat(driver().findElement(By.id("site-nav-list")).isDisplayed()).isTrue();
        } finally {
            driver().manage().window().setSize(wide);
        }
    }

    /** Opens the page, lets its tables be labelled, records it when it is wider than the screen, saves a shot. */
    private void check(BrowserSession browser, String page, String who, List<String> tooWide) {
        browser.open(page);
        browser.find(By.tagName("main"));
        JavascriptExecutor js = (JavascriptExecutor) driver();
        browser.waiting().until(d -> Boolean.TRUE.equals(js.executeScript("return document.readyState === 'complete';")));
        long viewport = ((Number) js.executeScript("return document.documentElement.clientWidth;")).longValue();
        long content = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
        if (content > viewport) {
            Object widest = js.executeScript("""
                    let widest = null;
                    document.querySelectorAll('main *').forEach(e => {
                        const r = e.getBoundingClientRect();
                        if (r.right > document.documentElement.clientWidth + 1 && (!widest || r.width < widest.w)) {
                            widest = {w: r.width, d: (e.id ? '#' + e.id : e.tagName.toLowerCase()
                                + (e.className && e.className.baseVal === undefined ? '.' + e.className : ''))};
                        }
                    });
                    return widest ? widest.d + ' (' + Math.round(widest.w) + ' px)' : 'outside main';""");
            tooWide.add(page + ": " + content + " px > " + viewport + " px, e.g. " + widest);
        }
        Screenshots.save(driver(), "phone-" + who + "-" + page.replaceAll("^app/|\\.xhtml.*$", "").replace('/', '-'));
    }
}
