// Programme enhancements. Everything works without this script:
// filters are a plain GET form and stars are simply not offered.
(function () {
  "use strict";

  var STORE = "ogp2016:selection";
  // Translated labels, given by the page on this script's element.
  var LABELS = (document.currentScript && document.currentScript.dataset) || {};

  function readSelection() {
    try {
      var value = JSON.parse(window.localStorage.getItem(STORE) || "[]");
      return Array.isArray(value) ? value : [];
    } catch (error) {
      return [];
    }
  }

  function writeSelection(keys) {
    try {
      window.localStorage.setItem(STORE, JSON.stringify(keys));
    } catch (error) {
      // Private browsing or full storage: the selection lasts for this page only.
    }
  }

  function programmeUrl() {
    var form = document.querySelector("[data-filters]");
    return form ? form.getAttribute("action") : null;
  }

  function refreshStars(root) {
    var selection = readSelection();
    root.querySelectorAll("[data-star]").forEach(function (button) {
      var on = selection.indexOf(button.getAttribute("data-star")) !== -1;
      button.hidden = false;
      // aria-pressed says whether it is selected; the label says what a
      // press will do ("Remove from my selection" once selected).
      button.setAttribute("aria-pressed", on ? "true" : "false");
      var label = button.querySelector(".star__label");
      var text = on ? LABELS.labelRemove : LABELS.labelAdd;
      if (label && text) {
        label.textContent = text;
      }
      // Compact rows: an icon button named after its row's session link.
      var link = button.classList.contains("star--compact")
        ? button.parentNode.querySelector("a")
        : null;
      var named = on ? LABELS.namedRemove : LABELS.namedAdd;
      if (link && named) {
        button.setAttribute("aria-label", named.replace("{title}", link.textContent));
      }
    });
    var link = document.querySelector("[data-selection-link]");
    var base = programmeUrl();
    if (link && base) {
      link.hidden = selection.length === 0;
      link.setAttribute("href", base + "?ids=" + encodeURIComponent(selection.join(",")));
      var count = link.querySelector("[data-selection-count]");
      if (count) {
        count.textContent = String(selection.length);
      }
    }
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-star]");
    if (!button) {
      return;
    }
    var key = button.getAttribute("data-star");
    var selection = readSelection();
    var index = selection.indexOf(key);
    if (index === -1) {
      selection.push(key);
    } else {
      selection.splice(index, 1);
    }
    writeSelection(selection);
    refreshStars(document);
  });

  // Filters: apply on change without reloading the page, keeping the URL shareable.
  var form = document.querySelector("[data-filters]");
  var results = document.querySelector("[data-programme-results]");
  var pending = null;

  // Regions refreshed from the server's answer; the form keeps focus and values.
  var REGIONS = ["[data-programme-header]", "[data-filters-actions]", "[data-programme-results]"];

  // Put the fresh region's content in place. The live region announcing the
  // number of sessions (role="status") must stay the same element: screen
  // readers announce changes to a live region, not a new one replacing it.
  function replaceRegion(current, fresh) {
    var live = current.querySelector(":scope > [role='status']");
    var freshLive = fresh.querySelector(":scope > [role='status']");
    if (!live || !freshLive) {
      current.innerHTML = fresh.innerHTML;
      return;
    }
    Array.from(current.childNodes).forEach(function (node) {
      if (node !== live) {
        current.removeChild(node);
      }
    });
    var beforeLive = true;
    Array.from(fresh.childNodes).forEach(function (node) {
      if (node === freshLive) {
        beforeLive = false;
      } else if (beforeLive) {
        current.insertBefore(document.importNode(node, true), live);
      } else {
        current.appendChild(document.importNode(node, true));
      }
    });
    live.textContent = freshLive.textContent;
  }

  // The language switcher keeps the filters: its links come from the answer,
  // where the server gave each language its own query (translated theme).
  // Every copy: the DSFR repeats the selector in the phone menu.
  function switchWithFilters(doc) {
    doc.querySelectorAll(".lang-switch a[hreflang]").forEach(function (fresh) {
      var code = fresh.getAttribute("hreflang");
      document.querySelectorAll(".lang-switch a[hreflang='" + code + "']").forEach(function (current) {
        current.setAttribute("href", fresh.getAttribute("href"));
      });
    });
  }

  function syncForm(url) {
    var params = new URL(url, window.location.href).searchParams;
    Array.from(form.elements).forEach(function (field) {
      if (field.name) {
        field.value = params.get(field.name) || "";
      }
    });
  }

  function load(url, push) {
    if (pending) {
      pending.abort();
    }
    var controller = new AbortController();
    pending = controller;
    results.setAttribute("aria-busy", "true");
    fetch(url, { signal: controller.signal, headers: { "X-Requested-With": "fetch" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.text();
      })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        REGIONS.forEach(function (selector) {
          var fresh = doc.querySelector(selector);
          var current = document.querySelector(selector);
          if (!fresh || !current) {
            throw new Error("missing " + selector);
          }
          replaceRegion(current, fresh);
        });
        document.title = doc.title;
        switchWithFilters(doc);
        refreshStars(results);
        if (push) {
          window.history.pushState({}, "", url);
        }
        shown = withoutFragment(url);
      })
      .catch(function (error) {
        if (error.name !== "AbortError") {
          window.location.href = url;
        }
      })
      .finally(function () {
        if (pending === controller) {
          results.removeAttribute("aria-busy");
          pending = null;
        }
      });
  }

  function formUrl() {
    var params = new URLSearchParams(new FormData(form));
    Array.from(params.keys()).forEach(function (key) {
      if (!params.get(key)) {
        params.delete(key);
      }
    });
    var query = params.toString();
    return form.getAttribute("action") + (query ? "?" + query : "");
  }

  function withoutFragment(url) {
    return new URL(url, window.location.href).href.split("#")[0];
  }

  if (form && results && window.fetch && window.URLSearchParams) {
    var timer = null;
    // The address whose results are shown: following a link to a fragment
    // (the skip link to #main) fires popstate too, and must neither reload
    // the results nor take the focus away from where it moved.
    var shown = withoutFragment(window.location.href);
    form.addEventListener("change", function () {
      load(formUrl(), true);
    });
    form.addEventListener("input", function (event) {
      if (event.target.type !== "search" && event.target.type !== "text") {
        return;
      }
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        load(formUrl(), true);
      }, 400);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      load(formUrl(), true);
    });
    window.addEventListener("popstate", function () {
      if (withoutFragment(window.location.href) === shown) {
        return;
      }
      syncForm(window.location.href);
      load(window.location.href, false);
    });
  }

  refreshStars(document);
})();
