/*
 * Levier's page script (no inline script: the pages' content security policy allows files of the application only).
 * After a refused command, the focus moves to the error summary (#messages), which is announced, so that a keyboard
 * or screen-reader user learns at once what went wrong; each invalid field is marked aria-invalid by the server.
 */
(function () {
    function focusErrors() {
        var summary = document.getElementById('messages');
        if (!summary || !summary.querySelector('.ui-messages-error')) {
            return;
        }
        summary.setAttribute('tabindex', '-1');
        summary.setAttribute('role', 'alert');
        summary.focus();
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', focusErrors);
    } else {
        focusErrors();
    }
})();

/*
 * Tables on a phone: each data cell carries its column's header as data-label, so that below 600 px (levier.css) a
 * row reads as a card of "label: value" lines instead of a table wider than the screen. Cells spanning columns (an
 * empty list's message) keep no label. Tables that PrimeFaces redraws (paging, sorting, updates) are labelled again.
 */
(function () {
    function label() {
        document.querySelectorAll('main table').forEach(function (table) {
            var heads = table.querySelectorAll('thead tr:first-child th');
            if (!heads.length) {
                return;
            }
            var names = Array.prototype.map.call(heads, function (th) {
                return th.textContent.replace(/\s+/g, ' ').trim();
            });
            table.classList.add('reflow');
            table.querySelectorAll('tbody tr').forEach(function (row) {
                Array.prototype.forEach.call(row.children, function (cell, i) {
                    if (cell.colSpan === 1 && names[i] && cell.getAttribute('data-label') !== names[i]) {
                        cell.setAttribute('data-label', names[i]);
                    }
                });
            });
        });
    }
    var pending = false;
    function later() {
        if (!pending) {
            pending = true;
            window.requestAnimationFrame(function () {
                pending = false;
                label();
            });
        }
    }
    function start() {
        label();
        var main = document.querySelector('main');
        if (main && window.MutationObserver) {
            new MutationObserver(later).observe(main, {childList: true, subtree: true});
        }
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();

/* --- nolost (issue 16) --- */

/*
 * The site navigation on a phone: below 600 px (levier.css) the list collapses behind the "menu" button, which
 * opens and closes it (aria-expanded); Escape closes it and gives the focus back to the button. Without this
 * script the button stays hidden and the list simply wraps.
 */
(function () {
    function start() {
        var nav = document.querySelector('.site-nav');
        var button = document.getElementById('nav-toggle');
        if (!nav || !button) {
            return;
        }
        function set(open) {
            nav.classList.toggle('nav-closed', !open);
            button.setAttribute('aria-expanded', open ? 'true' : 'false');
        }
        nav.classList.add('nav-collapsible');
        set(false);
        button.addEventListener('click', function () {
            set(nav.classList.contains('nav-closed'));
        });
        nav.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && !nav.classList.contains('nav-closed')
                    && window.getComputedStyle(button).display !== 'none') {
                set(false);
                button.focus();
            }
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();

/*
 * No lost work. A signed-in page counts down the session's inactivity timeout (#session-warning's data
 * attributes, read at every tick so that tests can shorten them); each server request (a page, an Ajax update,
 * the keep-alive) restarts it. Before expiry an alert dialog offers to extend the session (GET keep-alive); at the
 * expiry the script asks the server whether the session still lives, and if not, offers to sign in again and come
 * back to the same page — the dossier form's step (data-resume), with "resumed=true" so that it says what was
 * kept. The dossier form saves its draft itself a while after a change and when the warning shows (the hidden
 * autosave button, an Ajax save through the ordinary draft save); its step's URL replaces the address so that a
 * reload reopens the step shown.
 */
(function () {
    var warning, started = Date.now(), state = 'idle', dirty = false, saveTimer = null;

    function seconds(name, fallback) {
        var value = parseInt(warning.getAttribute(name), 10);
        return isNaN(value) ? fallback : value;
    }

    /** Where to come back after signing in again, in the page's language (the session kept the choice). */
    function resumeTarget(language) {
        var status = document.querySelector('[data-resume]');
        var target;
        if (status) {
            target = status.getAttribute('data-resume') + '&resumed=true';
        } else {
            var context = warning.getAttribute('data-context') || '';
            var path = window.location.pathname;
            target = (path.indexOf(context) === 0 ? path.substring(context.length) : path)
                + window.location.search.replace(/([?&])lang=[a-z]*&?/, '$1').replace(/[?&]$/, '');
        }
        return target + (target.indexOf('?') < 0 ? '?' : '&') + 'lang=' + language;
    }

    function announce(text) {
        var status = document.getElementById('session-extended');
        if (status) {
            status.textContent = '';
            window.setTimeout(function () { status.textContent = text; }, 50);
        }
    }

    /** A request reached the server: the session's clock restarts (a warning shown stays until answered). */
    function restart() {
        started = Date.now();
    }

    function hide() {
        state = 'idle';
        warning.hidden = true;
    }

    function showWarning(remaining) {
        state = 'warning';
        var minutes = Math.max(1, Math.ceil(remaining / 60000));
        document.getElementById('session-warning-title').textContent = warning.getAttribute('data-expiring-title');
        document.getElementById('session-warning-text').textContent =
            warning.getAttribute('data-expiring-text').replace('{0}', String(minutes));
        document.getElementById('session-extend').hidden = false;
        document.getElementById('session-signin').hidden = true;
        warning.hidden = false;
        document.getElementById('session-extend').focus();
        autosave();
    }

    function showExpired() {
        state = 'expired';
        var context = warning.getAttribute('data-context') || '';
        var signIn = document.getElementById('session-signin');
        var language = document.documentElement.lang || 'fr';
        signIn.href = context + '/login.xhtml?lang=' + encodeURIComponent(language) + '&expired=true&next='
            + encodeURIComponent(resumeTarget(language));
        document.getElementById('session-warning-title').textContent = warning.getAttribute('data-expired-title');
        document.getElementById('session-warning-text').textContent = warning.getAttribute('data-expired-text');
        document.getElementById('session-extend').hidden = true;
        signIn.hidden = false;
        warning.hidden = false;
        signIn.focus();
    }

    /** Asks the server to keep the session: then(true) when it lives (204), then(false) when it has expired. */
    function keepAlive(then) {
        fetch(warning.getAttribute('data-keep-alive'), {credentials: 'same-origin', redirect: 'manual',
            cache: 'no-store'}).then(function (response) {
            then(response.status === 204);
        }, function () {
            then(false);
        });
    }

    function tick() {
        if (state === 'expired' || state === 'checking') {
            return;
        }
        var timeout = seconds('data-session-seconds', 0) * 1000;
        if (timeout <= 0) {
            return;
        }
        var remaining = started + timeout - Date.now();
        if (remaining <= 0) {
            state = 'checking';
            keepAlive(function (alive) {
                if (alive) {
                    restart();
                    hide();
                } else {
                    showExpired();
                }
            });
        } else if (remaining <= seconds('data-warning-seconds', 0) * 1000 && state === 'idle') {
            showWarning(remaining);
        }
    }

    function extend() {
        keepAlive(function (alive) {
            if (alive) {
                started = Date.now();
                hide();
                announce(warning.getAttribute('data-extended'));
            } else {
                showExpired();
            }
        });
    }

    // --- the dossier form's autosave ---

    function autosave() {
        var button = document.getElementById('dossier:autosave');
        if (saveTimer) {
            window.clearTimeout(saveTimer);
            saveTimer = null;
        }
        if (button && dirty && state !== 'expired' && state !== 'checking') {
            dirty = false;
            button.click();
        }
    }

    function changed(event) {
        var form = document.getElementById('dossier');
        var status = document.querySelector('[data-autosave-seconds]');
        if (!form || !status || !form.contains(event.target) || event.target.type === 'file') {
            return;
        }
        dirty = true;
        if (!saveTimer) {
            var delay = parseInt(status.getAttribute('data-autosave-seconds'), 10);
            saveTimer = window.setTimeout(autosave, (isNaN(delay) ? 20 : delay) * 1000);
        }
    }

    function keepStepInAddress() {
        var status = document.querySelector('[data-resume]');
        if (!status || !window.history.replaceState) {
            return;
        }
        var context = warning ? warning.getAttribute('data-context') || '' : '';
        var target = context + status.getAttribute('data-resume');
        if (window.location.pathname + window.location.search !== target) {
            window.history.replaceState(window.history.state, '', target);
        }
    }

    /**
     * A new dossier saved by its first autosave is no longer new: its heading and the browser's title say so (the
     * heading's data-saved-title, from the bundle), as the next load of the page would.
     */
    function nameSavedDossier() {
        var heading = document.getElementById('edit-title');
        var saved = heading ? heading.getAttribute('data-saved-title') : null;
        if (!saved || !document.querySelector('[data-resume]') || heading.textContent === saved) {
            return;
        }
        var was = heading.textContent;
        heading.textContent = saved;
        document.title = document.title.replace(was, saved);
    }

    /**
     * An Ajax request came back: the session's clock restarts; a new dossier just created names its step and gets
     * its heading.
     */
    function ajaxDone() {
        if (warning && state !== 'expired' && state !== 'checking') {
            restart();
        }
        keepStepInAddress();
        nameSavedDossier();
    }

    function start() {
        warning = document.getElementById('session-warning');
        keepStepInAddress();
        if (!warning) {
            return;
        }
        document.getElementById('session-extend').addEventListener('click', extend);
        warning.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && state === 'warning') {
                extend();
            }
        });
        document.addEventListener('change', changed, true);
        document.addEventListener('input', changed, true);
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', ajaxDone);
        }
        // nolost2: the autosave is not a "global" Ajax request (no pfAjaxComplete): its oncomplete calls this
        window.levierAutosaved = ajaxDone;
        window.setInterval(tick, 1000);
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();

/*
 * A confirmation dialog (p:confirmDialog) takes the focus when it shows, on its safe answer ("No"), so that a
 * keyboard or screen-reader user is asked the question and Enter removes nothing by mistake.
 */
(function () {
    function watch() {
        document.querySelectorAll('.ui-confirm-dialog').forEach(function (dialog) {
            var shown = false;
            new MutationObserver(function () {
                var no = dialog.querySelector('.ui-confirmdialog-no');
                var visible = window.getComputedStyle(dialog).display !== 'none';
                if (no && visible && !shown) {
                    // after the dialog's own focus handling, once per opening
                    window.setTimeout(function () { no.focus(); }, 100);
                }
                shown = visible;
            }).observe(dialog, {attributes: true, attributeFilter: ['style', 'aria-hidden', 'class']});
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', watch);
    } else {
        watch();
    }
})();
/* --- end nolost --- */

/*
 * Issue 16, input as people type it: amounts (inputs marked data-amount by the server, see AmountInputs) are shown
 * again with the digits grouped in the page's language when the field is left: 1250000,5 becomes 1 250 000,5 in
 * French, 1250000.5 becomes 1,250,000.5 in English. The text is read as the server reads it (DecimalConverter): in
 * French spaces (and dots, when there is a comma) group and the comma is the decimal mark; in English commas group.
 * Anything else (a letter, an exponent, three decimals) is left as typed, for the server to refuse with its message.
 */
(function () {
    function french() {
        return (document.documentElement.lang || 'fr').toLowerCase().indexOf('en') !== 0;
    }
    function regroup(typed, fr) {
        var text = typed.replace(/[\s\u00A0\u202F_'€]/g, '');
        if (fr) {
            if (text.indexOf(',') >= 0 && text.indexOf('.') >= 0) {
                text = text.replace(/\./g, '');
            }
            text = text.replace(',', '.');
        } else {
            text = text.replace(/,/g, '');
        }
        var match = /^([+-]?)(\d+)(?:\.(\d{1,2}))?$/.exec(text);
        if (!match) {
            return null;
        }
        var digits = match[2].replace(/^0+(?=\d)/, '');
        var grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, fr ? ' ' : ',');
        return match[1] + grouped + (match[3] !== undefined ? (fr ? ',' : '.') + match[3] : '');
    }
    document.addEventListener('focusout', function (event) {
        var input = event.target;
        if (!input || !input.matches || !input.matches('input[data-amount]') || !input.value) {
            return;
        }
        var shown = regroup(input.value, french());
        if (shown !== null && shown !== input.value) {
            input.value = shown;
        }
    });
})();

/*
 * Keyboard-only use of the forms with rows (issue 16, item 4): an "add a row" or "remove" button redraws the form by
 * ajax, which drops the focus on the body, and a keyboard user would have to Tab from the top of the page again.
 * After adding, the focus goes to the first control of the table's last row; after removing, to the "add" button.
 */
window.levierFocusLastRow = function (tableId) {
    var table = document.getElementById(tableId);
    var rows = table ? table.querySelectorAll('tbody tr') : [];
    var row = rows.length ? rows[rows.length - 1] : null;
    var control = row ? row.querySelector('select, input:not([type=hidden]), textarea') : null;
    if (control) {
        control.focus();
    }
};
window.levierFocus = function (id) {
    var element = document.getElementById(id);
    if (element) {
        element.focus();
    }
};

/*
 * nolost2: the page's language in a cookie (levier-lang), for the server's redirect to the login page once the
 * session that knew the language is gone (org.levier.web.security.SignInRedirect): the login opens in the language
 * of the page the user was on. Not a secret, read by the server only for that redirect.
 */
(function () {
    var language = document.documentElement.lang;
    if (language === 'fr' || language === 'en') {
        document.cookie = 'levier-lang=' + language + '; path=/; SameSite=Lax'
            + (window.location.protocol === 'https:' ? '; Secure' : '');
    }
})();
