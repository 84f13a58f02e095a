/*
 * Share links, enhanced: the phone's share sheet (Zalo has no share address, but it is in
 * the sheet) and a "Copy link" button. Both buttons stay hidden where the browser cannot do
 * what they offer; without JavaScript the links and the selectable address still work.
 * The translated messages come from data attributes on the share block.
 */
(function () {
  "use strict";

  function init(container) {
    if (container.hasAttribute("data-share-ready")) {
      return; // a page with several share blocks loads this file once per block
    }
    container.setAttribute("data-share-ready", "");
    var url = container.getAttribute("data-share-url");
    var title = container.getAttribute("data-share-title");
    var status = container.querySelector("[data-share-status]");
    var input = container.querySelector("[data-share-input]");
    var copyButton = container.querySelector("[data-share-copy]");
    var nativeItem = container.querySelector("[data-share-native]");

    function announce(message) {
      if (status) {
        status.textContent = message || "";
      }
    }

    var shareData = { title: title, url: url };
    if (
      nativeItem &&
      typeof navigator.share === "function" &&
      (typeof navigator.canShare !== "function" || navigator.canShare(shareData))
    ) {
      nativeItem.hidden = false;
      nativeItem.querySelector("button").addEventListener("click", function () {
        announce("");
        // Rejected when the reader closes the sheet: nothing to say then.
        navigator.share(shareData).catch(function () {});
      });
    }

    if (input) {
      input.addEventListener("focus", function () {
        input.select();
      });
    }

    if (copyButton && navigator.clipboard && typeof navigator.clipboard.writeText === "function") {
      copyButton.hidden = false;
      copyButton.addEventListener("click", function () {
        navigator.clipboard.writeText(url).then(
          function () {
            announce(container.getAttribute("data-msg-copied"));
          },
          function () {
            announce(container.getAttribute("data-msg-copy-failed"));
            if (input) {
              input.focus();
            }
          }
        );
      });
    }
  }

  function initAll() {
    var containers = document.querySelectorAll("[data-share]");
    for (var i = 0; i < containers.length; i += 1) {
      init(containers[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", initAll);
  } else {
    initAll();
  }
})();
