/*
 * A collapsible panel says whether it is open on its toggle link, the one control that opens and closes it.
 * PrimeFaces' panel script writes aria-expanded on the title bar instead, a plain container on which the
 * attribute means nothing to assistive technology (axe: aria-allowed-attr); the server-side renderer already
 * keeps it off the first rendering, and this keeps it off after each toggle.
 */
(function () {
    "use strict";

    function tellTheToggler(methodName, expanded) {
        var panel = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.Panel;
        if (!panel || !panel.prototype[methodName]) {
            return;
        }
        var original = panel.prototype[methodName];
        panel.prototype[methodName] = function () {
            var result = original.apply(this, arguments);
            this.header.removeAttr("aria-expanded");
            if (this.toggler) {
                this.toggler.attr("aria-expanded", expanded ? "true" : "false");
            }
            return result;
        };
    }

    tellTheToggler("expand", true);
    tellTheToggler("collapse", false);
})();
