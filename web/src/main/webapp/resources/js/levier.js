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
