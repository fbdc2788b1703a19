/*
 * The error summary takes focus when it appears (after a full submit or an AJAX update), so a screen reader
 * announces it and a keyboard user starts from it; a link in it moves focus to the field it names.
 */
(function () {
    "use strict";

    function focusSummary() {
        var summary = document.getElementById("errorSummary");
        if (summary && document.activeElement !== summary) {
            summary.focus();
        }
    }

    document.addEventListener("click", function (event) {
        var link = event.target.closest ? event.target.closest("#errorSummary a[href^='#']") : null;
        if (!link) {
            return;
        }
        var field = document.getElementById(decodeURIComponent(link.getAttribute("href").substring(1)));
        if (field) {
            event.preventDefault();
            field.scrollIntoView({block: "center"});
            field.focus();
        }
    });

    /*
     * A field refused by the server comes back with exactly what was typed in its value attribute; a date
     * picker's script may rewrite it on start-up (a date it cannot read blanked, 31/02 moved to March), so
     * what was typed is put back.
     */
    function keepWhatWasTyped() {
        document.querySelectorAll("input[aria-invalid='true']").forEach(function (input) {
            var typed = input.getAttribute("value");
            if (typed !== null && input.value !== typed) {
                input.value = typed;
            }
        });
    }

    document.addEventListener("DOMContentLoaded", focusSummary);
    window.addEventListener("load", keepWhatWasTyped);
    if (window.jQuery) {
        window.jQuery(document).on("pfAjaxComplete", focusSummary);
    }
})();
