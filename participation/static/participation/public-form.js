/*
 * Public forms (participation/templates/participation/includes/public_form.html)
 * – progressive enhancement; everything works without it.
 *
 * - [data-error-summary]: the summary carries autofocus; where a browser
 *   ignored it, focus and scroll to it here.
 * - [data-char-count-for]: the limit shown under a field becomes a live
 *   count ("Characters left: 163"); the visible text follows each keystroke,
 *   screen readers hear it through a polite live region once typing pauses.
 *   The server refuses text over the limit; nothing is ever cut.
 * - #id_timezone[data-country-zones]: choosing a country selects its main
 *   time zone unless the visitor chose one by hand.
 */
(function () {
    "use strict";

    function focusSummary() {
        var summary = document.querySelector("[data-error-summary]");
        if (summary) {
            // Its top in view, whatever its length (autofocus may only bring
            // part of a long summary into view).
            summary.focus({preventScroll: true});
            summary.scrollIntoView({block: "start", behavior: "instant"});
        }
    }

    function counter(hint) {
        var field = document.getElementById(hint.getAttribute("data-char-count-for"));
        var limit = parseInt(hint.getAttribute("data-max-length"), 10);
        if (!field || !limit) {
            return;
        }
        var live = document.createElement("span");
        live.className = "visually-hidden";
        live.setAttribute("aria-live", "polite");
        hint.parentNode.insertBefore(live, hint.nextSibling);
        var pause = null;

        function message() {
            // Characters as the server counts them (code points).
            var left = limit - Array.from(field.value).length;
            var template = hint.getAttribute(left < 0 ? "data-over" : "data-left");
            return template.replace("%(count)s", String(Math.abs(left)));
        }

        function update(announce) {
            var text = message();
            hint.textContent = text;
            hint.classList.toggle("char-count--over", Array.from(field.value).length > limit);
            window.clearTimeout(pause);
            if (announce) {
                pause = window.setTimeout(function () { live.textContent = text; }, 1000);
            }
        }

        field.addEventListener("input", function () { update(true); });
        update(false);
    }

    function zoneFollowsCountry(zone) {
        var country = document.getElementById("id_country");
        var mainZones;
        try {
            mainZones = JSON.parse(zone.getAttribute("data-country-zones"));
        } catch (error) {
            return;
        }
        if (!country) {
            return;
        }
        var chosenByHand = zone.value !== "";
        zone.addEventListener("change", function () { chosenByHand = true; });
        function follow() {
            var main = mainZones[country.value];
            if (main && !chosenByHand) {
                zone.value = main;
            }
        }
        country.addEventListener("change", follow);
        follow();
    }

    document.querySelectorAll("[data-char-count-for]").forEach(counter);
    var zone = document.querySelector("#id_timezone[data-country-zones]");
    if (zone) {
        zoneFollowsCountry(zone);
    }
    focusSummary();
})();
