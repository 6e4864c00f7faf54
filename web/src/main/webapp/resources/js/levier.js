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
