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
