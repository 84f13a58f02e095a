/*
 * Quick exit: leave the site at once, by the button or by pressing Shift three times
 * (as in the GOV.UK "Exit this page" component). The page is hidden before the new
 * site loads, and the current history entry is replaced so Back does not return here.
 * Without JavaScript the button is still an ordinary link to the neutral site.
 */
(function () {
  "use strict";

  var SHIFT_WINDOW_MS = 2000;
  var root = document.documentElement;
  root.classList.remove("no-js");
  root.classList.add("js");

  function findContainer() {
    return document.querySelector("[data-quick-exit]");
  }

  function leave(url) {
    root.classList.add("is-exiting");
    document.title = "";
    try {
      window.location.replace(url);
    } catch (error) {
      window.location.href = url;
    }
  }

  function init() {
    var container = findContainer();
    if (!container) {
      return;
    }
    var url = container.getAttribute("data-exit-url");
    var status = container.querySelector("[data-quick-exit-status]");
    var hint = container.querySelector(".quick-exit__hint");
    var button = container.querySelector(".quick-exit__button");
    if (hint) {
      hint.hidden = false;
    }

    button.addEventListener("click", function (event) {
      event.preventDefault();
      leave(url);
    });

    var presses = 0;
    var resetTimer = null;
    // Only Shift pressed on its own counts: not Shift held for Shift+Tab or a capital letter.
    var shiftAlone = false;
    function announce(message) {
      if (status) {
        status.textContent = message || "";
      }
    }
    function reset() {
      presses = 0;
      announce("");
    }

    document.addEventListener("keydown", function (event) {
      if (event.key === "Shift") {
        if (!event.repeat) {
          shiftAlone = true;
        }
        return;
      }
      shiftAlone = false;
      if (presses) {
        window.clearTimeout(resetTimer);
        reset();
      }
    });

    document.addEventListener("keyup", function (event) {
      if (event.key !== "Shift" || !shiftAlone) {
        return;
      }
      shiftAlone = false;
      presses += 1;
      window.clearTimeout(resetTimer);
      if (presses >= 3) {
        announce(container.getAttribute("data-msg-leaving"));
        leave(url);
        return;
      }
      announce(container.getAttribute(presses === 1 ? "data-msg-two" : "data-msg-one"));
      resetTimer = window.setTimeout(reset, SHIFT_WINDOW_MS);
    });

    // The bar stays at the top of the screen; the page keeps what has focus below it
    // (scroll-padding-top in site.css), however tall the bar is on this screen.
    function measureBar() {
      root.style.setProperty("--quick-exit-height", container.offsetHeight + "px");
    }
    measureBar();
    if (window.ResizeObserver) {
      new ResizeObserver(measureBar).observe(container);
    }

    // A page restored from the back/forward cache must not stay hidden.
    window.addEventListener("pageshow", function (event) {
      if (event.persisted) {
        root.classList.remove("is-exiting");
        reset();
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
