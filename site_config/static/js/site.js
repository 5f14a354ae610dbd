/*
 * OGP Global Summit 2016 – progressive enhancement of the main menu.
 *
 * Markup (site_config/templates/includes/main_menu.html):
 *   <nav class="main-nav" data-menu>
 *     <button class="main-nav__toggle" aria-expanded="false"
 *             aria-controls="main-menu-list" hidden data-menu-toggle>Menu</button>
 *     <ul class="main-nav__list" id="main-menu-list">…</ul>
 *   </nav>
 *
 * Without JavaScript the button stays hidden and the list is always shown.
 * With JavaScript, on narrow screens the button is revealed and the list is
 * collapsed; the button toggles it (aria-expanded kept in sync) and Escape
 * closes it, returning focus to the button. On wide screens the button is
 * hidden again and the list always shown. No inline script, no globals.
 */
(function () {
    "use strict";

    var NARROW_QUERY = "(max-width: 47.99em)"; // keep in sync with site.css

    function enhance(nav) {
        var toggle = nav.querySelector("[data-menu-toggle]");
        if (!toggle) {
            return;
        }
        var list = document.getElementById(toggle.getAttribute("aria-controls") || "");
        if (!list || !window.matchMedia) {
            return;
        }
        var narrow = window.matchMedia(NARROW_QUERY);

        function isOpen() {
            return toggle.getAttribute("aria-expanded") === "true";
        }

        function setOpen(open) {
            toggle.setAttribute("aria-expanded", open ? "true" : "false");
            list.hidden = !open;
            nav.classList.toggle("main-nav--open", open);
        }

        function update() {
            var active = document.activeElement;
            if (narrow.matches) {
                // Collapse (also when coming from a wide layout).
                var focusWasInList = list.contains(active);
                toggle.hidden = false;
                setOpen(false);
                if (focusWasInList) {
                    toggle.focus();
                }
            } else {
                var focusWasOnToggle = active === toggle;
                toggle.hidden = true;
                toggle.setAttribute("aria-expanded", "false");
                nav.classList.remove("main-nav--open");
                list.hidden = false;
                if (focusWasOnToggle) {
                    var first = list.querySelector("a, button");
                    if (first) {
                        first.focus();
                    }
                }
            }
        }

        toggle.addEventListener("click", function () {
            setOpen(!isOpen());
        });

        document.addEventListener("keydown", function (event) {
            if (event.key !== "Escape" && event.key !== "Esc") {
                return;
            }
            if (!narrow.matches || !isOpen()) {
                return;
            }
            var active = document.activeElement;
            var focusInMenu = nav.contains(active) || active === document.body || active === null;
            setOpen(false);
            if (focusInMenu) {
                toggle.focus();
            }
        });

        if (typeof narrow.addEventListener === "function") {
            narrow.addEventListener("change", update);
        } else if (typeof narrow.addListener === "function") {
            narrow.addListener(update); // older Safari
        }

        nav.classList.add("main-nav--js");
        update();
    }

    function init() {
        var navs = document.querySelectorAll("[data-menu]");
        for (var i = 0; i < navs.length; i += 1) {
            enhance(navs[i]);
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
